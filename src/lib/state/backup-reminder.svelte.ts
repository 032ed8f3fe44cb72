import { readBackupReminderState } from '$lib/db/bundle/backup-state';
import { liveQueryState } from '$lib/db/live.svelte';

/** What the backup reminder shows, kept current as sessions are added or a backup is made. */
export function watchBackupReminder(read: typeof readBackupReminderState = readBackupReminderState) {
	return liveQueryState(read);
}
