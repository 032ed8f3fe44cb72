/**
 * Hands a file to the user: through the system share sheet where the browser can share files
 * (Web Share API level 2, e.g. to AirDrop, Nearby Share or a USB stick app), else as a download.
 * Returns how it went so the screen can say so.
 */
export async function shareOrDownload(file: File): Promise<'shared' | 'downloaded' | 'cancelled'> {
	if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
		try {
			await navigator.share({ files: [file], title: file.name });
			return 'shared';
		} catch (e) {
			if (e instanceof DOMException && e.name === 'AbortError') return 'cancelled';
			// Sharing refused (no user gesture left, policy): fall back to a download.
		}
	}
	downloadFile(file);
	return 'downloaded';
}

export function downloadFile(file: File): void {
	const url = URL.createObjectURL(file);
	const a = document.createElement('a');
	a.href = url;
	a.download = file.name;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	// Give the browser time to start the download before the URL is released.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
