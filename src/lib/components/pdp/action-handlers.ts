import type { ActionTableHandlers } from '$lib/components/action-plan/types';
import { addAction, deleteAction, moveAction, recordActionStatus, restoreAction, updateAction } from '$lib/db/actions.repo';
import { toCellResult } from './types';

/** The action table of a PDP, wired to the action repository (rows with planType 'pdp'). */
export function pdpActionHandlers(pdpId: string): ActionTableHandlers {
	return {
		onadd: async (row) => toCellResult(await addAction({ planId: pdpId, planType: 'pdp', source: 'manual', ...row })),
		onupdate: async (id, patch) => toCellResult(await updateAction(id, patch)),
		onstatus: (id, status) => recordActionStatus(id, status, ''),
		ondelete: (id) => deleteAction(id),
		onrestore: (id) => restoreAction(id),
		onmove: (id, direction) => moveAction(id, direction)
	};
}
