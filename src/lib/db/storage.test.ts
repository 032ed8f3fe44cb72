import { describe, expect, it } from 'vitest';
import { estimateStorage, isStoragePersisted, requestPersistentStorage } from './storage';

describe('requestPersistentStorage', () => {
	it('reports granted, denied and unsupported', async () => {
		expect(await requestPersistentStorage({ persisted: async () => false, persist: async () => true })).toBe('granted');
		expect(await requestPersistentStorage({ persisted: async () => false, persist: async () => false })).toBe('denied');
		expect(await requestPersistentStorage({})).toBe('unsupported');
		expect(await requestPersistentStorage(undefined)).toBe('unsupported');
		expect(await requestPersistentStorage({ persist: () => Promise.reject(new Error('x')) })).toBe('unsupported');
	});

	it('does not ask again when the data is already persistent', async () => {
		let asked = 0;
		const outcome = await requestPersistentStorage({ persisted: async () => true, persist: async () => (asked++, false) });
		expect([outcome, asked]).toEqual(['granted', 0]);
	});
});

describe('isStoragePersisted', () => {
	it('is undefined when the browser cannot tell', async () => {
		expect(await isStoragePersisted({})).toBeUndefined();
		expect(await isStoragePersisted({ persisted: async () => true })).toBe(true);
	});
});

describe('estimateStorage', () => {
	it('returns usage, quota and the share used', async () => {
		expect(await estimateStorage({ estimate: async () => ({ usage: 2_500_000, quota: 10_000_000 }) })).toEqual({
			ok: true,
			usageBytes: 2_500_000,
			quotaBytes: 10_000_000,
			usedShare: 0.25
		});
	});

	it('leaves the share undefined for an unknown quota instead of dividing by zero', async () => {
		expect(await estimateStorage({ estimate: async () => ({ usage: 10, quota: 0 }) })).toMatchObject({ ok: true, usedShare: undefined });
	});

	it('explains in Dutch why there is no estimate', async () => {
		expect(await estimateStorage({})).toEqual({ ok: false, reason: 'Deze browser geeft geen schatting van de gebruikte opslag.' });
		expect(await estimateStorage({ estimate: async () => ({}) })).toMatchObject({ ok: false });
		expect(await estimateStorage({ estimate: () => Promise.reject(new Error('x')) })).toMatchObject({ ok: false });
	});
});
