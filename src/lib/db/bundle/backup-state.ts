import { getDb } from '../db';
import { isDemoRecord } from '$lib/engine/demo/demo-device';
import { nowIso } from '../record-meta';
import { getSetting, setSetting } from '../settings.repo';

/**
 * A backup older than 7 days is flagged: an assessment-center week produces most of its notes within a
 * few days, so a weekly backup bounds what a lost or broken tablet can take with it to one week of work.
 */
export const BACKUP_REMINDER_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export async function getLastBackupAt(): Promise<string | undefined> {
	return getSetting('lastBackupAt');
}

export async function recordBackupMade(at: string = nowIso()): Promise<void> {
	await setSetting('lastBackupAt', at);
}

/** Whether to remind: never backed up, or the last backup is older than BACKUP_REMINDER_DAYS. */
export function isBackupDue(lastBackupAt: string | undefined, now: Date): boolean {
	if (!lastBackupAt) return true;
	return now.getTime() - new Date(lastBackupAt).getTime() > BACKUP_REMINDER_DAYS * DAY_MS;
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
