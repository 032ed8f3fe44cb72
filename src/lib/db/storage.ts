/**
 * Persistent storage: without it a browser may evict the app's data under storage pressure (Safari
 * does so for web apps not added to the home screen). The app asks once and shows the answer.
 */
export type PersistOutcome = 'granted' | 'denied' | 'unsupported';

/** The part of the browser's StorageManager the app uses (injectable for tests). */
export type StorageLike = Partial<Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>>;

function browserStorage(): StorageLike | undefined {
	return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/** Asks the browser to keep this app's data; an already persistent store answers "granted" without asking. */
export async function requestPersistentStorage(storage: StorageLike | undefined = browserStorage()): Promise<PersistOutcome> {
	if (!storage?.persist) return 'unsupported';
	try {
		if (storage.persisted && (await storage.persisted())) return 'granted';
		return (await storage.persist()) ? 'granted' : 'denied';
	} catch {
		return 'unsupported';
	}
}

/** Whether the data is kept for good; undefined when the browser cannot tell. */
export async function isStoragePersisted(storage: StorageLike | undefined = browserStorage()): Promise<boolean | undefined> {
	if (!storage?.persisted) return undefined;
	try {
		return await storage.persisted();
	} catch {
		return undefined;
	}
}

export type StorageEstimateResult =
	| { ok: true; usageBytes: number; quotaBytes: number; usedShare: number | undefined }
	| { ok: false; reason: string };

/** How much this app stores and may store; `usedShare` is undefined when the quota is unknown (0). */
export async function estimateStorage(storage: StorageLike | undefined = browserStorage()): Promise<StorageEstimateResult> {
	if (!storage?.estimate) return { ok: false, reason: 'Deze browser geeft geen schatting van de gebruikte opslag.' };
	try {
		const { usage, quota } = await storage.estimate();
		if (typeof usage !== 'number' || typeof quota !== 'number' || !Number.isFinite(usage) || !Number.isFinite(quota))
			return { ok: false, reason: 'De browser gaf geen bruikbare schatting van de opslag.' };
		return { ok: true, usageBytes: usage, quotaBytes: quota, usedShare: quota > 0 ? usage / quota : undefined };
	} catch {
		return { ok: false, reason: 'De schatting van de opslag mislukte.' };
	}
}
