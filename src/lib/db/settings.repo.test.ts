import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useDatabase, WakkerDatabase } from './db';
import { deleteSetting, getSetting, getSettingOr, SETTING_DEFAULTS, setSetting } from './settings.repo';

let db: WakkerDatabase;
beforeEach(() => {
	db = new WakkerDatabase(`test-${crypto.randomUUID()}`);
	useDatabase(db);
});
afterEach(async () => {
	await db.delete();
});

describe('settings', () => {
	it('reads back what was stored, typed per key', async () => {
		const id = crypto.randomUUID();
		await setSetting('currentAssessorId', id);
		await setSetting('retentionMonths', 24);
		expect(await getSetting('currentAssessorId')).toBe(id);
		expect(await getSetting('retentionMonths')).toBe(24);
	});

	it('returns undefined for a missing key and the fallback with getSettingOr', async () => {
		expect(await getSetting('lastBackupAt')).toBeUndefined();
		expect(await getSettingOr('retentionMonths', SETTING_DEFAULTS.retentionMonths!)).toBe(24);
	});

	it('refuses an invalid value and keeps the stored one', async () => {
		await setSetting('retentionMonths', 6);
		await expect(setSetting('retentionMonths', 0)).rejects.toThrow(/retentionMonths/);
		await expect(setSetting('currentAssessorId', 'geen-id')).rejects.toThrow(/currentAssessorId/);
		expect(await getSetting('retentionMonths')).toBe(6);
	});

	it('reads a stored value of the wrong type as absent', async () => {
		await db.settings.put({ key: 'lastBackupAt', value: 12345 });
		expect(await getSetting('lastBackupAt')).toBeUndefined();
	});

	it('deletes a setting', async () => {
		await setSetting('lastBackupAt', '2026-03-01T10:00:00.000Z');
		await deleteSetting('lastBackupAt');
		expect(await getSetting('lastBackupAt')).toBeUndefined();
	});
});
