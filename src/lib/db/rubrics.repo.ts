import {
	checkTargetProfilesAgainst,
	parseRubricText,
	rubricKey,
	type Checklist,
	type CompetencyProfile,
	type ExerciseLibrary,
	type KpiList,
	type NoteCoachLexicon,
	type PdpSchema,
	type RubricFile,
	type RubricKind,
	type TargetProfiles,
	type TociInstrument
} from '$lib/engine/rubric';
import type { TargetJobEntry } from '$lib/engine/target';
import { loadBuiltinRubrics } from '$lib/rubrics/builtin';
import { hashContent } from '$lib/rubrics/content-hash';
import { getDb, type RubricVersionRecord, type WakkerDatabase } from './db';
import { nowIso } from './record-meta';
import { getSetting, setSetting } from './settings.repo';
import type { Result } from '$lib/engine/common/result';

export type RubricOfKind<K extends RubricKind> = Extract<RubricFile, { kind: K }>;

export type RubricImportResult = Result<{ record: RubricVersionRecord; added: boolean; message: string }>;

export interface BuiltinRubricsSummary {
	/** Keys stored by this call. */
	added: string[];
	/** Keys already stored with other content: the stored version is kept, rubrics never change once stored. */
	conflicting: string[];
}

async function toRecord(rubric: RubricFile, origin: RubricVersionRecord['origin']): Promise<RubricVersionRecord> {
	return {
		id: rubricKey(rubric),
		rubricId: rubric.id,
		version: rubric.version,
		kind: rubric.kind,
		title: rubric.title,
		origin,
		content: rubric,
		contentHash: await hashContent(rubric),
		storedAt: nowIso()
	};
}

const ensuring = new WeakMap<WakkerDatabase, Promise<BuiltinRubricsSummary>>();
/** Databases whose built-in rubrics are stored: their readers need not wait. */
const builtinStored = new WeakSet<WakkerDatabase>();

/**
 * Stores every built-in rubric that is not stored yet; once per database. Opening the database does it
 * (db/open.ts) and every rubric reader here waits for it, so no screen has to remember to. It writes, so it
 * must not start inside a live query: the readers only wait when the database was not opened first.
 */
export function ensureBuiltinRubrics(): Promise<BuiltinRubricsSummary> {
	const db = getDb();
	let pending = ensuring.get(db);
	if (!pending) {
		pending = storeBuiltinRubrics(db).then((summary) => {
			builtinStored.add(db);
			return summary;
		});
		ensuring.set(db, pending);
		pending.catch(() => ensuring.delete(db));
	}
	return pending;
}

/**
 * Undefined once the built-in rubrics are stored, else the promise to wait for. A reader awaits only that promise:
 * inside a live query any `await` of a promise that is not Dexie's makes the queries after it go unobserved, so
 * the list would stop following changes.
 */
function builtinRubricsPending(): Promise<BuiltinRubricsSummary> | undefined {
	return builtinStored.has(getDb()) ? undefined : ensureBuiltinRubrics();
}

async function storeBuiltinRubrics(db: WakkerDatabase): Promise<BuiltinRubricsSummary> {
	// The same files as when this device last stored them, all still there: nothing to load, validate or hash.
	const fingerprint = typeof __BUILTIN_RUBRICS_FINGERPRINT__ === 'string' ? __BUILTIN_RUBRICS_FINGERPRINT__ : undefined;
	const marker = fingerprint ? await getSetting('builtinRubrics') : undefined;
	if (marker && marker.fingerprint === fingerprint && (await db.rubricVersions.bulkGet(marker.keys)).every((r) => r !== undefined))
		return { added: [], conflicting: marker.conflicting };
	// Hash outside the transaction: an IndexedDB transaction closes while it waits on crypto.subtle.
	const records = await Promise.all((await loadBuiltinRubrics()).map((rubric) => toRecord(rubric, 'builtin')));
	const summary = await db.transaction('rw', db.rubricVersions, async () => {
		const existing = await db.rubricVersions.bulkGet(records.map((r) => r.id));
		const result: BuiltinRubricsSummary = { added: [], conflicting: [] };
		const missing = records.filter((record, i) => {
			const present = existing[i];
			if (present && present.contentHash !== record.contentHash) result.conflicting.push(record.id);
			return !present;
		});
		await db.rubricVersions.bulkAdd(missing);
		result.added = missing.map((r) => r.id);
		return result;
	});
	if (fingerprint) await setSetting('builtinRubrics', { fingerprint, keys: records.map((r) => r.id), conflicting: summary.conflicting });
	return summary;
}

/**
 * Imports a rubric file chosen by the user. An invalid file is refused with the validation messages and
 * changes nothing. A stored version is never changed: the same `id@version` with other content is refused,
 * with the same content it is a no-op.
 */
