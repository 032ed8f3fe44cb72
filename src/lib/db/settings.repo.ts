import { z } from '$lib/engine/common/zod-nl';
import { Id, IsoDateTime } from '$lib/engine/model';
import { getDb } from './db';
import { UserMessageError } from '$lib/engine/common/user-message-error';

/**
 * Settings of this device, one typed value per key. A stored value that does not match its schema
 * (an older app version, a hand-edited backup) reads as absent rather than as a wrong type.
 */
export const SETTING_SCHEMAS = {
	/** Random id of this tablet for version vectors (created by record-meta's getDeviceId). */
	deviceId: z.string().min(1).max(64),
	/** When the last backup file was made on this device. */
	lastBackupAt: IsoDateTime,
	/** How long finished assessment data is kept before the app proposes to remove it. */
	retentionMonths: z.number().int().min(1).max(120),
	/** The demo assessment-center on this device, so it can be removed without touching real data. */
	demoSessionId: Id,
	/** Ids of demo records that live outside the session (the demo assessors). */
	demoAssessorIds: z.array(Id).max(20),
	/**
	 * Which built-in rubric files this device stored (their hash), under which keys, and which of them differed
	 * from a version already stored: so opening the app does not load and hash them again (db/rubrics.repo.ts).
	 */
	builtinRubrics: z.object({
		fingerprint: z.string().min(1).max(128),
		keys: z.array(z.string().max(200)).max(500),
		conflicting: z.array(z.string().max(200)).max(500)
	}),
	/** The answer of the browser to the last request for persistent storage. */
	persistentStorage: z.enum(['granted', 'denied', 'unsupported'])
} as const;

export type SettingKey = keyof typeof SETTING_SCHEMAS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTING_SCHEMAS)[K]>;

/**
 * Default retention: 24 months after a session's last day. A doorstroom trajectory with its PDP
 * follow-up runs up to about two years; after that the assessment no longer serves its purpose and GDPR
 * art. 5(1)(e) (storage limitation) asks to remove it. Organisations can set their own period.
 */
export const DEFAULT_RETENTION_MONTHS = 24;

/** Defaults returned by `getSettingOr` when nothing valid is stored. */
export const SETTING_DEFAULTS: { [K in SettingKey]?: SettingValue<K> } = {
	retentionMonths: DEFAULT_RETENTION_MONTHS
};

export async function getSetting<K extends SettingKey>(key: K): Promise<SettingValue<K> | undefined> {
	const record = await getDb().settings.get(key);
	if (record === undefined) return undefined;
	const parsed = SETTING_SCHEMAS[key].safeParse(record.value);
	return parsed.success ? (parsed.data as SettingValue<K>) : undefined;
}

/** The stored value, or the default for this key. */
export async function getSettingOr<K extends SettingKey>(key: K, fallback: SettingValue<K>): Promise<SettingValue<K>> {
	return (await getSetting(key)) ?? fallback;
}

/** Stores a value after checking it against the key's schema; throws on an invalid value (a programming error). */
export async function setSetting<K extends SettingKey>(key: K, value: SettingValue<K>): Promise<void> {
	const parsed = SETTING_SCHEMAS[key].safeParse(value);
	if (!parsed.success) throw new UserMessageError(`Ongeldige waarde voor instelling "${key}": ${parsed.error.issues.map((i) => i.message).join('; ')}`);
	await getDb().settings.put({ key, value: parsed.data });
}

export async function deleteSetting(key: SettingKey): Promise<void> {
	await getDb().settings.delete(key);
}

/**
 * "Ik ben" per assessment-center: who uses this tablet in that session. One person is lead in one
 * assessment-center and assessor in the next, so the choice is remembered per session, not per tablet.
 * Device-local (db/bundle/tables.ts): it never goes into a bundle, a backup or sync.
 */
const CHOSEN_ASSESSOR_PREFIX = 'ikBen:';

export function chosenAssessorKey(sessionId: string): string {
	return `${CHOSEN_ASSESSOR_PREFIX}${sessionId}`;
}

export async function getChosenAssessor(sessionId: string): Promise<Id | undefined> {
	const record = await getDb().settings.get(chosenAssessorKey(sessionId));
	const parsed = Id.safeParse(record?.value);
	return parsed.success ? parsed.data : undefined;
}

/** Stores who uses this tablet in `sessionId`, or nobody with `undefined`. */
export async function setChosenAssessor(sessionId: string, assessorId: Id | undefined): Promise<void> {
	if (assessorId === undefined) {
		await getDb().settings.delete(chosenAssessorKey(sessionId));
		return;
	}
	const parsed = Id.safeParse(assessorId);
	if (!parsed.success) throw new UserMessageError('Ongeldige assessor-id voor “Ik ben”.');
	await getDb().settings.put({ key: chosenAssessorKey(sessionId), value: parsed.data });
}

/** Every session on this tablet with its chosen assessor (the export panel preselects them). */
export async function listChosenAssessors(): Promise<Map<string, Id>> {
	const rows = await getDb().settings.where('key').startsWith(CHOSEN_ASSESSOR_PREFIX).toArray();
	const chosen = new Map<string, Id>();
	for (const row of rows) {
		const parsed = Id.safeParse(row.value);
		if (parsed.success) chosen.set(row.key.slice(CHOSEN_ASSESSOR_PREFIX.length), parsed.data);
	}
	return chosen;
}

