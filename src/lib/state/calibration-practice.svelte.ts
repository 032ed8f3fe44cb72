import type { CalibrationAttempt, PracticeNoteRecord, RatingLevel } from '$lib/engine/model';
import type { SaveResult } from '$lib/engine/observation/validate-input';
import type { SamLevelId } from '$lib/engine/rubric';

/** Where practice work is written (the calibration repository in the app, a fake in tests). */
export interface PracticeStore {
	save(id: string, work: PracticeWorkSnapshot): Promise<SaveResult<CalibrationAttempt>>;
	submit(id: string): Promise<SaveResult<CalibrationAttempt>>;
}

export type PracticeWorkSnapshot = Pick<CalibrationAttempt, 'notes' | 'classifications' | 'ratings'>;

export type PracticeSaveStatus = 'bewaard' | 'bewaren' | 'fout';

/**
 * One practice attempt while an assessor works on it. Every change is written through at once: at most one write
 * is in flight and the next one carries the latest work, so what is on screen is committed within one write,
 * however fast someone types (no pause needed). A refused write leaves the screen as it is and says why.
 */
export class CalibrationPractice {
	notes = $state<PracticeNoteRecord[]>([]);
	classifications = $state<CalibrationAttempt['classifications']>([]);
	ratings = $state<CalibrationAttempt['ratings']>([]);
	submittedAt = $state<string | undefined>(undefined);
	status = $state<PracticeSaveStatus>('bewaard');
	problems = $state<string[]>([]);
	readonly id: string;
	readonly caseKey: string;
	readonly assessorId: string;
	#store: PracticeStore;
	#now: () => string;
	#newId: () => string;
	#writing: Promise<void> | undefined;
	#dirty = false;

	constructor(store: PracticeStore, attempt: CalibrationAttempt, options: { now?: () => string; newId?: () => string } = {}) {
		this.#store = store;
		this.id = attempt.id;
		this.caseKey = attempt.caseKey;
		this.assessorId = attempt.assessorId;
		this.notes = structuredClone(attempt.notes);
		this.classifications = structuredClone(attempt.classifications);
		this.ratings = structuredClone(attempt.ratings);
		this.submittedAt = attempt.submittedAt;
		this.#now = options.now ?? (() => new Date().toISOString());
		this.#newId = options.newId ?? (() => crypto.randomUUID());
	}

	get submitted(): boolean {
		return this.submittedAt !== undefined;
	}

	/** A new note, tied to the vignette sentences it describes (none for a free note). Returns its id. */
	addNote(sentenceIds: readonly string[] = []): string {
		if (this.submitted) return '';
		const id = this.#newId();
		this.notes.push({ id, text: '', sentenceIds: [...sentenceIds], createdAt: this.#now() });
		this.#changed();
		return id;
	}

	typeNote(noteId: string, text: string): void {
		if (this.submitted) return;
		const note = this.notes.find((n) => n.id === noteId);
		if (!note || note.text === text) return;
		note.text = text;
		this.#changed();
	}

	toggleSentence(noteId: string, sentenceId: string): void {
		if (this.submitted) return;
		const note = this.notes.find((n) => n.id === noteId);
		if (!note) return;
		note.sentenceIds = note.sentenceIds.includes(sentenceId) ? note.sentenceIds.filter((s) => s !== sentenceId) : [...note.sentenceIds, sentenceId];
		this.#changed();
	}

	removeNote(noteId: string): void {
		if (this.submitted) return;
		this.notes = this.notes.filter((n) => n.id !== noteId);
		this.classifications = this.classifications.filter((c) => c.noteId !== noteId);
		this.#changed();
	}

	/** Klasseren: puts a note under a competency (and an indicator row), or moves it to another row. */
	classify(noteId: string, competencyId: string, indicatorId?: string, levelId?: SamLevelId): void {
		if (this.submitted) return;
		const rest = this.classifications.filter((c) => !(c.noteId === noteId && c.competencyId === competencyId));
		this.classifications = [...rest, { noteId, competencyId, ...(indicatorId ? { indicatorId } : {}), ...(levelId ? { levelId } : {}) }];
		this.#changed();
	}

	unclassify(noteId: string, competencyId: string): void {
		if (this.submitted) return;
		this.classifications = this.classifications.filter((c) => !(c.noteId === noteId && c.competencyId === competencyId));
		this.#changed();
	}

	rate(competencyId: string, level: RatingLevel): void {
		if (this.submitted) return;
		const existing = this.ratings.find((r) => r.competencyId === competencyId);
		if (existing) existing.level = level;
		else this.ratings.push({ competencyId, level, reason: '' });
		this.#changed();
	}

	giveReason(competencyId: string, reason: string): void {
		if (this.submitted) return;
		const existing = this.ratings.find((r) => r.competencyId === competencyId);
		if (!existing || existing.reason === reason) return;
		existing.reason = reason;
		this.#changed();
	}

	/** Resolves when everything on screen is committed (or a write was refused). */
	async flush(): Promise<void> {
		while (this.#writing) await this.#writing;
	}

	/** Writes what is left, then freezes the attempt. Returns the problems, empty when submitted. */
	async submit(): Promise<string[]> {
		await this.flush();
		if (this.status === 'fout') return this.problems;
		const result = await this.#store.submit(this.id);
		if (!result.ok) return (this.problems = result.problems);
		this.notes = structuredClone(result.value.notes);
		this.classifications = structuredClone(result.value.classifications);
		this.submittedAt = result.value.submittedAt;
		return [];
	}

	#changed(): void {
		if (this.submitted) return;
		this.#dirty = true;
		this.status = 'bewaren';
		this.#writing ??= this.#writeUntilClean();
	}

	async #writeUntilClean(): Promise<void> {
		try {
			while (this.#dirty) {
				this.#dirty = false;
				const work: PracticeWorkSnapshot = $state.snapshot({ notes: this.notes, classifications: this.classifications, ratings: this.ratings });
				let result: SaveResult<CalibrationAttempt>;
				try {
					result = await this.#store.save(this.id, work);
				} catch {
					result = { ok: false, problems: ['Je werk kon niet bewaard worden op deze tablet (is het geheugen vol?). Het blijft op het scherm; elke volgende wijziging probeert opnieuw.'] };
				}
				if (!result.ok) {
					this.status = 'fout';
					this.problems = result.problems;
					return;
				}
				this.problems = [];
			}
			this.status = 'bewaard';
		} finally {
			this.#writing = undefined;
		}
	}
}
