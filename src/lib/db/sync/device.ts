import type { WakkerDatabase } from '../db';

/** This tablet's device id in `db` (the same setting record-meta reads and creates). */
export async function deviceIdOf(db: WakkerDatabase): Promise<string> {
	return db.transaction('rw', db.settings, async () => {
		const existing = await db.settings.get('deviceId');
		if (typeof existing?.value === 'string' && existing.value.length > 0) return existing.value;
		const fresh = crypto.randomUUID();
		await db.settings.put({ key: 'deviceId', value: fresh });
		return fresh;
	});
}