export async function importRubricFile(text: string, fileName: string): Promise<RubricImportResult> {
	// A file is checked against what is stored (a target-profiles file against its competency profile).
	const pending = builtinRubricsPending();
	if (pending) await pending;
	const parsed = parseRubricText(text, fileName);
	if (!parsed.ok) return parsed;
	const db = getDb();
	const record = await toRecord(parsed.rubric, 'imported');
	return db.transaction('rw', db.rubricVersions, async (): Promise<RubricImportResult> => {
		const stored = await db.rubricVersions.get(record.id);
		const mismatch = await problemsAgainstStoredProfiles(parsed.rubric);
		if (mismatch.length > 0) return { ok: false, problems: mismatch.map((p) => `${fileName}: ${p}`) };
		if (stored && stored.contentHash !== record.contentHash)
			return {
				ok: false,
				problems: [`${fileName}: Versie ${record.id} bestaat al met andere inhoud; geef je bestand een nieuw versienummer.`]
			};
		if (stored)
			return { ok: true, record: stored, added: false, message: `Versie ${record.id} staat er al met precies deze inhoud; er is niets veranderd.` };
		await db.rubricVersions.add(record);
		return { ok: true, record, added: true, message: `${record.title} (versie ${record.version}) is toegevoegd.` };
	});
}

/** Functieprofielen must name exactly the competencies of a competency profile stored on this tablet. */
async function problemsAgainstStoredProfiles(rubric: RubricFile): Promise<string[]> {
	if (rubric.kind !== 'target-profiles') return [];
	const profiles = (await getDb().rubricVersions.where('kind').equals('competency-profile').toArray()).flatMap((r) =>
		r.content.kind === 'competency-profile' ? [r.content] : []
	);
	return checkTargetProfilesAgainst(rubric, profiles);
}

export async function getRubricVersion(key: string): Promise<RubricVersionRecord | undefined> {
	const pending = builtinRubricsPending();
	if (pending) await pending;
	return getDb().rubricVersions.get(key);
}

/** Stored rubric versions, optionally of one kind, sorted by title and then newest version first. */
export async function listRubricVersions(kind?: RubricKind): Promise<RubricVersionRecord[]> {
	const pending = builtinRubricsPending();
	if (pending) await pending;
	const table = getDb().rubricVersions;
	const records = kind ? await table.where('kind').equals(kind).toArray() : await table.toArray();
	return records.sort((a, b) => a.title.localeCompare(b.title, 'nl') || a.rubricId.localeCompare(b.rubricId) || compareVersions(b.version, a.version));
}

/** The highest stored version of a rubric (`1.10.0` after `1.9.0`). */
export async function getLatestRubric(rubricId: string): Promise<RubricVersionRecord | undefined> {
	const pending = builtinRubricsPending();
	if (pending) await pending;
	const records = await getDb().rubricVersions.where('rubricId').equals(rubricId).toArray();
	return records.sort((a, b) => compareVersions(b.version, a.version))[0];
}

/** Compares two "major.minor.patch" strings numerically. */
export function compareVersions(a: string, b: string): number {
	const pa = a.split('.').map(Number);
	const pb = b.split('.').map(Number);
	for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
		const d = (pa[i] ?? 0) - (pb[i] ?? 0);
		if (d !== 0) return d;
	}
	return 0;
}

/** The content of a stored rubric version if it is of the expected kind. */
export async function getRubricContent<K extends RubricKind>(key: string, kind: K): Promise<RubricOfKind<K> | undefined> {
	const record = await getRubricVersion(key);
	return record?.content.kind === kind ? (record.content as RubricOfKind<K>) : undefined;
}

export const getCompetencyProfile = (key: string): Promise<CompetencyProfile | undefined> => getRubricContent(key, 'competency-profile');
export const getTociInstrument = (key: string): Promise<TociInstrument | undefined> => getRubricContent(key, 'toci');
export const getChecklist = (key: string): Promise<Checklist | undefined> => getRubricContent(key, 'checklist');
export const getKpiList = (key: string): Promise<KpiList | undefined> => getRubricContent(key, 'kpi-list');
export const getPdpSchema = (key: string): Promise<PdpSchema | undefined> => getRubricContent(key, 'pdp-schema');
export const getNoteCoachLexicon = (key: string): Promise<NoteCoachLexicon | undefined> => getRubricContent(key, 'note-coach');
export const getExerciseLibrary = (key: string): Promise<ExerciseLibrary | undefined> => getRubricContent(key, 'exercise-library');
export const getTargetProfiles = (key: string): Promise<TargetProfiles | undefined> => getRubricContent(key, 'target-profiles');

/** Every job of every functieprofielen file stored here, with the file it comes from (`id@version`) and its profile. */
export async function listTargetJobEntries(): Promise<(TargetJobEntry & { title: string; version: string; profileKey: string })[]> {
	const pending = builtinRubricsPending();
	if (pending) await pending;
	const files = (await getDb().rubricVersions.where('kind').equals('target-profiles').toArray()).sort((a, b) => a.id.localeCompare(b.id));
	return files.flatMap((record) => {
		const content = record.content;
		if (content.kind !== 'target-profiles') return [];
		return content.jobs.map((job) => ({ profilesKey: record.id, job, title: content.title, version: content.version, profileKey: rubricKey(content.profile) }));
	});
}

/** The content of the newest stored version of a rubric if it is of the expected kind. */
export async function getLatestRubricContent<K extends RubricKind>(rubricId: string, kind: K): Promise<RubricOfKind<K> | undefined> {
	const record = await getLatestRubric(rubricId);
	return record?.content.kind === kind ? (record.content as RubricOfKind<K>) : undefined;
}
