import { BundleError } from './errors';
import type { SyncTable } from './format';
import type { BundleRecords } from './bundle';

/** A field through which a record belongs to a parent record that must exist for it to be shown. */
interface Reference {
	field: string;
	parent: SyncTable;
}

/**
 * The parents a record cannot do without, per table. Only links every screen follows: a note without its
 * assessment-center, candidate, exercise or author is shown nowhere, yet it would travel in every later
 * backup. Optional links (a candidate outside an assessment-center) are checked only when filled in.
 */
export const REFERENCES: Partial<Record<SyncTable, readonly Reference[]>> = {
	exercises: [{ field: 'sessionId', parent: 'sessions' }],
	candidates: [{ field: 'sessionId', parent: 'sessions' }],
	assignments: [
		{ field: 'sessionId', parent: 'sessions' },
		{ field: 'exerciseId', parent: 'exercises' },
		{ field: 'candidateId', parent: 'candidates' },
		{ field: 'assessorId', parent: 'assessors' }
	],
	observations: [
		{ field: 'sessionId', parent: 'sessions' },
		{ field: 'exerciseId', parent: 'exercises' },
		{ field: 'candidateId', parent: 'candidates' },
		{ field: 'authorId', parent: 'assessors' }
	],
	classifications: [
		{ field: 'sessionId', parent: 'sessions' },
		{ field: 'observationId', parent: 'observations' },
		{ field: 'exerciseId', parent: 'exercises' },
		{ field: 'candidateId', parent: 'candidates' },
		{ field: 'authorId', parent: 'assessors' }
	],
	ratings: [
		{ field: 'sessionId', parent: 'sessions' },
		{ field: 'exerciseId', parent: 'exercises' },
		{ field: 'candidateId', parent: 'candidates' },
		{ field: 'authorId', parent: 'assessors' }
	],
	consensusDecisions: [
		{ field: 'sessionId', parent: 'sessions' },
		{ field: 'candidateId', parent: 'candidates' }
	],
	finalAssessments: [
		{ field: 'sessionId', parent: 'sessions' },
		{ field: 'candidateId', parent: 'candidates' }
	],
	pdps: [
		{ field: 'candidateId', parent: 'candidates' },
		{ field: 'sessionId', parent: 'sessions' }
	],
	tociEvaluations: [{ field: 'candidateId', parent: 'candidates' }]
};

type IdsByTable = Partial<Record<SyncTable, ReadonlySet<string>>>;

function bundleIds(records: BundleRecords): Map<SyncTable, Set<string>> {
	const ids = new Map<SyncTable, Set<string>>();
	for (const parent of new Set(Object.values(REFERENCES).flatMap((refs) => refs.map((r) => r.parent)))) {
		ids.set(parent, new Set((records[parent] ?? []).map((r) => String(r.id))));
	}
	return ids;
}

function eachReference(records: BundleRecords, visit: (table: SyncTable, record: Record<string, unknown>, refs: ReadonlyArray<{ ref: Reference; id: string }>) => void): void {
	for (const [table, refs] of Object.entries(REFERENCES) as Array<[SyncTable, readonly Reference[]]>) {
		for (const record of records[table] ?? []) {
			const filled = refs.flatMap((ref) => (typeof record[ref.field] === 'string' ? [{ ref, id: record[ref.field] as string }] : []));
			visit(table, record, filled);
		}
	}
}

/** The parent ids the bundle points at but does not carry, per table: only these need a look on the tablet. */
export function referencesOutsideBundle(records: BundleRecords): Map<SyncTable, Set<string>> {
	const inBundle = bundleIds(records);
	const outside = new Map<SyncTable, Set<string>>();
	eachReference(records, (_table, _record, refs) => {
		for (const { ref, id } of refs) {
			if (inBundle.get(ref.parent)?.has(id)) continue;
			const ids = outside.get(ref.parent) ?? new Set<string>();
			ids.add(id);
			outside.set(ref.parent, ids);
		}
	});
	return outside;
}

