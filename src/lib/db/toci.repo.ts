import { Candidate, TociEvaluation, type ActionItem, type Pdp, type TociAnswer } from '$lib/engine/model';
import { checkDoorstroomDecision, checkTociDate, previousEvaluationOf, REVIEW_TO_STATUS, type DecisionDraft, type ReviewStatus } from '$lib/engine/toci';
import { formatDateNl } from '$lib/engine/common/format-nl';
import { validateRecord, type SaveResult } from '$lib/engine/observation/validate-input';
import { TEXT_LIMITS } from '$lib/engine/common/text';
import { getDb } from './db';
import { newMeta, nowIso, touched } from './record-meta';
import { addAction, deleteAction, recordActionStatus, type NewActionInput } from './actions.repo';
import { createPdp, getPdp, listPdpsForCandidate } from './pdp.repo';

/** The TOCI instrument's rubric id (rubrics/toci.json); screens start new conversations with its newest version. */
export const TOCI_RUBRIC_ID = 'toci';
/** Used when the caller names no version: the built-in instrument. */
export const DEFAULT_TOCI_VERSION_ID = 'toci@1.0.0';

export type TociRole = 'self' | 'mentor' | 'coach';

const byName = (a: Candidate, b: Candidate) => a.name.localeCompare(b.name, 'nl-BE') || a.id.localeCompare(b.id);

/**
 * Youths followed through TOCI: candidates without an assessment-center. `sessionId` has no index for
 * "absent", so the (small) candidates table is filtered here.
 */
export async function listYouths(): Promise<Candidate[]> {
	const all = await getDb().candidates.toArray();
	return all.filter((c) => !c.deletedAt && !c.sessionId).sort(byName);
}

export async function getYouth(id: string): Promise<Candidate | undefined> {
	const c = await getDb().candidates.get(id);
	return c && !c.deletedAt && !c.sessionId ? c : undefined;
}

/** A youth: a Candidate without session. The code (e.g. "J3") stands in for the name in pseudonymised exports. */
export async function createYouth(name: string, jobTarget = ''): Promise<SaveResult<Candidate>> {
	const count = (await listYouths()).length;
	const record = { ...(await newMeta()), name: name.trim(), jobTarget: jobTarget.trim(), coachAssessorIds: [], code: `J${count + 1}` };
	const result = validateRecord(Candidate, record);
	if (result.ok) await getDb().candidates.add(result.value);
	return result;
}

/** Evaluations of one youth, oldest first. */
export async function listEvaluations(candidateId: string): Promise<TociEvaluation[]> {
	const rows = await getDb().tociEvaluations.where('candidateId').equals(candidateId).toArray();
	return rows.filter((e) => !e.deletedAt).sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
}

export async function getEvaluation(id: string): Promise<TociEvaluation | undefined> {
	const e = await getDb().tociEvaluations.get(id);
	return e && !e.deletedAt ? e : undefined;
}

export interface NewEvaluationInput {
	candidateId: string;
	date: string;
	mentorName: string;
	instrumentVersionId?: string;
}

