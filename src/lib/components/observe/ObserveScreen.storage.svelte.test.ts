import { beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { Candidate, Exercise, Observation } from '$lib/engine/model';
import { observeStorageOf } from '$lib/state/observe-storage';
import { createObservation, getObservation, getOpenObservations, listObservationsByAuthor, setOpenObservation } from '$lib/db/observations.repo';
import ObserveScreen from './ObserveScreen.svelte';

/** What the browser throws when IndexedDB runs out of room; `failing` decides what the repo's writes do. */
const failing = vi.hoisted(() => ({ write: undefined as (() => Error) | undefined }));

vi.mock('$lib/db/observations.repo', async (importOriginal) => {
	const repo = await importOriginal<typeof import('$lib/db/observations.repo')>();
	return {
		...repo,
		createObservation: vi.fn(async (...args: Parameters<typeof repo.createObservation>) => {
			if (failing.write) throw failing.write();
			return repo.createObservation(...args);
		}),
		saveObservationText: vi.fn(async (...args: Parameters<typeof repo.saveObservationText>) => {
			if (failing.write) throw failing.write();
			return repo.saveObservationText(...args);
		})
	};
});

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const meta = { createdAt: '2026-03-02T09:00:00.000Z', updatedAt: '2026-03-02T09:00:00.000Z', vv: { d: 1 } };
const sessionId = crypto.randomUUID();
const assessorId = crypto.randomUUID();
const candidate: Candidate = { ...meta, id: crypto.randomUUID(), sessionId, name: 'Cas', jobTarget: '', coachAssessorIds: [], code: 'K1' };

let exercise: Exercise;
beforeEach(() => {
	failing.write = undefined;
	// A fresh exercise per test keeps the notes and open-note marks of the tests apart in the one database.
	exercise = { ...meta, id: crypto.randomUUID(), sessionId, name: 'Magazijn', durationMinutes: 90, instructions: '', competencyIds: [], order: 0 };
});


function show(notes: Observation[] = []) {
	render(ObserveScreen, {
		exercise,
		candidates: [candidate],
		notes,
		lexicon: undefined,
		assessorId,
		// The same storage the observe route gives the screen: the real repo (with its writes made to fail here).
		storage: observeStorageOf({ sessionId, exerciseId: exercise.id, authorId: assessorId })
	});
	return screen.getByRole('textbox', { name: 'Notitie over Cas' });
}

const storedTexts = async () => (await listObservationsByAuthor(sessionId, exercise.id, assessorId)).map((n) => n.text);

describe('ObserveScreen when storing a note fails', () => {
	it('keeps the text, shows the storage-full notice and stores it on “Opnieuw bewaren”', async () => {
		const box = show();
		await userEvent.type(box, 'Zet');
		await vi.waitFor(async () => expect(await storedTexts()).toEqual(['Zet']));
		failing.write = quotaExceeded;
		await userEvent.type(box, ' de dozen op de kar');
		const notice = await screen.findByRole('alert');
		expect(notice).toHaveTextContent('De opslag van deze tablet is vol: je tekst is nog niet bewaard.');
		expect(box).toHaveValue('Zet de dozen op de kar');
		expect(screen.getByText('Niet bewaard: de opslag van deze tablet is vol.')).toBeInTheDocument();
		expect(await storedTexts()).toEqual(['Zet']);

		failing.write = undefined;
		await userEvent.click(screen.getByRole('button', { name: 'Opnieuw bewaren' }));
		await vi.waitFor(async () => expect(await storedTexts()).toEqual(['Zet de dozen op de kar']));
		await vi.waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
		expect(screen.getByText('Bewaard op dit toestel')).toBeInTheDocument();
		expect(box).toHaveValue('Zet de dozen op de kar');
	});

	it('retries at the next keystroke', async () => {
		const box = show();
		await userEvent.type(box, 'Telt');
		await vi.waitFor(async () => expect(await storedTexts()).toEqual(['Telt']));
		failing.write = quotaExceeded;
		await userEvent.type(box, ' de dozen');
		await screen.findByRole('alert');
		failing.write = undefined;
		await userEvent.type(box, '.');
		await vi.waitFor(async () => expect(await storedTexts()).toEqual(['Telt de dozen.']));
		await vi.waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
	});

	it('keeps the text when the storage is already full at the first keystroke, and creates the note once on retry', async () => {
		failing.write = quotaExceeded;
		const box = show();
		await userEvent.type(box, 'Vraagt hulp');
		await screen.findByRole('alert');
		expect(box).toHaveValue('Vraagt hulp');
		expect(await storedTexts()).toEqual([]);

		failing.write = undefined;
		await userEvent.click(screen.getByRole('button', { name: 'Opnieuw bewaren' }));
		await vi.waitFor(async () => expect(await storedTexts()).toEqual(['Vraagt hulp']));
		await vi.waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
	});

	it('does not close a note that is not stored when it is finished with Enter', async () => {
		const box = show();
		await userEvent.type(box, 'Zet');
		await vi.waitFor(async () => expect(await storedTexts()).toEqual(['Zet']));
		failing.write = quotaExceeded;
		await userEvent.type(box, ' neer{Enter}');
		await screen.findByRole('alert');
		expect(screen.getByRole('textbox', { name: 'Notitie over Cas' })).toHaveValue('Zet neer');
	});

	it('explains another failure in Dutch, keeps the text and retries', async () => {
		const box = show();
		await userEvent.type(box, 'Zet');
		await vi.waitFor(async () => expect(await storedTexts()).toEqual(['Zet']));
		failing.write = () => new Error('UnknownError');
		await userEvent.type(box, ' klaar');
		expect(await screen.findByRole('alert')).toHaveTextContent('Je tekst is nog niet bewaard: het bewaren op dit toestel is mislukt.');
		expect(box).toHaveValue('Zet klaar');
		failing.write = undefined;
		await userEvent.click(screen.getByRole('button', { name: 'Opnieuw bewaren' }));
		await vi.waitFor(async () => expect(await storedTexts()).toEqual(['Zet klaar']));
	});
});

describe('ObserveScreen after a restart', () => {
	it('reopens the note that was open, with its text, in the editor', async () => {
		const created = await createObservation({ sessionId, exerciseId: exercise.id, candidateId: candidate.id, authorId: assessorId, text: 'Tilt de doos', observedAt: meta.createdAt });
		if (!created.ok) throw new Error(created.problems.join('; '));
		await setOpenObservation(exercise.id, assessorId, candidate.id, created.value.id);
		const box = show([created.value]);
		await vi.waitFor(() => expect(box).toHaveValue('Tilt de doos'));
		// Open in the editor, not listed among the finished notes.
		expect(screen.getByText('Nog geen notities over Cas in deze oefening.')).toBeInTheDocument();

		await userEvent.type(box, ' samen');
		await vi.waitFor(async () => expect((await getObservation(created.value.id))?.text).toBe('Tilt de doos samen'));
		expect(await storedTexts()).toEqual(['Tilt de doos samen']);
	});

	it('remembers the open note when it is created and forgets it once finished', async () => {
		const box = show();
		await userEvent.type(box, 'Telt af');
		await vi.waitFor(async () => expect(Object.keys(await getOpenObservations(exercise.id, assessorId))).toEqual([candidate.id]));
		await userEvent.type(box, '{Enter}');
		await vi.waitFor(async () => expect(await getOpenObservations(exercise.id, assessorId)).toEqual({}));
		expect(await storedTexts()).toEqual(['Telt af']);
	});

	it('brings text the full database refused back into the editor after leaving the screen, and stores it', async () => {
		failing.write = quotaExceeded;
		await userEvent.type(show(), 'Vraagt hulp');
		await screen.findByRole('alert');
		cleanup();
		// The last write on leaving the screen fails too: the storage is still full then.
		await wait(20);
		failing.write = undefined;
		const box = show();
		await vi.waitFor(() => expect(box).toHaveValue('Vraagt hulp'));
		await vi.waitFor(async () => expect(await storedTexts()).toEqual(['Vraagt hulp']));
		expect(localStorage.getItem(`wakker-unsaved-note:${exercise.id}:${assessorId}:${candidate.id}`)).toBeNull();
	});

	it('puts refused text into the note that was open, without a second note', async () => {
		const first = show();
		await userEvent.type(first, 'Zet');
		await vi.waitFor(async () => expect(await storedTexts()).toEqual(['Zet']));
		failing.write = quotaExceeded;
		await userEvent.type(first, ' de dozen');
		await screen.findByRole('alert');
		cleanup();
		// The last write on leaving the screen fails too: the storage is still full then.
		await wait(20);
		failing.write = undefined;
		const box = show(await listObservationsByAuthor(sessionId, exercise.id, assessorId));
		await vi.waitFor(() => expect(box).toHaveValue('Zet de dozen'));
		await vi.waitFor(async () => expect(await storedTexts()).toEqual(['Zet de dozen']));
	});
});