export interface MissingReference {
	table: SyncTable;
	parent: SyncTable;
	/** How many records of `table` point at a `parent` that exists nowhere. */
	count: number;
}

/**
 * Records whose parent is neither in the bundle nor on the tablet (`local`: the ids found there). A parent
 * that was erased counts as known: the merge skips what belongs to it, so that is no reason to refuse.
 */
export function findMissingReferences(records: BundleRecords, local: IdsByTable, erasedIds: ReadonlySet<string>): MissingReference[] {
	const inBundle = bundleIds(records);
	const counted = new Map<string, MissingReference>();
	eachReference(records, (table, record, refs) => {
		if (erasedIds.has(String(record.id))) return;
		// Each record counts once, under its first missing parent: a note without its assessment-center
		// also lacks that center's exercise and candidate, and saying so three times helps nobody.
		const missing = refs.find(({ ref, id }) => !(inBundle.get(ref.parent)?.has(id) || local[ref.parent]?.has(id) || erasedIds.has(id)));
		if (!missing) return;
		const key = `${table}>${missing.ref.parent}`;
		const entry = counted.get(key) ?? { table, parent: missing.ref.parent, count: 0 };
		entry.count++;
		counted.set(key, entry);
	});
	return [...counted.values()];
}

/** Dutch nouns for the records that can point at a missing parent: singular, plural. */
const RECORD_NOUNS: Partial<Record<SyncTable, readonly [string, string]>> = {
	exercises: ['oefening', 'oefeningen'],
	candidates: ['kandidaat', 'kandidaten'],
	assignments: ['toewijzing', 'toewijzingen'],
	observations: ['notitie', 'notities'],
	classifications: ['klassering', 'klasseringen'],
	ratings: ['score', 'scores'],
	consensusDecisions: ['consensusbesluit', 'consensusbesluiten'],
	finalAssessments: ['eindbeoordeling', 'eindbeoordelingen'],
	pdps: ['PDP', "PDP's"],
	tociEvaluations: ['TOCI-evaluatie', 'TOCI-evaluaties']
};

/** The missing parent with its article and relative pronoun ("een notitie die", "een assessment-center dat"). */
const PARENT_PHRASES: Partial<Record<SyncTable, string>> = {
	sessions: 'een assessment-center dat',
	exercises: 'een oefening die',
	candidates: 'een kandidaat die',
	assessors: 'een assessor die',
	observations: 'een notitie die',
	pdps: 'een PDP dat'
};

function countedRecords(m: MissingReference): string {
	const [one, many] = RECORD_NOUNS[m.table] ?? ['record', 'records'];
	return `${m.count} ${m.count === 1 ? one : many}`;
}

/** "3 notities en 1 score horen bij een assessment-center dat niet in dit bestand en niet op deze tablet staat" */
export function describeMissingParent(parent: SyncTable, missing: readonly MissingReference[]): string {
	const parts = missing.map(countedRecords);
	const subject = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)!}`;
	const verb = missing.length === 1 && missing[0]!.count === 1 ? 'hoort' : 'horen';
	return `${subject} ${verb} bij ${PARENT_PHRASES[parent] ?? 'een record dat'} niet in dit bestand en niet op deze tablet staat`;
}

/** Refuses the whole bundle when anything in it points at nothing; the message names every kind of gap. */
export function assertReferencesResolve(records: BundleRecords, local: IdsByTable, erasedIds: ReadonlySet<string>): void {
	const missing = findMissingReferences(records, local, erasedIds);
	if (missing.length === 0) return;
	const parents = [...new Set(missing.map((m) => m.parent))];
	const list = parents.map((p) => describeMissingParent(p, missing.filter((m) => m.parent === p))).join('; ');
	throw new BundleError(
		'missing-reference',
		`Dit bestand wordt niet ingeladen: ${list}. Laad eerst de opzet van het assessment-center in (of vraag een volledige export aan wie het bestand maakte). Er is niets veranderd.`
	);
}
