import { describe, expect, it, vi } from 'vitest';
import { shareOrDownload } from './share';

const file = new File(['{}'], 'wakker-opzet.json', { type: 'application/json' });

describe('shareOrDownload', () => {
	it('downloads, and says there is no share sheet, where the browser has no navigator.share (WebKit outside Safari)', async () => {
		const download = vi.fn();
		expect(await shareOrDownload(file, {}, download)).toBe('downloaded-no-share');
		expect(download).toHaveBeenCalledWith(file);
	});

	it('downloads when the browser cannot share files', async () => {
		const download = vi.fn();
		const share = vi.fn();
		expect(await shareOrDownload(file, { canShare: () => false, share }, download)).toBe('downloaded-no-share');
		expect(share).not.toHaveBeenCalled();
		expect(download).toHaveBeenCalledOnce();
	});

	it('shares through the share sheet when it can, without a download', async () => {
		const download = vi.fn();
		const share = vi.fn(async () => undefined);
		expect(await shareOrDownload(file, { canShare: () => true, share }, download)).toBe('shared');
		expect(share).toHaveBeenCalledWith({ files: [file], title: 'wakker-opzet.json' });
		expect(download).not.toHaveBeenCalled();
	});

	it('downloads when sharing is refused, and does nothing when the user cancels', async () => {
		const download = vi.fn();
		const refused = vi.fn(async () => Promise.reject(new DOMException('no gesture', 'NotAllowedError')));
		expect(await shareOrDownload(file, { canShare: () => true, share: refused }, download)).toBe('downloaded');
		expect(download).toHaveBeenCalledOnce();
		const cancelled = vi.fn(async () => Promise.reject(new DOMException('cancelled', 'AbortError')));
		expect(await shareOrDownload(file, { canShare: () => true, share: cancelled }, download)).toBe('cancelled');
		expect(download).toHaveBeenCalledOnce();
	});
});
