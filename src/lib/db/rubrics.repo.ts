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

/**
 * Stores every built-in rubric that is not stored yet. Safe to call often: the work is done once per
 * database. Call it before reading rubrics (page load), not inside a live query (it writes).
 */
export function ensureBuiltinRubrics(): Promise<BuiltinRubricsSummary> {
	const db = getDb();
	let pending = ensuring.get(db);
	if (!pending) {
		pending = storeBuiltinRubrics(db);
		ensuring.set(db, pending);
		pending.catch(() => ensuring.delete(db));
	}
	return pending;
}

async function storeBuiltinRubrics(db: WakkerDatabase): Promise<BuiltinRubricsSummary> {
	// Hash outside the transaction: an IndexedDB transaction closes while it waits on crypto.subtle.
	const records = await Promise.all((await loadBuiltinRubrics()).map((rubric) => toRecord(rubric, 'builtin')));
	return db.transaction('rw', db.rubricVersions, async () => {
		const existing = await db.rubricVersions.bulkGet(records.map((r) => r.id));
		const summary: BuiltinRubricsSummary = { added: [], conflicting: [] };
		const missing = records.filter((record, i) => {
			const stored = existing[i];
			if (stored && stored.contentHash !== record.contentHash) summary.conflicting.push(record.id);
			return !stored;
		});
		await db.rubricVersions.bulkAdd(missing);
		summary.added = missing.map((r) => r.id);
		return summary;
	});
}

/**
 * Imports a rubric file chosen by the user. An invalid file is refused with the validation messages and
 * changes nothing. A stored version is never changed: the same `id@version` with other content is refused,
 * with the same content it is a no-op.
 */
export async function importRubricFile(text: string, fileName: string): Promise<RubricImportResult> {
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
	return getDb().rubricVersions.get(key);
}

/** Stored rubric versions, optionally of one kind, sorted by title and then newest version first. */
export async function listRubricVersions(kind?: RubricKind): Promise<RubricVersionRecord[]> {
	const table = getDb().rubricVersions;
	const records = kind ? await table.where('kind').equals(kind).toArray() : await table.toArray();
	return records.sort((a, b) => a.title.localeCompare(b.title, 'nl') || a.rubricId.localeCompare(b.rubricId) || compareVersions(b.version, a.version));
}

/** The highest stored version of a rubric (`1.10.0` after `1.9.0`). */
export async function getLatestRubric(rubricId: string): Promise<RubricVersionRecord | undefined> {
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
