import { ActionItem, ChecklistMeasurement } from '$lib/engine/model';
import { carryOverChecklistActions } from '$lib/engine/organisation/checklist-actions';
import { formatDateNumericNl } from '$lib/engine/common/format-nl';
import { requiredLine, TEXT_LIMITS } from '$lib/engine/common/text';
import { validateOrganisationRecord, type SaveResult } from '$lib/engine/organisation/validate-record';
import { sortMeasurements } from '$lib/engine/organisation/baseline';
import { getDb } from './db';
import { newMeta, nowIso, touched } from './record-meta';

export interface NewMeasurementInput {
	organisationId: string;
	/** `doorstroomklaar@1.0.0`: the exact checklist version the scores belong to. */
	checklistVersionId: string;
	date: string;
	label: string;
}

/** The organisation's measurements that are not deleted, oldest first. */
export async function listMeasurements(organisationId: string): Promise<ChecklistMeasurement[]> {
	const rows = await getDb().checklistMeasurements.where('organisationId').equals(organisationId).toArray();
	return sortMeasurements(rows.filter((m) => !m.deletedAt));
}

export async function getMeasurement(id: string): Promise<ChecklistMeasurement | undefined> {
	const m = await getDb().checklistMeasurements.get(id);
	return m && !m.deletedAt ? m : undefined;
}

/**
 * Creates a measurement; the organisation's first one is its nulmeting (baseline). A repeat measurement starts
 * with the previous measurement's actions that are not done yet, with their status, so the plan carries on.
 */
export async function createMeasurement(input: NewMeasurementInput): Promise<SaveResult<ChecklistMeasurement>> {
	const db = getDb();
	const meta = await newMeta();
	return db.transaction('rw', db.checklistMeasurements, db.actions, db.settings, async () => {
		const others = (await db.checklistMeasurements.where('organisationId').equals(input.organisationId).toArray()).filter((m) => !m.deletedAt);
		const record = {
			...meta,
			organisationId: input.organisationId,
			checklistVersionId: input.checklistVersionId,
			date: input.date,
			label: input.label.trim(),
			isBaseline: others.length === 0,
			participants: [],
			teamScores: {},
			reflections: {}
		};
		const result = validateOrganisationRecord(ChecklistMeasurement, record);
		if (!result.ok) return result;
		await db.checklistMeasurements.add(result.value);
		const previous = sortMeasurements(others.filter((m) => m.date <= result.value.date)).at(-1);
		if (previous) {
			const rows = (await db.actions.where('planId').equals(previous.id).toArray()).filter((a) => a.planType === 'checklist');
			const fromLabel = `de meting van ${formatDateNumericNl(previous.date)}${previous.label ? ` (${previous.label})` : ''}`;
			for (const carried of carryOverChecklistActions(rows, fromLabel, TEXT_LIMITS.shortText)) {
				const action = validateOrganisationRecord(ActionItem, { ...(await newMeta()), ...carried, planId: result.value.id, planType: 'checklist', history: [] });
				if (action.ok) await db.actions.add(action.value);
			}
		}
		return result;
	});
}

async function changeMeasurement(id: string, change: (m: ChecklistMeasurement) => ChecklistMeasurement | string): Promise<SaveResult<ChecklistMeasurement>> {
	const db = getDb();
	return db.transaction('rw', db.checklistMeasurements, db.settings, async () => {
		const current = await db.checklistMeasurements.get(id);
		if (!current || current.deletedAt) return { ok: false, problems: ['Deze meting bestaat niet (meer).'] };
		const next = change(current);
		if (typeof next === 'string') return { ok: false, problems: [next] };
		const result = validateOrganisationRecord(ChecklistMeasurement, await touched(next));
		if (result.ok) await db.checklistMeasurements.put(result.value);
		return result;
	});
}

export function updateMeasurementDetails(id: string, patch: { date?: string; label?: string }): Promise<SaveResult<ChecklistMeasurement>> {
	return changeMeasurement(id, (m) => ({ ...m, ...(patch.date !== undefined ? { date: patch.date } : {}), ...(patch.label !== undefined ? { label: patch.label.trim() } : {}) }));
}