/** Today's local calendar day (a conversation at 0:30 in Brussels is today, not yesterday in UTC). */
function localToday(now: Date = new Date()): string {
	return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** A Dutch message when a conversation date is implausible for this youth (1990, 2035), else undefined. */
function dateProblem(date: string, youth: Candidate): string | undefined {
	return checkTociDate(date, { today: localToday(), trajectoryStart: youth.createdAt, youthName: youth.name });
}

export async function createEvaluation(input: NewEvaluationInput): Promise<SaveResult<TociEvaluation>> {
	const youth = await getYouth(input.candidateId);
	if (!youth) return { ok: false, problems: ['Deze jongere bestaat niet (meer).'] };
	const problem = dateProblem(input.date, youth);
	if (problem) return { ok: false, problems: [problem] };
	const record = {
		...(await newMeta()),
		candidateId: input.candidateId,
		instrumentVersionId: input.instrumentVersionId ?? DEFAULT_TOCI_VERSION_ID,
		date: input.date,
		mentorName: input.mentorName.trim(),
		self: {},
		mentor: {},
		coach: {},
		mastered: []
	};
	const result = validateRecord(TociEvaluation, record);
	if (result.ok) await getDb().tociEvaluations.add(result.value);
	return result;
}

async function changeEvaluation(id: string, change: (e: TociEvaluation) => TociEvaluation | string): Promise<SaveResult<TociEvaluation>> {
	const db = getDb();
	return db.transaction('rw', db.tociEvaluations, db.settings, async (): Promise<SaveResult<TociEvaluation>> => {
		const current = await db.tociEvaluations.get(id);
		if (!current || current.deletedAt) return { ok: false, problems: ['Deze evaluatie bestaat niet (meer).'] };
		const next = change(await touched(current));
		if (typeof next === 'string') return { ok: false, problems: [next] };
		const result = validateRecord(TociEvaluation, next);
		if (result.ok) await db.tociEvaluations.put(result.value);
		return result;
	});
}

export type EvaluationPatch = Partial<Pick<TociEvaluation, 'date' | 'mentorName' | 'coachName'>>;

export async function updateEvaluation(id: string, patch: EvaluationPatch): Promise<SaveResult<TociEvaluation>> {
	if (patch.date !== undefined) {
		const current = await getEvaluation(id);
		const youth = current ? await getYouth(current.candidateId) : undefined;
		const problem = youth ? dateProblem(patch.date, youth) : undefined;
		if (problem) return { ok: false, problems: [problem] };
	}
	return changeEvaluation(id, (e) => ({ ...e, ...patch }));
}

/** The conversation before this one with the same youth, whose SMART actions open this one. */
export async function getPreviousEvaluation(id: string): Promise<TociEvaluation | undefined> {
	const current = await getEvaluation(id);
	if (!current) return undefined;
	return previousEvaluationOf(await listEvaluations(current.candidateId), current);
}

/**
 * Deletes a mistaken conversation (soft delete, so undo brings it back whole). The actions agreed only in it
 * go with it, under the same timestamp so a restore knows which ones to bring back; an action another
 * conversation carried over stays.
 */
export async function deleteEvaluation(id: string): Promise<SaveResult<TociEvaluation>> {
	const db = getDb();
	return db.transaction('rw', db.tociEvaluations, db.actions, db.settings, async (): Promise<SaveResult<TociEvaluation>> => {
		const current = await db.tociEvaluations.get(id);
		if (!current || current.deletedAt) return { ok: false, problems: ['Deze evaluatie bestaat niet (meer).'] };
		const at = nowIso();
		const others = (await db.tociEvaluations.where('candidateId').equals(current.candidateId).toArray()).filter((e) => !e.deletedAt && e.id !== id);
		const shared = new Set(others.flatMap((e) => e.actionIds ?? []));
		const own = (await db.actions.bulkGet((current.actionIds ?? []).filter((a) => !shared.has(a)))).filter((a): a is ActionItem => Boolean(a) && !a!.deletedAt);
		await db.actions.bulkPut(await Promise.all(own.map(async (a) => ({ ...(await touched(a)), deletedAt: at }))));
		const deleted = { ...(await touched(current)), deletedAt: at };
		await db.tociEvaluations.put(deleted);
		return { ok: true, value: deleted };
	});
}

/** Undoes deleteEvaluation: the conversation and the actions deleted with it come back. */
export async function restoreEvaluation(id: string): Promise<SaveResult<TociEvaluation>> {
	const db = getDb();
	return db.transaction('rw', db.tociEvaluations, db.actions, db.settings, async (): Promise<SaveResult<TociEvaluation>> => {
		const current = await db.tociEvaluations.get(id);
		if (!current?.deletedAt) return { ok: false, problems: ['Deze evaluatie is niet verwijderd.'] };
		const at = current.deletedAt;
		const gone = (await db.actions.bulkGet(current.actionIds ?? [])).filter((a): a is ActionItem => a?.deletedAt === at);
		await db.actions.bulkPut(
			await Promise.all(
				gone.map(async (a) => {
					const { deletedAt: _d, ...rest } = await touched(a);
					return rest;
				})
			)
		);
		const { deletedAt: _deleted, ...rest } = await touched(current);
		await db.tociEvaluations.put(rest);
		return { ok: true, value: rest };
	});
}

/** One answer of the youth, the mentor or the coach (level and/or text), saved as it is typed. */
export function saveAnswer(id: string, role: TociRole, competencyId: string, patch: Partial<TociAnswer>): Promise<SaveResult<TociEvaluation>> {
	if (patch.text !== undefined && patch.text.length > TEXT_LIMITS.shortText)
		return Promise.resolve({ ok: false, problems: [`De tekst is te lang (maximaal ${TEXT_LIMITS.shortText} tekens).`] });
	return changeEvaluation(id, (e) => {
		const current = e[role][competencyId] ?? { text: '' };
		const answer: TociAnswer = { ...current, ...patch };
		if (!answer.levelId) delete answer.levelId;
		return { ...e, [role]: { ...e[role], [competencyId]: answer } };
	});
}

export function setMastered(id: string, competencyId: string, mastered: boolean): Promise<SaveResult<TociEvaluation>> {
	return changeEvaluation(id, (e) => ({
		...e,
		mastered: mastered ? [...new Set([...e.mastered, competencyId])] : e.mastered.filter((c) => c !== competencyId)
	}));
}

/** Stores the doorstroom decision once it is complete (outcome, phase and reason); an incomplete one is removed. */
export function saveDecision(id: string, draft: DecisionDraft): Promise<SaveResult<TociEvaluation>> {
	const check = checkDoorstroomDecision(draft);
	return changeEvaluation(id, (e) => {
		const next = { ...e };
		if (check.errors.length === 0 && draft.outcome && draft.phase) next.decision = { outcome: draft.outcome, phase: draft.phase, reason: draft.reason.trim() };
		else delete next.decision;
		return next;
	});
}

const draftKey = (scope: string, id: string) => `toci-draft:${scope}:${id}`;

/** Text typed that is not a record yet (a decision without outcome, a new action): kept in device settings. */
export async function saveTociDraft(scope: 'decision' | 'new-action', evaluationId: string, value: Record<string, string>): Promise<void> {
	await getDb().settings.put({ key: draftKey(scope, evaluationId), value });
}

export async function loadTociDraft(scope: 'decision' | 'new-action', evaluationId: string): Promise<Record<string, string> | undefined> {
	const record = await getDb().settings.get(draftKey(scope, evaluationId));
	const value = record?.value;
	if (!value || typeof value !== 'object') return undefined;
	return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

export async function clearTociDraft(scope: 'decision' | 'new-action', evaluationId: string): Promise<void> {
	await getDb().settings.delete(draftKey(scope, evaluationId));
}

/**
 * The youth's PDP that receives TOCI actions: the most recently changed PDP of this youth, or a new one titled
 * "PDP <naam> (TOCI-opvolging)".
 */
export async function ensureYouthPdp(candidateId: string): Promise<SaveResult<Pdp>> {
	const youth = await getYouth(candidateId);
	if (!youth) return { ok: false, problems: ['Deze jongere bestaat niet (meer).'] };
	const [latest] = await listPdpsForCandidate(candidateId);
	if (latest) return { ok: true, value: latest };
	return createPdp({ candidateId, title: `PDP ${youth.name} (TOCI-opvolging)`.slice(0, TEXT_LIMITS.name) });
}

export type TociActionInput = Pick<NewActionInput, 'text' | 'timespan' | 'who' | 'competencyId' | 'dueDate'>;

/** A SMART action of this conversation: a row in the youth's PDP (source 'toci'), remembered on the evaluation. */
export async function addTociAction(evaluationId: string, input: TociActionInput): Promise<SaveResult<ActionItem>> {
	const evaluation = await getEvaluation(evaluationId);
	if (!evaluation) return { ok: false, problems: ['Deze evaluatie bestaat niet (meer).'] };
	const pdp = evaluation.pdpId ? await getPdp(evaluation.pdpId) : undefined;
	const plan = pdp ? { ok: true as const, value: pdp } : await ensureYouthPdp(evaluation.candidateId);
	if (!plan.ok) return plan;
	const action = await addAction({ ...input, planId: plan.value.id, planType: 'pdp', source: 'toci' });
	if (!action.ok) return action;
	const linked = await changeEvaluation(evaluationId, (e) => ({ ...e, pdpId: plan.value.id, actionIds: [...(e.actionIds ?? []), action.value.id] }));
	return linked.ok ? action : linked;
}

/**
 * Removes an action from this conversation. An action agreed here is deleted from the PDP (soft delete: undo
 * stays possible there); one carried over from an earlier conversation is only unlinked, so it stays there.
 */
export async function removeTociAction(evaluationId: string, actionId: string): Promise<SaveResult<TociEvaluation>> {
	const evaluation = await getEvaluation(evaluationId);
	const others = evaluation ? (await listEvaluations(evaluation.candidateId)).filter((e) => e.id !== evaluationId) : [];
	if (!others.some((e) => (e.actionIds ?? []).includes(actionId))) await deleteAction(actionId);
	return changeEvaluation(evaluationId, (e) => ({ ...e, actionIds: (e.actionIds ?? []).filter((a) => a !== actionId) }));
}

/** The actions of a conversation still in the PDP, in the order they were added. */
export async function listTociActions(evaluation: Pick<TociEvaluation, 'actionIds'>): Promise<ActionItem[]> {
	const ids = evaluation.actionIds ?? [];
	const rows = await getDb().actions.bulkGet(ids);
	return rows.filter((a): a is ActionItem => Boolean(a) && !a!.deletedAt);
}

/**
 * Takes an action of the previous conversation over into this one: the same PDP row, so its history and status
 * go on; it is listed under this conversation's SMART actions.
 */
export async function carryOverTociAction(evaluationId: string, actionId: string, carry: boolean): Promise<SaveResult<TociEvaluation>> {
	const action = await getDb().actions.get(actionId);
	if (!action || action.deletedAt) return { ok: false, problems: ['Deze actie bestaat niet (meer).'] };
	return changeEvaluation(evaluationId, (e) => {
		const ids = (e.actionIds ?? []).filter((a) => a !== actionId);
		return { ...e, ...(carry ? { actionIds: [...ids, actionId], pdpId: e.pdpId ?? action.planId } : { actionIds: ids }) };
	});
}

/** Records how a previous action went (gedaan / deels / niet gedaan) as its PDP status, with the conversation's date. */
export async function reviewTociAction(evaluationId: string, actionId: string, review: ReviewStatus): Promise<SaveResult<ActionItem>> {
	const evaluation = await getEvaluation(evaluationId);
	if (!evaluation) return { ok: false, problems: ['Deze evaluatie bestaat niet (meer).'] };
	return recordActionStatus(actionId, REVIEW_TO_STATUS[review], `Besproken in het TOCI-gesprek van ${formatDateNl(evaluation.date)}`);
}
