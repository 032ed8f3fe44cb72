import type { ActionStatusId } from '../rubric/pdp-schema.schema';

/** The draaiboek's "Voltooid?" column: − / +/− / + (PDP action table). */
export const ACTION_STATUSES: readonly { id: ActionStatusId; symbol: string; label: string }[] = [
	{ id: 'niet', symbol: '−', label: 'niet voltooid' },
	{ id: 'deels', symbol: '+/−', label: 'deels voltooid' },
	{ id: 'volledig', symbol: '+', label: 'voltooid' }
];

export function actionStatusSymbol(id: ActionStatusId): string {
	return ACTION_STATUSES.find((s) => s.id === id)?.symbol ?? '−';
}

export function actionStatusLabel(id: ActionStatusId): string {
	return ACTION_STATUSES.find((s) => s.id === id)?.label ?? id;
}
