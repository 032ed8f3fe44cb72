import {
	BUNDLE_FORMAT,
	BUNDLE_FORMAT_VERSION,
	BUNDLE_TABLES,
	collectErasedRecords,
	ERASURE_ORDER,
	isSubmittedRating,
	SYNC_TABLES,
	type Bundle,
	type BundleKind,
	type BundleRecords,
	type SyncTable
} from '$lib/engine/exchange';
import { getDb, ofSession, type WakkerDatabase } from '../db';
import { getDeviceId, nowIso } from '../record-meta';
import { isDeviceLocalSetting, tableOf, type AnyRecord } from './tables';
import { UserMessageError } from '$lib/engine/common/user-message-error';

const SETUP_TABLES: readonly SyncTable[] = ['organisations', 'rubricVersions', 'assessors', 'sessions', 'exercises', 'candidates', 'assignments'];
const WORK_TABLES: readonly SyncTable[] = ['observations', 'classifications', 'ratings'];
const RESULT_TABLES: readonly SyncTable[] = ['consensusDecisions', 'finalAssessments', 'pdps', 'actions', 'auditLog', 'tociEvaluations'];

async function envelope(kind: BundleKind, records: BundleRecords, scope: Bundle['scope'], db: WakkerDatabase, deviceId: string): Promise<Bundle> {
	return {
		format: BUNDLE_FORMAT,
		formatVersion: BUNDLE_FORMAT_VERSION,
		kind,
		createdAt: nowIso(),
		deviceId,
		...(scope ? { scope } : {}),
		records,
		// Every erasure known here travels along, so the receiving tablet erases the same people.
		erasures: kind === 'person-export' ? [] : await db.erasures.toArray()
	};
}

/** What the lead shares before the day: the session with its candidates, exercises, assessors, assignments and rubric. */
export async function buildSessionSetupBundle(sessionId: string): Promise<Bundle> {
	const db = getDb();
	// Read (or make) the device id first: it may be written, and the export reads in a read-only transaction.
	const deviceId = await getDeviceId();
	return db.transaction('r', [...SETUP_TABLES.map((t) => db.table(t)), db.erasures, db.settings], async () => {
		const records = await collectSetup(db, sessionId);
		return envelope('session-setup', records, { sessionId }, db, deviceId);
	});
}

/**
 * What an assessor hands to the lead: their notes, classifications and ratings for one session. Without
 * `assessorId`: the whole session with everyone's work and the results (consensus, PDPs), for the coach.
 */
export async function buildAssessorWorkBundle(sessionId: string, assessorId?: string): Promise<Bundle> {
	const db = getDb();
	const deviceId = await getDeviceId();
	const tables = [...SETUP_TABLES, ...WORK_TABLES, ...RESULT_TABLES].map((t) => db.table(t));
	return db.transaction('r', [...tables, db.erasures, db.settings], async () => {
		const records: BundleRecords = {};
		for (const table of WORK_TABLES) {
			const rows = (await ofSession(tableOf(db, table), sessionId).toArray()) as AnyRecord[];
			const own = assessorId ? rows.filter((r) => r.authorId === assessorId) : rows;
			// Drafts never leave the tablet (engine/exchange/drafts.ts): only submitted ratings go along.
			records[table] = table === 'ratings' ? own.filter(isSubmittedRating) : own;
		}
		if (!assessorId) {
			Object.assign(records, await collectSetup(db, sessionId));
			Object.assign(records, await collectResults(db, sessionId));
		}
		// The authors travel with their work, so the receiving tablet knows every assessor a note points at.
		records.assessors = await withAuthors(db, records.assessors ?? [], WORK_TABLES.flatMap((t) => records[t] ?? []));
		return envelope('assessor-work', records, { sessionId, ...(assessorId ? { assessorId } : {}) }, db, deviceId);
	});
}

/**
 * Everything in the database (device-local settings excepted), for a backup file. Drafts stay in: a backup
 * is restored onto the own tablet to bring it back as it was, work in progress included. Merged into
 * another tablet as an import instead, its drafts are left out there (db/bundle/import.ts).
 */
export async function buildBackupBundle(): Promise<Bundle> {
	const db = getDb();
	// Read (or make) the device id first: it may be written, and the export reads in a read-only transaction.
	const deviceId = await getDeviceId();
	return db.transaction('r', [...BUNDLE_TABLES, 'erasures'].map((t) => db.table(t)), async () => {
		const records: BundleRecords = {};
		for (const table of BUNDLE_TABLES) {
			const rows = await tableOf(db, table).toArray();
			records[table] = table === 'settings' ? rows.filter((r) => !isDeviceLocalSetting(r.key)) : rows;
		}
		return envelope('backup', records, undefined, db, deviceId);
	});
}

/**
 * Everything about one person (right of access, GDPR art. 15): the candidate, every note, classification,
 * rating, consensus decision, PDP with actions, TOCI evaluation and log entry about them, with the
 * session and exercises they took part in for context.
 */
