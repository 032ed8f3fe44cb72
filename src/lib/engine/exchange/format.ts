/** Name written in every bundle file, so a foreign JSON file is recognised as such. */
export const BUNDLE_FORMAT = 'wakker-bundle';
/** Raised on every incompatible change of the file layout (docs/bundle-format.md). */
export const BUNDLE_FORMAT_VERSION = 1;
/** Name of the encrypted envelope around a bundle. */
export const ENCRYPTED_FORMAT = 'wakker-bundle-encrypted';

export const BUNDLE_KINDS = ['session-setup', 'assessor-work', 'backup', 'person-export'] as const;
export type BundleKind = (typeof BUNDLE_KINDS)[number];

export const BUNDLE_KIND_LABELS: Record<BundleKind, string> = {
	'session-setup': 'Opzet van een assessment-center',
	'assessor-work': 'Werk van een assessor',
	backup: 'Volledige back-up',
	'person-export': 'Alle gegevens over één persoon'
};

/**
 * Limits on what an import accepts. A real bundle of one assessment-center (6 candidates, 3 assessors,
 * a few thousand notes) is a few MB; a full backup of years of use stays far below 200 MB. Anything
 * beyond is refused before it is read, so a wrong file cannot freeze the tablet.
 */
export const BUNDLE_LIMITS = {
	maxBytes: 200 * 1024 * 1024,
	/** Deepest nesting of a real record (a rubric file inside a rubric version) is about 10. */
	maxDepth: 32,
	/** Longest free text is 20,000 characters (TEXT_LIMITS.longText); rubric texts are shorter. */
	maxStringLength: 100_000,
	maxRecordsPerTable: 500_000
} as const;

/** Keys that could reach an object's prototype when a parsed bundle is spread or merged. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Every table a bundle can carry, in the order they are written and applied. */
export const SYNC_TABLES = [
	'organisations',
	'rubricVersions',
	'assessors',
	'sessions',
	'exercises',
	'candidates',
	'assignments',
	'observations',
	'classifications',
	'ratings',
	'consensusDecisions',
	'finalAssessments',
	'auditLog',
	'pdps',
	'actions',
	'tociEvaluations',
	'checklistMeasurements',
	'kpiEntries',
	'kpiClosures'
] as const;
export type SyncTable = (typeof SYNC_TABLES)[number];

/** Tables only a full backup carries: device-local state. */
export const BACKUP_ONLY_TABLES = ['settings', 'conflicts'] as const;
export type BackupOnlyTable = (typeof BACKUP_ONLY_TABLES)[number];

export type BundleTable = SyncTable | BackupOnlyTable;
export const BUNDLE_TABLES: readonly BundleTable[] = [...SYNC_TABLES, ...BACKUP_ONLY_TABLES];

/** Tables whose records are never changed after creation; they have no version vector. */
export const IMMUTABLE_TABLES: ReadonlySet<SyncTable> = new Set(['rubricVersions', 'auditLog']);

/**
 * Fields of an immutable record that say how one tablet came to hold it, not what it is: every tablet stores
 * the built-in rubrics itself, at its own moment. Two copies that differ only here are the same record.
 * The sync server's write rules (server/couchdb/validate.js) allow the same differences.
 */
export const IMMUTABLE_TABLET_FIELDS: Partial<Record<SyncTable, readonly string[]>> = { rubricVersions: ['storedAt', 'origin'] };

export const TABLE_LABELS: Record<BundleTable, string> = {
	organisations: 'Organisaties',
	rubricVersions: 'Rubriekversies',
	assessors: 'Assessoren',
	sessions: 'Assessment-centers',
	exercises: 'Oefeningen',
	candidates: 'Kandidaten',
	assignments: 'Toewijzingen',
	observations: 'Notities',
	classifications: 'Klasseringen',
	ratings: 'Scores',
	consensusDecisions: 'Consensusbesluiten',
	finalAssessments: 'Eindbeoordelingen',
	auditLog: 'Logboekregels',
	pdps: "PDP's",
	actions: 'Acties',
	tociEvaluations: 'TOCI-evaluaties',
	checklistMeasurements: 'Checklistmetingen',
	kpiEntries: 'KPI-waarden',
	kpiClosures: 'Afgesloten KPI-periodes',
	settings: 'Instellingen',
	conflicts: 'Open conflicten'
};
