import { CalibrationAttempt, type PracticeNoteRecord } from '$lib/engine/model';
import { validateRecord, type SaveResult } from '$lib/engine/observation/validate-input';
import { getDb } from './db';
import { newMeta, touched } from './record-meta';

/** The parts of an attempt the practice screens change; everything else is fixed when it starts. */
export type PracticeWorkPatch = Partial<Pick<CalibrationAttempt, 'notes' | 'classifications' | 'ratings'>>;

export async function startCalibrationAttempt(caseKey: string, assessorId: string): Promise<SaveResult<CalibrationAttempt>> {
	const result = validateRecord(CalibrationAttempt, { ...(await newMeta()), caseKey, assessorId, notes: [], classifications: [], ratings: [] });
	if (result.ok) await getDb().calibrationAttempts.add(result.value);
	return result;
}

export async function getCalibrationAttempt(id: string): Promise<CalibrationAttempt | undefined> {
	const attempt = await getDb().calibrationAttempts.get(id);
	return attempt && !attempt.deletedAt ? attempt : undefined;
}

/** Every attempt on this tablet, newest first; of one assessor when `assessorId` is given. */
export async function listCalibrationAttempts(assessorId?: string): Promise<CalibrationAttempt[]> {
	const table = getDb().calibrationAttempts;
	const rows = assessorId ? await table.where('assessorId').equals(assessorId).toArray() : await table.toArray();
	return rows.filter((a) => !a.deletedAt).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

const SUBMITTED = 'Deze oefening is al ingediend; wat je indiende blijft zoals het was.';
const GONE = 'Deze oefening bestaat niet (meer).';

/**
 * Writes the latest practice work. Read and write in one transaction, so two quick saves never lose each other's
 * part; a submitted attempt is never changed.
 */
export async function savePracticeWork(id: string, patch: PracticeWorkPatch): Promise<SaveResult<CalibrationAttempt>> {
	const db = getDb();
	return db.transaction('rw', db.calibrationAttempts, db.settings, async (): Promise<SaveResult<CalibrationAttempt>> => {
		const current = await db.calibrationAttempts.get(id);
		if (!current || current.deletedAt) return { ok: false, problems: [GONE] };
		if (current.submittedAt) return { ok: false, problems: [SUBMITTED] };
		const result = validateRecord(CalibrationAttempt, { ...(await touched(current)), ...patch });
		if (result.ok) await db.calibrationAttempts.put(result.value);
		return result;
	});
}

/** Freezes the attempt; feedback is shown only from here on. Notes without text are left out. */
export async function submitCalibrationAttempt(id: string): Promise<SaveResult<CalibrationAttempt>> {
	const db = getDb();
	return db.transaction('rw', db.calibrationAttempts, db.settings, async (): Promise<SaveResult<CalibrationAttempt>> => {
		const current = await db.calibrationAttempts.get(id);
		if (!current || current.deletedAt) return { ok: false, problems: [GONE] };
		if (current.submittedAt) return { ok: true, value: current };
		const notes: PracticeNoteRecord[] = current.notes.filter((n) => n.text.trim() !== '');
		const kept = new Set(notes.map((n) => n.id));
		const result = validateRecord(CalibrationAttempt, {
			...(await touched(current)),
			notes,
			classifications: current.classifications.filter((c) => kept.has(c.noteId)),
			submittedAt: new Date().toISOString()
		});
		if (result.ok) await db.calibrationAttempts.put(result.value);
		return result;
	});
}

/** An unsubmitted attempt can be thrown away; a submitted one stays, it is part of the assessor's profile. */
export async function discardCalibrationAttempt(id: string): Promise<SaveResult<CalibrationAttempt>> {
	const db = getDb();
	return db.transaction('rw', db.calibrationAttempts, db.settings, async (): Promise<SaveResult<CalibrationAttempt>> => {
		const current = await db.calibrationAttempts.get(id);
		if (!current || current.deletedAt) return { ok: false, problems: [GONE] };
		if (current.submittedAt) return { ok: false, problems: [SUBMITTED] };
		const discarded = { ...(await touched(current)), deletedAt: new Date().toISOString() };
		await db.calibrationAttempts.put(discarded);
		return { ok: true, value: discarded };
	});
}

const THRESHOLD_KEY = 'calibrationThreshold';

export interface StoredCalibrationThreshold {
	maxMeanAbsoluteDeviation: number;
	minCases: number;
}

export async function getCalibrationThreshold(): Promise<StoredCalibrationThreshold | undefined> {
	const row = await getDb().settings.get(THRESHOLD_KEY);
	const v = row?.value as Partial<StoredCalibrationThreshold> | undefined;
	return v && typeof v.maxMeanAbsoluteDeviation === 'number' && typeof v.minCases === 'number'
		? { maxMeanAbsoluteDeviation: v.maxMeanAbsoluteDeviation, minCases: v.minCases }
		: undefined;
}

export async function setCalibrationThreshold(threshold: StoredCalibrationThreshold): Promise<void> {
	await getDb().settings.put({ key: THRESHOLD_KEY, value: threshold });
}

const PRACTISING_ASSESSOR_KEY = 'calibrationAssessor';

/** Who practised last on this tablet, so the next case starts under the same name. */
export async function getPractisingAssessorId(): Promise<string | undefined> {
	const row = await getDb().settings.get(PRACTISING_ASSESSOR_KEY);
	return typeof row?.value === 'string' ? row.value : undefined;
}

export async function setPractisingAssessorId(id: string): Promise<void> {
	await getDb().settings.put({ key: PRACTISING_ASSESSOR_KEY, value: id });
}
