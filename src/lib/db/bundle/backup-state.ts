import { getDb } from '../db';
import { isDemoRecord } from '$lib/engine/demo/demo-device';
import { nowIso } from '../record-meta';
import { getSetting, setSetting } from '../settings.repo';

export async function getLastBackupAt(): Promise<string | undefined> {
	return getSetting('lastBackupAt');
}

export async function recordBackupMade(at: string = nowIso()): Promise<void> {
	await setSetting('lastBackupAt', at);
}

/**
 * What the backup reminder needs: whether this tablet holds assessment data of its own (the demo does not
 * count: it can be loaded again at any time) and when the last backup was made.
 */
export async function readBackupReminderState(): Promise<{ hasData: boolean; lastBackupAt: string | undefined }> {
	const sessions = await getDb().sessions.toArray();
	const hasData = sessions.some((s) => !s.deletedAt && !isDemoRecord(s));
	return { hasData, lastBackupAt: await getLastBackupAt() };
}
