import { ActionItem, CoachingSession, Pdp, type Candidate, type PlanNeed } from '$lib/engine/model';
import type { SaveResult } from '$lib/engine/observation/validate-input';
import type { PdpDraft } from '$lib/engine/plan/draft-pdp';
import type { ActionStatusId } from '$lib/engine/rubric';
import { planLevelTakeOver } from '$lib/engine/plan/level-changes';
import { checkPastDay, checkPlannedDay, localDay } from '$lib/engine/common/plausible-date';
import { TEXT_LIMITS } from '$lib/engine/common/text';
import { getDb } from './db';
import { newMeta, nowIso, touched } from './record-meta';
import { addAction } from './actions.repo';
import { UserMessageError } from '$lib/engine/common/user-message-error';
import { type Result } from '$lib/engine/common/result';

/** Dutch names of the PDP fields a coach types, for messages like "Titel mag niet leeg zijn." */
const PDP_FIELD_LABELS: Readonly<Record<string, string>> = {
	title: 'Titel',
	needs: 'Noden',
	resources: 'Hulpbronnen',
	text: 'Tekst',
	evidence: 'Wat het toont',
	agreed: 'Wat is afgesproken',
	note: 'Uur en plaats van de volgende afspraak'
};

function validatePdp(record: unknown): SaveResult<Pdp> {
	const result = Pdp.safeParse(record);
	if (result.success) return { ok: true, value: result.data };
	const problems = result.error.issues.map((issue) => {
		const field = [...issue.path].reverse().find((p): p is string => typeof p === 'string' && p in PDP_FIELD_LABELS);
		return `${field ? PDP_FIELD_LABELS[field] : 'Invoer'} ${issue.message}.`;
	});
	return { ok: false, problems: [...new Set(problems)] };
}