const participantName = requiredLine(TEXT_LIMITS.name);

/** Adds a colleague who scores the checklist on their own. */
export function addParticipant(measurementId: string, name: string): Promise<SaveResult<ChecklistMeasurement>> {
	const check = participantName.safeParse(name);
	if (!check.success) return Promise.resolve({ ok: false, problems: [`Naam ${check.error.issues[0]?.message ?? 'is ongeldig'}.`] });
	return changeMeasurement(measurementId, (m) => {
		if (m.participants.some((p) => p.name.toLocaleLowerCase('nl-BE') === check.data.toLocaleLowerCase('nl-BE'))) return `${check.data} doet al mee aan deze meting.`;
		return { ...m, participants: [...m.participants, { id: crypto.randomUUID(), name: check.data, scores: {} }] };
	});
}

export function removeParticipant(measurementId: string, participantId: string): Promise<SaveResult<ChecklistMeasurement>> {
	return changeMeasurement(measurementId, (m) => ({ ...m, participants: m.participants.filter((p) => p.id !== participantId) }));
}

/** Undo of removeParticipant: the colleague comes back with their scores. */
export function restoreParticipant(measurementId: string, participant: ChecklistMeasurement['participants'][number]): Promise<SaveResult<ChecklistMeasurement>> {
	return changeMeasurement(measurementId, (m) => (m.participants.some((p) => p.id === participant.id) ? m : { ...m, participants: [...m.participants, participant] }));
}

/** One colleague's score for one item; `undefined` clears it. The scale is checked by the caller (engine). */
export function setParticipantScore(measurementId: string, participantId: string, itemId: string, score: number | undefined): Promise<SaveResult<ChecklistMeasurement>> {
	return changeMeasurement(measurementId, (m) => {
		if (!m.participants.some((p) => p.id === participantId)) return 'Deze deelnemer bestaat niet (meer).';
		return {
			...m,
			participants: m.participants.map((p) => {
				if (p.id !== participantId) return p;
				const scores = { ...p.scores };
				if (score === undefined) delete scores[itemId];
				else scores[itemId] = score;
				return { ...p, scores };
			})
		};
	});
}

/** The score the team agreed for an item, with the reason; `undefined` removes the agreement. */
export function setTeamScore(measurementId: string, itemId: string, agreed: { score: number; reason: string } | undefined): Promise<SaveResult<ChecklistMeasurement>> {
	return changeMeasurement(measurementId, (m) => {
		const teamScores = { ...m.teamScores };
		if (agreed === undefined) delete teamScores[itemId];
		else teamScores[itemId] = { score: agreed.score, reason: agreed.reason.trim() };
		return { ...m, teamScores };
	});
}

/** The answer to a reflection question, stored as typed (autosave). */
export function saveReflection(measurementId: string, questionId: string, text: string): Promise<SaveResult<ChecklistMeasurement>> {
	return changeMeasurement(measurementId, (m) => ({ ...m, reflections: { ...m.reflections, [questionId]: text } }));
}

/** Soft delete. When the nulmeting is deleted, the earliest remaining measurement becomes the nulmeting. */
export async function deleteMeasurement(id: string): Promise<void> {
	const db = getDb();
	await db.transaction('rw', db.checklistMeasurements, db.settings, async () => {
		const current = await db.checklistMeasurements.get(id);
		if (!current || current.deletedAt) return;
		await db.checklistMeasurements.put({ ...(await touched(current)), deletedAt: nowIso(), isBaseline: false });
		if (!current.isBaseline) return;
		const rest = sortMeasurements((await db.checklistMeasurements.where('organisationId').equals(current.organisationId).toArray()).filter((m) => !m.deletedAt));
		const first = rest[0];
		if (first) await db.checklistMeasurements.put({ ...(await touched(first)), isBaseline: true });
	});
}
