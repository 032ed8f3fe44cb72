/**
 * Whether a failed write failed because the device's storage is full. IndexedDB reports
 * `QuotaExceededError` (a DOMException); Dexie passes it on by name or wraps it in `inner`.
 */
export function isQuotaExceeded(error: unknown): boolean {
	for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
		const name = (e as { name?: unknown }).name;
		if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
		e = (e as { inner?: unknown }).inner;
	}
	return false;
}
