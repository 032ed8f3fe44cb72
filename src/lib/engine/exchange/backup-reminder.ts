/**
 * A backup older than 7 days is flagged: an assessment-center week produces most of its notes within a
 * few days, so a weekly backup bounds what a lost or broken tablet can take with it to one week of work.
 */
export const BACKUP_REMINDER_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether to remind: never backed up, or the last backup is older than BACKUP_REMINDER_DAYS. */
export function isBackupDue(lastBackupAt: string | undefined, now: Date): boolean {
	if (!lastBackupAt) return true;
	return now.getTime() - new Date(lastBackupAt).getTime() > BACKUP_REMINDER_DAYS * DAY_MS;
}
