// The action table's contract is owned by the state layer that fulfils it.
export type { ActionTableHandlers, CellSaveResult, NewActionRow } from '$lib/state/action-plan';
