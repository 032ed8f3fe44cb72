/** How long the object URL lives after the click: long enough for the browser to start the download. */
const REVOKE_AFTER_MS = 30_000;

/** Saves a Blob as a file on the device (the browser's download), without any request to a server. */
export function downloadBlob(blob: Blob, fileName: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** Saves text (CSV, JSON) as a UTF-8 file. */
export function downloadText(text: string, fileName: string, mimeType: string): void {
	downloadBlob(new Blob([text], { type: `${mimeType};charset=utf-8` }), fileName);
}

/** A file name from user text: letters, digits and hyphens only, never empty, at most 80 characters. */
export function safeFileName(base: string, extension: string): string {
	const clean = base
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^A-Za-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80)
		.toLowerCase();
	return `${clean || 'export'}.${extension}`;
}
