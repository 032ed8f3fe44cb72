import type { ChecklistMeasurement } from '$lib/engine/model';
import { addParticipant, removeParticipant, restoreParticipant, saveReflection, setParticipantScore, setTeamScore } from '$lib/db/checklist.repo';
import { liveQueryState, type LiveState } from '$lib/db/live.svelte';
import { actionStorage, type ActionStorage } from './action-plan';
import type { ActionItem } from '$lib/engine/model';

type Participant = ChecklistMeasurement['participants'][number];

/** Where a measurement's scores, participants and reflections are kept; tests pass their own. */
export interface ChecklistStorage {
	addParticipant: typeof addParticipant;
	removeParticipant: typeof removeParticipant;
	restoreParticipant: typeof restoreParticipant;
	setParticipantScore: typeof setParticipantScore;
	setTeamScore: typeof setTeamScore;
	saveReflection: typeof saveReflection;
}

export const checklistStorage: ChecklistStorage = { addParticipant, removeParticipant, restoreParticipant, setParticipantScore, setTeamScore, saveReflection };

/**
 * One checklist measurement as the organisation works on it: who scores, the scores, the team's agreed
 * scores, the reflections and the action plan's rows (kept current while the screen is open).
 */
export class ChecklistMeasurementWork {
	readonly actions: LiveState<ActionItem[]>;

	constructor(
		private readonly measurementId: () => string,
		private readonly storage: ChecklistStorage = checklistStorage,
		actions: Pick<ActionStorage, 'listActions'> = actionStorage
	) {
		this.actions = liveQueryState(
			() => actions.listActions(this.measurementId()),
			() => [this.measurementId()]
		);
	}

	addParticipant = (name: string) => this.storage.addParticipant(this.measurementId(), name);
	removeParticipant = (participantId: string) => this.storage.removeParticipant(this.measurementId(), participantId);
	restoreParticipant = (participant: Participant) => this.storage.restoreParticipant(this.measurementId(), participant);
	score = (participantId: string, itemId: string, value: number | undefined) => this.storage.setParticipantScore(this.measurementId(), participantId, itemId, value);
	agree = (itemId: string, agreed: { score: number; reason: string } | undefined) => this.storage.setTeamScore(this.measurementId(), itemId, agreed);
	saveReflection = (questionId: string, text: string) => this.storage.saveReflection(this.measurementId(), questionId, text);
}
