import { downloadBlob } from '$lib/export/download';

/**
 * How a file was handed over: shared, downloaded because this browser has no share sheet for files (desktop
 * browsers, WebKit outside Safari), downloaded because sharing was refused, or not at all (the user cancelled).
 */
export type HandOver = 'shared' | 'downloaded-no-share' | 'downloaded' | 'cancelled';

/** The part of `navigator` used to share (injectable for tests: some browsers lack it). */
export type ShareLike = Partial<Pick<Navigator, 'canShare' | 'share'>>;

/**
 * Hands a file to the user: through the system share sheet where the browser can share files
 * (Web Share API level 2, e.g. to AirDrop, Nearby Share or a USB stick app), else as a download.
 * Returns how it went so the screen can say so.
 */
export async function shareOrDownload(
	file: File,
	share: ShareLike = navigator,
	download: (file: File) => void = downloadFile
): Promise<HandOver> {
	if (typeof share.canShare !== 'function' || typeof share.share !== 'function' || !share.canShare({ files: [file] })) {
		download(file);
		return 'downloaded-no-share';
	}
	try {
		await share.share({ files: [file], title: file.name });
		return 'shared';
	} catch (e) {
		if (e instanceof DOMException && e.name === 'AbortError') return 'cancelled';
		// Sharing refused (no user gesture left, policy): fall back to a download.
	}
	download(file);
	return 'downloaded';
}

/** A File saved as a download under its own name. */
export function downloadFile(file: File): void {
	downloadBlob(file, file.name);
}
