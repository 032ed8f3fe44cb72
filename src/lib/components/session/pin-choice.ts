import type { AssessorChoice } from '$lib/engine/identity/pin';

/** How a screen chooses who uses the tablet: the name, and its PIN once asked for. */
export type AssessorChooser = (id: string, options: { pin?: string; name: string }) => Promise<AssessorChoice>;

/** A protected name waiting for its PIN, with what to say. */
export interface PendingPin {
	id: string;
	name: string;
	message: string;
}

/**
 * Chooses `id` (with `pin` when given) and says what to ask next: nothing when the name was taken, else the PIN
 * question or why it was refused. A choice that cannot be stored is said in Dutch, never thrown at the screen.
 */
export async function choosePinned(choose: AssessorChooser, assessors: readonly { id: string; name: string }[], id: string, pin?: string): Promise<PendingPin | undefined> {
	const name = assessors.find((a) => a.id === id)?.name ?? '';
	let result: AssessorChoice;
	try {
		result = await choose(id, { name, ...(pin === undefined ? {} : { pin }) });
	} catch {
		result = { ok: false, pin: 'wrong', message: 'Je keuze kon niet bewaard worden op dit toestel. Probeer het opnieuw.' };
	}
	return result.ok ? undefined : { id, name, message: result.message };
}
