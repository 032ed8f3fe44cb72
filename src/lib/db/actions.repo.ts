import { ActionItem } from '$lib/engine/model';
import type { ActionStatusId } from '$lib/engine/rubric';
import { validateOrganisationRecord, type SaveResult } from '$lib/engine/organisation/validate-record';
import { getDb } from './db';
import { newMeta, nowIso, touched } from './record-meta';

/**
 * Rows of an action table (Concrete acties | Tijdspanne | Wie? | Voltooid? | Opmerkingen), for any plan:
 * a PDP (`planType: 'pdp'`, planId = the PDP's id) or an organisation's checklist action plan
 * (`planType: 'checklist'`, planId = the checklist measurement's id).
 */
export type ActionPlanType = ActionItem['planType'];

export interface NewActionInput {
	planId: string;
	planType: ActionPlanType;
	text: string;
	timespan?: string;
	who?: string;
	remarks?: string;
	source: ActionItem['source'];
	competencyId?: string;
	dueDate?: string;
}

export type ActionPatch = Partial<Pick<ActionItem, 'text' | 'timespan' | 'who' | 'remarks' | 'dueDate' | 'competencyId'>>;

/** The plan's actions that are not deleted, in table order. */
export async function listActions(planId: string): Promise<ActionItem[]> {
	const rows = await getDb().actions.where('planId').equals(planId).toArray();
	return rows.filter((a) => !a.deletedAt).sort((a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt));
}

export async function getAction(id: string): Promise<ActionItem | undefined> {
	const action = await getDb().actions.get(id);
	return action && !action.deletedAt ? action : undefined;
}

/** Adds an action at the end of the table, status "−" (not done). Invalid input: Dutch problems, nothing stored. */
export async function addAction(input: NewActionInput): Promise<SaveResult<ActionItem>> {
	const db = getDb();
	const meta = await newMeta();
	return db.transaction('rw', db.actions, async () => {
		const existing = await db.actions.where('planId').equals(input.planId).toArray();
		const record = {
			...meta,
			planId: input.planId,
			planType: input.planType,
			text: input.text.trim(),
			timespan: (input.timespan ?? '').trim(),
			who: (input.who ?? '').trim(),
			status: 'niet' as const,
			remarks: (input.remarks ?? '').trim(),
			source: input.source,
			...(input.competencyId ? { competencyId: input.competencyId } : {}),
			...(input.dueDate ? { dueDate: input.dueDate } : {}),
			order: existing.reduce((max, a) => Math.max(max, a.order + 1), 0),
			history: []
		};
		const result = validateOrganisationRecord(ActionItem, record);
		if (!result.ok) return result;
		if (result.value.text.length === 0) return { ok: false, problems: ['Concrete actie mag niet leeg zijn.'] };
		await db.actions.add(result.value);
		return result;
	});
}

async function changeAction(id: string, change: (current: ActionItem) => ActionItem): Promise<SaveResult<ActionItem>> {
	const db = getDb();
	return db.transaction('rw', db.actions, db.settings, async () => {
		const current = await db.actions.get(id);
		if (!current || current.deletedAt) return { ok: false, problems: ['Deze actie bestaat niet (meer).'] };
		const next: Record<string, unknown> = { ...change(await touched(current)) };
		for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
		const result = validateOrganisationRecord(ActionItem, next);
		if (result.ok) await db.actions.put(result.value);
		return result;
	});
}

/** Changes the text fields of an action (typing in a cell); the status goes through recordActionStatus. */
export function updateAction(id: string, patch: ActionPatch): Promise<SaveResult<ActionItem>> {
	return changeAction(id, (current) => ({ ...current, ...patch }));
}

/**
 * Sets "Voltooid?" (− / +/− / +) and appends it to the action's history with the remark, so a coach
 * can later see when and why the status changed.
 */
export function recordActionStatus(id: string, status: ActionStatusId, remark: string, by?: string): Promise<SaveResult<ActionItem>> {
	return changeAction(id, (current) => ({
		...current,
		status,
		history: [...current.history, { at: nowIso(), status, remark: remark.trim(), ...(by ? { by } : {}) }]
	}));
}

/** Moves an action one place up (-1) or down (+1) in its table. */
export async function moveAction(id: string, direction: -1 | 1): Promise<void> {
	const db = getDb();
	await db.transaction('rw', db.actions, db.settings, async () => {
		const current = await db.actions.get(id);
		if (!current || current.deletedAt) return;
		const rows = (await db.actions.where('planId').equals(current.planId).toArray())
			.filter((a) => !a.deletedAt)
			.sort((a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt));
		const index = rows.findIndex((a) => a.id === id);
		const other = rows[index + direction];
		if (!other) return;
		rows[index] = other;
		rows[index + direction] = current;
		const changed = await Promise.all(rows.map(async (row, order) => (row.order === order ? undefined : { ...(await touched(row)), order })));
		await db.actions.bulkPut(changed.filter((r): r is ActionItem => r !== undefined));
	});
}

/** Soft delete; restoreAction undoes it. */
export async function deleteAction(id: string): Promise<void> {
	await changeAction(id, (current) => ({ ...current, deletedAt: nowIso() }));
}

export async function restoreAction(id: string): Promise<void> {
	const db = getDb();
	await db.transaction('rw', db.actions, db.settings, async () => {
		const current = await db.actions.get(id);
		if (!current?.deletedAt) return;
		const { deletedAt: _deleted, ...rest } = await touched(current);
		await db.actions.put(rest);
	});
}