export async function buildPersonExportBundle(candidateId: string): Promise<Bundle> {
	const db = getDb();
	// Read (or make) the device id first: it may be written, and the export reads in a read-only transaction.
	const deviceId = await getDeviceId();
	return db.transaction('r', [...SYNC_TABLES.map((t) => db.table(t)), db.erasures, db.settings], async () => {
		const { byTable, records: related } = await collectAboutCandidate(db, candidateId);
		const records: BundleRecords = {};
		for (const table of ERASURE_ORDER) {
			const ids = new Set(byTable[table] ?? []);
			if (ids.size > 0) records[table] = related[table]!.filter((r) => ids.has(String(r.id)));
		}
		const candidate = records.candidates?.[0];
		if (typeof candidate?.sessionId === 'string') {
			const session = await db.sessions.get(candidate.sessionId);
			if (session) records.sessions = [session];
			records.exercises = await db.exercises.where('sessionId').equals(candidate.sessionId).toArray();
		}
		return envelope('person-export', records, { candidateId }, db, deviceId);
	});
}

/** The records of every table that belong to `candidateId` (the rules an erasure follows). */
export async function collectAboutCandidate(db: WakkerDatabase, candidateId: string) {
	const records: Partial<Record<SyncTable, AnyRecord[]>> = {};
	for (const table of ERASURE_ORDER) {
		if (table === 'sessions') continue; // a candidate's erasure never takes the session with it
		records[table] = await tableOf(db, table).toArray();
	}
	return { ...collectErasedRecords(records, [candidateId]), records };
}

async function collectSetup(db: WakkerDatabase, sessionId: string): Promise<BundleRecords> {
	const session = await db.sessions.get(sessionId);
	if (!session) throw new UserMessageError('Dit assessment-center bestaat niet (meer) op deze tablet.');
	const assignments = await db.assignments.where('sessionId').equals(sessionId).toArray();
	// Everyone an assignment names too: an assessor taken off the session may still have assignments.
	// Observers-in-training too: a tablet that receives the set-up must know who is practising.
	const assessorIds = [
		...new Set([...session.assessorIds, ...(session.observerIds ?? []), ...(session.leadAssessorId ? [session.leadAssessorId] : []), ...assignments.map((a) => a.assessorId)])
	];
	const assessors = (await db.assessors.bulkGet(assessorIds)).filter((a) => a !== undefined);
	const rubric = await db.rubricVersions.get(session.rubricVersionId);
	const organisation = session.organisationId ? await db.organisations.get(session.organisationId) : undefined;
	return {
		...(organisation ? { organisations: [organisation] } : {}),
		rubricVersions: rubric ? [rubric as unknown as AnyRecord] : [],
		assessors,
		sessions: [session],
		exercises: await db.exercises.where('sessionId').equals(sessionId).toArray(),
		candidates: await db.candidates.where('sessionId').equals(sessionId).toArray(),
		assignments
	};
}

/** `assessors` plus the stored assessor record of every author of `work` not among them yet. */
async function withAuthors(db: WakkerDatabase, assessors: AnyRecord[], work: AnyRecord[]): Promise<AnyRecord[]> {
	const have = new Set(assessors.map((a) => String(a.id)));
	const missing = [...new Set(work.map((r) => String(r.authorId)))].filter((id) => !have.has(id));
	if (missing.length === 0) return assessors;
	return [...assessors, ...(await db.assessors.bulkGet(missing)).filter((a) => a !== undefined)];
}

async function collectResults(db: WakkerDatabase, sessionId: string): Promise<BundleRecords> {
	const consensusDecisions = await ofSession(db.consensusDecisions, sessionId).toArray();
	const pdps = await db.pdps.where('sessionId').equals(sessionId).toArray();
	const actions = pdps.length > 0 ? await db.actions.where('planId').anyOf(pdps.map((p) => p.id)).toArray() : [];
	const auditLog = await db.auditLog.where('sessionId').equals(sessionId).toArray();
	const finalAssessments = await ofSession(db.finalAssessments, sessionId).toArray();
	return { consensusDecisions, finalAssessments, pdps, actions, auditLog };
}

/** The file text of a bundle; person exports are indented so they can be read in any text editor. */
export function serializeBundle(bundle: Bundle): string {
	return bundle.kind === 'person-export' ? JSON.stringify(bundle, null, 2) : JSON.stringify(bundle);
}

/** A file name without personal data: kind, date and a short id. */
export function bundleFileName(bundle: Bundle, encrypted: boolean): string {
	const date = bundle.createdAt.slice(0, 10);
	const suffix = (bundle.scope?.assessorId ?? bundle.scope?.sessionId ?? bundle.scope?.candidateId ?? bundle.deviceId).slice(0, 8);
	return `wakker-${bundle.kind}-${date}-${suffix}${encrypted ? '.versleuteld' : ''}.json`;
}