/** Every PDP that is not deleted, the most recently changed first. */
export async function listPdps(): Promise<Pdp[]> {
	const rows = await getDb().pdps.toArray();
	return rows.filter((p) => !p.deletedAt).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export async function listPdpsForCandidate(candidateId: string): Promise<Pdp[]> {
	const rows = await getDb().pdps.where('candidateId').equals(candidateId).toArray();
	return rows.filter((p) => !p.deletedAt).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export async function getPdp(id: string): Promise<Pdp | undefined> {
	const pdp = await getDb().pdps.get(id);
	return pdp && !pdp.deletedAt ? pdp : undefined;
}

/**
 * The candidate's live PDP for this assessment-center (or the one outside any assessment-center when `sessionId` is
 * absent). Inside a transaction that includes the pdps table, so two taps on "PDP opstellen" agree on one PDP.
 */
export async function findPdpFor(candidateId: string, sessionId: string | undefined): Promise<Pdp | undefined> {
	const rows = await getDb().pdps.where('candidateId').equals(candidateId).toArray();
	return rows
		.filter((p) => !p.deletedAt && p.sessionId === sessionId)
		.sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
}

/** A PDP made or found: `existing` when the candidate already had one for this assessment-center. */
export type PdpStartResult = Result<{ value: Pdp; existing: boolean }>;

export interface NewPdpInput {
	candidateId: string;
	title: string;
	sessionId?: string | undefined;
}

/** An empty PDP for a candidate, to fill in by hand (e.g. someone followed only through TOCI). */
export async function createPdp(input: NewPdpInput): Promise<PdpStartResult> {
	const record = {
		...(await newMeta()),
		candidateId: input.candidateId,
		...(input.sessionId ? { sessionId: input.sessionId } : {}),
		title: input.title.trim(),
		needs: [],
		resources: []
	};
	const result = validatePdp(record);
	if (!result.ok) return result;
	const db = getDb();
	return db.transaction('rw', db.pdps, db.settings, async () => {
		const existing = await findPdpFor(input.candidateId, input.sessionId);
		if (existing) return { ok: true as const, value: existing, existing: true };
		await db.pdps.add(result.value);
		return { ok: true as const, value: result.value, existing: false };
	});
}

/**
 * Stores a drafted PDP and its suggested actions in one transaction: all of it or nothing. The actions
 * go through the action table's repository so they are the same rows a coach edits later.
 */
export async function savePdpDraft(draft: PdpDraft): Promise<PdpStartResult> {
	const db = getDb();
	const result = validatePdp({ ...(await newMeta()), ...draft.pdp });
	if (!result.ok) return result;
	return db.transaction('rw', db.pdps, db.actions, db.settings, async () => {
		// One PDP per candidate per assessment-center: drafting again opens the one there is.
		const existing = await findPdpFor(result.value.candidateId, result.value.sessionId);
		if (existing) return { ok: true as const, value: existing, existing: true };
		await db.pdps.add(result.value);
		for (const action of draft.actions) {
			const added = await addAction({
				planId: result.value.id,
				planType: 'pdp',
				text: action.text,
				timespan: action.timespan,
				who: action.who,
				source: action.source,
				competencyId: action.competencyId
			});
			// A suggestion the schema accepted but the action table refuses is a rubric error: undo everything.
			if (!added.ok) throw new UserMessageError(`Voorgestelde actie geweigerd: ${added.problems.join(' ')}`);
		}
		return { ok: true as const, value: result.value, existing: false };
	});
}

export type PdpPatch = Partial<Pick<Pdp, 'title' | 'needs' | 'resources' | 'coachId'>>;

/** Changes what the coach typed; invalid input is refused with Dutch problems and nothing changes. */
export function updatePdp(id: string, patch: PdpPatch): Promise<SaveResult<Pdp>> {
	return changePdp(id, () => patch);
}

/**
 * Changes one PDP inside a transaction from its stored state, so two fields saved at nearly the same time
 * (a need's text, then a resource) never overwrite each other.
 */
async function changePdp(id: string, change: (current: Pdp) => PdpPatch): Promise<SaveResult<Pdp>> {
	const db = getDb();
	return db.transaction('rw', db.pdps, db.settings, async () => {
		const current = await db.pdps.get(id);
		if (!current || current.deletedAt) return { ok: false, problems: ['Dit PDP bestaat niet (meer).'] };
		const result = validatePdp({ ...(await touched(current)), ...change(current) });
		if (result.ok) await db.pdps.put(result.value);
		return result;
	});
}

export function updateNeed(pdpId: string, needId: string, patch: Partial<Pick<PlanNeed, 'text' | 'evidence'>>): Promise<SaveResult<Pdp>> {
	return changePdp(pdpId, (p) => ({ needs: p.needs.map((n) => (n.id === needId ? { ...n, ...patch } : n)) }));
}

export function addNeed(pdpId: string): Promise<SaveResult<Pdp>> {
	return changePdp(pdpId, (p) => ({ needs: [...p.needs, newNeed()] }));
}

export function removeNeed(pdpId: string, needId: string): Promise<SaveResult<Pdp>> {
	return changePdp(pdpId, (p) => ({ needs: p.needs.filter((n) => n.id !== needId) }));
}

export function updateResource(pdpId: string, resourceId: string, text: string): Promise<SaveResult<Pdp>> {
	return changePdp(pdpId, (p) => ({ resources: p.resources.map((r) => (r.id === resourceId ? { ...r, text } : r)) }));
}

export function addResource(pdpId: string): Promise<SaveResult<Pdp>> {
	return changePdp(pdpId, (p) => ({ resources: [...p.resources, newResource()] }));
}

export function removeResource(pdpId: string, resourceId: string): Promise<SaveResult<Pdp>> {
	return changePdp(pdpId, (p) => ({ resources: p.resources.filter((r) => r.id !== resourceId) }));
}

/** A new, empty need or resource line with its own id. */
export function newNeed(competencyId?: string): PlanNeed {
	return { id: crypto.randomUUID(), ...(competencyId ? { competencyId } : {}), text: '', evidence: '' };
}

export function newResource(): Pdp['resources'][number] {
	return { id: crypto.randomUUID(), text: '' };
}

/**
 * Soft delete: the PDP and its actions stay recoverable (restorePdp undoes it) and the deletion can travel to other
 * tablets. Its actions stay as they are, so an undo brings back every follow-up.
 */
export async function deletePdp(id: string): Promise<void> {
	const db = getDb();
	await db.transaction('rw', db.pdps, db.settings, async () => {
		const current = await db.pdps.get(id);
		if (!current || current.deletedAt) return;
		await db.pdps.put({ ...(await touched(current)), deletedAt: nowIso() });
	});
}

/** Undoes deletePdp; refused when the candidate meanwhile got another PDP for the same assessment-center. */
export async function restorePdp(id: string): Promise<SaveResult<Pdp>> {
	const db = getDb();
	return db.transaction('rw', db.pdps, db.settings, async () => {
		const current = await db.pdps.get(id);
		if (!current) return { ok: false, problems: ['Dit PDP bestaat niet (meer).'] };
		if (!current.deletedAt) return { ok: true, value: current };
		if (await findPdpFor(current.candidateId, current.sessionId))
			return { ok: false, problems: ['Deze kandidaat heeft intussen een ander PDP voor dit assessment-center; het verwijderde PDP blijft weg.'] };
		const { deletedAt: _deleted, ...rest } = await touched(current);
		await db.pdps.put(rest);
		return { ok: true, value: rest };
	});
}

/**
 * Takes the levels of a fresh draft over (the consensus changed after drafting): in one transaction, from the stored
 * PDP, so nothing typed meanwhile is lost. See planLevelTakeOver for what is replaced and what stays.
 */
export async function takeOverLevels(id: string, draft: PdpDraft, nameOf: (competencyId: string) => string): Promise<SaveResult<{ pdp: Pdp; summary: string }>> {
	const db = getDb();
	return db.transaction('rw', db.pdps, db.actions, db.settings, async () => {
		const current = await db.pdps.get(id);
		if (!current || current.deletedAt) return { ok: false, problems: ['Dit PDP bestaat niet (meer).'] };
		const actions = (await db.actions.where('planId').equals(id).toArray()).filter((a) => !a.deletedAt);
		const plan = planLevelTakeOver(current, actions, draft, nameOf);
		const result = validatePdp({ ...(await touched(current)), ...plan.patch });
		if (!result.ok) return result;
		await db.pdps.put(result.value);
		for (const actionId of plan.removeActionIds) {
			const action = actions.find((a) => a.id === actionId)!;
			await db.actions.put({ ...(await touched(action)), deletedAt: nowIso() });
		}
		for (const action of plan.addActions) {
			const added = await addAction({ planId: id, planType: 'pdp', text: action.text, timespan: action.timespan, who: action.who, source: action.source, competencyId: action.competencyId });
			if (!added.ok) throw new UserMessageError(`Voorgestelde actie geweigerd: ${added.problems.join(' ')}`);
		}
		return { ok: true, value: { pdp: result.value, summary: plan.summary } };
	});
}

export interface CoachingSessionInput {
	/** The day of the conversation, `YYYY-MM-DD`. */
	date: string;
	agreed: string;
	next?: { date: string; note: string } | undefined;
	/** Per action the status agreed in this conversation and a remark; an action left out is not followed up. */
	updates: readonly { actionId: string; status: ActionStatusId; remark: string }[];
	by?: string | undefined;
}

/**
 * Records a coaching session: its day (plausible: not in the future, not years back), what was agreed, the next
 * appointment (on or after the conversation, within a year), and per action its status on that day. All or nothing.
 */
export async function recordCoachingSession(pdpId: string, input: CoachingSessionInput, now: Date = new Date()): Promise<SaveResult<Pdp>> {
	const today = localDay(now);
	const problems = [
		checkPastDay(input.date, today, 'Het gesprek'),
		input.next ? checkPlannedDay(input.next.date, input.date, today, 'De volgende afspraak') : undefined,
		input.agreed.trim() === '' && input.updates.length === 0 ? 'Noteer wat jullie afspraken, of hoe ver een actie staat.' : undefined
	].filter((p): p is string => p !== undefined);
	if (problems.length > 0) return { ok: false, problems };
	const db = getDb();
	return db.transaction('rw', db.pdps, db.actions, db.settings, async () => {
		const current = await db.pdps.get(pdpId);
		if (!current || current.deletedAt) return { ok: false, problems: ['Dit PDP bestaat niet (meer).'] };
		const session = CoachingSession.safeParse({
			id: crypto.randomUUID(),
			date: input.date,
			agreed: input.agreed.trim(),
			...(input.next ? { next: { date: input.next.date, note: input.next.note.trim() } } : {}),
			...(input.by ? { by: input.by } : {}),
			recordedAt: now.toISOString()
		});
		if (!session.success) {
			const fields = session.error.issues.map((i) => [...i.path].reverse().find((p): p is string => typeof p === 'string' && p in PDP_FIELD_LABELS));
			return { ok: false, problems: [...new Set(session.error.issues.map((issue, k) => `${fields[k] ? PDP_FIELD_LABELS[fields[k]] : 'Invoer'} ${issue.message}.`))] };
		}
		const result = validatePdp({ ...(await touched(current)), coachingSessions: [...(current.coachingSessions ?? []), session.data] });
		if (!result.ok) return result;
		for (const update of input.updates) {
			const action = await db.actions.get(update.actionId);
			if (!action || action.deletedAt || action.planId !== pdpId) continue;
			const remark = update.remark.trim();
			if (remark.length > TEXT_LIMITS.shortText) return { ok: false, problems: [`Opmerking bij "${action.text.slice(0, 40)}" is te lang (maximaal ${TEXT_LIMITS.shortText} tekens).`] };
			const next = ActionItem.safeParse({
				...(await touched(action)),
				status: update.status,
				history: [...action.history, { at: now.toISOString(), date: input.date, status: update.status, remark, ...(input.by ? { by: input.by } : {}) }]
			});
			if (!next.success) return { ok: false, problems: ['De opvolging van een actie kon niet bewaard worden.'] };
			await db.actions.put(next.data);
		}
		await db.pdps.put(result.value);
		return result;
	});
}

export interface PdpView {
	pdp: Pdp;
	candidateName: string;
	/** Names of the competencies of the candidate's assessment, for the needs drafted from it. */
	competencyNames: Map<string, string>;
	/** The job target as the intake wrote it (shown when no functieprofiel was compared). */
	jobTarget: string;
}

/** A PDP with what its screens show around it; undefined when it does not exist (any more). */
export async function loadPdpView(id: string): Promise<PdpView | undefined> {
	const db = getDb();
	const pdp = await getPdp(id);
	if (!pdp) return undefined;
	const candidate = await db.candidates.get(pdp.candidateId);
	const session = pdp.sessionId ? await db.sessions.get(pdp.sessionId) : undefined;
	const profile = session ? (await db.rubricVersions.get(session.rubricVersionId))?.content : undefined;
	const competencyNames = new Map(profile?.kind === 'competency-profile' ? profile.competencies.map((c) => [c.id, c.name]) : []);
	const known = candidate && !candidate.deletedAt ? candidate : undefined;
	return { pdp, candidateName: known?.name ?? 'onbekende kandidaat', competencyNames, jobTarget: known?.jobTarget.trim() ?? '' };
}

export interface PdpListRow {
	pdp: Pdp;
	candidateName: string;
	actionCount: number;
	doneCount: number;
	/** The last change to the PDP or any of its actions (a follow-up changes only the action). */
	lastChange: string;
	/** The assessment-center it was drafted from, if any. */
	sessionName?: string;
}

/** Every PDP with its candidate's name, how many of its actions are done and its last change, latest first. */
export async function listPdpRows(): Promise<PdpListRow[]> {
	const db = getDb();
	const pdps = await listPdps();
	const rows = await Promise.all(
		pdps.map(async (pdp) => {
			const [candidate, actions, session] = await Promise.all([
				db.candidates.get(pdp.candidateId),
				db.actions.where('planId').equals(pdp.id).toArray(),
				pdp.sessionId ? db.sessions.get(pdp.sessionId) : undefined
			]);
			const live = actions.filter((a) => !a.deletedAt);
			// A deleted action is a change too ("gewijzigd" after removing a row).
			const lastChange = actions.reduce((latest, a) => (a.updatedAt > latest ? a.updatedAt : latest), pdp.updatedAt);
			return {
				pdp,
				candidateName: candidate && !candidate.deletedAt ? candidate.name : 'onbekende kandidaat',
				actionCount: live.length,
				doneCount: live.filter((a) => a.status === 'volledig').length,
				lastChange,
				...(session && !session.deletedAt ? { sessionName: session.name } : {})
			};
		})
	);
	return rows.sort((a, b) => b.lastChange.localeCompare(a.lastChange));
}

export interface PdpCandidateOption {
	candidate: Candidate;
	/** The assessment-center the candidate took part in; a PDP for them is drafted from it. */
	sessionName: string | undefined;
}

/** Every candidate a PDP can be made for, by assessment-center then name. */
export async function listPdpCandidateOptions(): Promise<PdpCandidateOption[]> {
	const db = getDb();
	const [candidates, sessions] = await Promise.all([db.candidates.toArray(), db.sessions.toArray()]);
	const sessionNames = new Map(sessions.filter((s) => !s.deletedAt).map((s) => [s.id, s.name]));
	return candidates
		.filter((c) => !c.deletedAt && (!c.sessionId || sessionNames.has(c.sessionId)))
		.map((candidate) => ({ candidate, sessionName: candidate.sessionId ? sessionNames.get(candidate.sessionId) : undefined }))
		.sort((a, b) => (a.sessionName ?? '').localeCompare(b.sessionName ?? '', 'nl-BE') || a.candidate.name.localeCompare(b.candidate.name, 'nl-BE'));
}
