import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useDatabase, WakkerDatabase } from './db';
import { deleteSetting, getChosenAssessor, getSetting, getSettingOr, listChosenAssessors, SETTING_DEFAULTS, setChosenAssessor, setSetting } from './settings.repo';

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
		await setSetting('demoSessionId', id);
		await setSetting('retentionMonths', 24);
		expect(await getSetting('demoSessionId')).toBe(id);
		expect(await getSetting('retentionMonths')).toBe(24);
	});

	it('returns undefined for a missing key and the fallback with getSettingOr', async () => {
		expect(await getSetting('lastBackupAt')).toBeUndefined();
		expect(await getSettingOr('retentionMonths', SETTING_DEFAULTS.retentionMonths!)).toBe(24);
	});

	it('refuses an invalid value and keeps the stored one', async () => {
		await setSetting('retentionMonths', 6);
		await expect(setSetting('retentionMonths', 0)).rejects.toThrow(/retentionMonths/);
		await expect(setSetting('demoSessionId', 'geen-id')).rejects.toThrow(/demoSessionId/);
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

	describe('"Ik ben" per assessment-center', () => {
		it('keeps one choice per session, independent of the others', async () => {
			const [s1, s2, a, b] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
			await setChosenAssessor(s1, a);
			await setChosenAssessor(s2, b);
			expect(await getChosenAssessor(s1)).toBe(a);
			expect(await getChosenAssessor(s2)).toBe(b);
			expect(await listChosenAssessors()).toEqual(new Map([[s1, a], [s2, b]]));
			await setChosenAssessor(s1, undefined);
			expect(await getChosenAssessor(s1)).toBeUndefined();
			expect(await getChosenAssessor(s2)).toBe(b);
		});

		it('does not read the tablet-wide choice of earlier versions, nor a stored value that is no id', async () => {
			const session = crypto.randomUUID();
			await db.settings.put({ key: 'currentAssessorId', value: crypto.randomUUID() });
			expect(await getChosenAssessor(session)).toBeUndefined();
			await db.settings.put({ key: `ikBen:${session}`, value: 'iemand' });
			expect(await getChosenAssessor(session)).toBeUndefined();
			expect(await listChosenAssessors()).toEqual(new Map());
		});

		it('refuses what is not an assessor id and keeps the stored choice', async () => {
			const [session, a] = [crypto.randomUUID(), crypto.randomUUID()];
			await setChosenAssessor(session, a);
			await expect(setChosenAssessor(session, 'geen-id')).rejects.toThrow('Ongeldige assessor-id');
			expect(await getChosenAssessor(session)).toBe(a);
		});
	});
});
