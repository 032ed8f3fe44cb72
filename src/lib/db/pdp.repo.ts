import { Pdp, type Candidate, type PlanNeed } from '$lib/engine/model';
import type { SaveResult } from '$lib/engine/observation/validate-input';
import type { PdpDraft } from '$lib/engine/plan/draft-pdp';
import { getDb } from './db';
import { newMeta, nowIso, touched } from './record-meta';
import { addAction } from './actions.repo';

/** Dutch names of the PDP fields a coach types, for messages like "Titel mag niet leeg zijn." */
const PDP_FIELD_LABELS: Readonly<Record<string, string>> = {
	title: 'Titel',
	needs: 'Noden',
	resources: 'Hulpbronnen',
	text: 'Tekst',
	evidence: 'Wat het toont'
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

export interface NewPdpInput {
	candidateId: string;
	title: string;
	sessionId?: string | undefined;
}

/** An empty PDP for a candidate, to fill in by hand (e.g. someone followed only through TOCI). */
export async function createPdp(input: NewPdpInput): Promise<SaveResult<Pdp>> {
	const record = {
		...(await newMeta()),
		candidateId: input.candidateId,
		...(input.sessionId ? { sessionId: input.sessionId } : {}),
		title: input.title.trim(),
		needs: [],
		resources: []
	};
	const result = validatePdp(record);
	if (result.ok) await getDb().pdps.add(result.value);
	return result;
}

/**
 * Stores a drafted PDP and its suggested actions in one transaction: all of it or nothing. The actions
 * go through the action table's repository so they are the same rows a coach edits later.
 */
export async function savePdpDraft(draft: PdpDraft): Promise<SaveResult<Pdp>> {
	const db = getDb();
	const result = validatePdp({ ...(await newMeta()), ...draft.pdp });
	if (!result.ok) return result;
	return db.transaction('rw', db.pdps, db.actions, db.settings, async () => {
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
			if (!added.ok) throw new Error(`Voorgestelde actie geweigerd: ${added.problems.join(' ')}`);
		}
		return result;
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

/** Soft delete: the PDP and its actions stay recoverable and the erasure can travel to other tablets. */
export async function deletePdp(id: string): Promise<void> {
	const db = getDb();
	await db.transaction('rw', db.pdps, db.settings, async () => {
		const current = await db.pdps.get(id);
		if (!current || current.deletedAt) return;
		await db.pdps.put({ ...(await touched(current)), deletedAt: nowIso() });
	});
}

export interface PdpView {
	pdp: Pdp;
	candidateName: string;
	/** Names of the competencies of the candidate's assessment, for the needs drafted from it. */
	competencyNames: Map<string, string>;
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
	return { pdp, candidateName: candidate && !candidate.deletedAt ? candidate.name : 'onbekende kandidaat', competencyNames };
}

export interface PdpListRow {
	pdp: Pdp;
	candidateName: string;
	actionCount: number;
	doneCount: number;
}

/** Every PDP with its candidate's name and how many of its actions are done. */
export async function listPdpRows(): Promise<PdpListRow[]> {
	const db = getDb();
	const pdps = await listPdps();
	return Promise.all(
		pdps.map(async (pdp) => {
			const [candidate, actions] = await Promise.all([db.candidates.get(pdp.candidateId), db.actions.where('planId').equals(pdp.id).toArray()]);
			const live = actions.filter((a) => !a.deletedAt);
			return {
				pdp,
				candidateName: candidate && !candidate.deletedAt ? candidate.name : 'onbekende kandidaat',
				actionCount: live.length,
				doneCount: live.filter((a) => a.status === 'volledig').length
			};
		})
	);
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
