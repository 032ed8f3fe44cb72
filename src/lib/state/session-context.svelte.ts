import { getContext, setContext } from 'svelte';
import type { CompetencyProfile } from '$lib/engine/rubric';
import { sessionMemberIds } from '$lib/engine/consensus/who-counts';
import { handleError } from './app-problem.svelte';
import type { LiveState } from '$lib/db/live.svelte';
import { currentAssessors, type AssessorChoice, type CurrentAssessors } from './current-assessor.svelte';
import { sessionBundleState, type SessionBundle } from './session-data.svelte';
import { loadSessionProfile } from './session-rubrics';

/** What every page of one assessment-center reads: given once by `sessies/[id]/+layout.svelte`. */
export interface SessionContext {
	readonly sessionId: string;
	/** `undefined` while loading, `null` when the session does not exist (or was deleted). */
	readonly bundle: SessionBundle | null | undefined;
	/** The bundle on a page the layout renders only once it exists. */
	readonly loaded: SessionBundle;
	/** Whether the stored "Ik ben: …" choice was read: before that, pages wait instead of asking. */
	readonly assessorKnown: boolean;
	/** The one holding the tablet when they are one of the session's assessors: who counts. */
	readonly assessorId: string | undefined;
	/** The one holding the tablet as an assessor or an observer-in-training: who may write practice. */
	readonly memberId: string | undefined;
	/** Asks for the profile: a page that shows it calls this once while it is set up. */
	useProfile(): void;
	/** The competency profile the session uses (after `useProfile`); `undefined` while it loads or when it is not on this device. */
	readonly profile: CompetencyProfile | undefined;
	/** A Dutch sentence when the session's profile is not on this device. */
	readonly profileProblem: string;
	choose(assessorId: string | undefined, options?: { pin?: string; name?: string }): Promise<AssessorChoice>;
}

const KEY = Symbol('session-context');

/** Where the context reads from: the database in the app, memory in tests. */
export interface SessionContextStorage {
	bundle: (sessionId: () => string) => LiveState<SessionBundle | null>;
	profile: (rubricVersionId: string) => Promise<CompetencyProfile | undefined>;
	assessors: CurrentAssessors;
}

const DATABASE: SessionContextStorage = { bundle: sessionBundleState, profile: loadSessionProfile, assessors: currentAssessors };

/** Gives the context of the session `sessionId()` to every page below the calling layout. */
export function provideSessionContext(sessionId: () => string): SessionContext {
	const context = createSessionContext(sessionId);
	setContext(KEY, context);
	return context;
}

/** The context of the session `sessionId()`, kept up to date while the calling component (or effect root) lives. */
export function createSessionContext(sessionId: () => string, storage: SessionContextStorage = DATABASE): SessionContext {
	const { assessors } = storage;
	const bundle = storage.bundle(sessionId);
	// Raw: a profile is read-only data, replaced whole, never proxied field by field.
	let profile = $state.raw<{ for: string; value: CompetencyProfile | undefined }>();
	let last: SessionBundle | undefined;
	// Going from one assessment-center to another keeps the layout: the previous one is never shown as this one.
	const current = () => {
		const value = bundle.current;
		return value && value.session.id !== sessionId() ? undefined : value;
	};

	$effect(() => {
		handleError(assessors.load(sessionId()));
	});
	// A derived string: the profile is read again only when the key itself changes, not on every save.
	const rubricKey = $derived(current()?.session.rubricVersionId);
	// Read only once a page that shows competencies asks: the overview, the report page and the eindbeoordeling
	// never pay for loading and checking a profile they do not use.
	let wanted = $state(false);
	$effect(() => {
		const key = rubricKey;
		if (!key || !wanted) return;
		handleError(storage.profile(key).then((value) => (profile = { for: key, value })));
	});

	const context: SessionContext = {
		get sessionId() {
			return sessionId();
		},
		get bundle() {
			return current();
		},
		get loaded() {
			// The last one read while the layout swaps a page away, so a page being removed never reads nothing.
			const value = current();
			if (value) last = value;
			if (!last) throw new Error('session context read before the session was loaded');
			return last;
		},
		get assessorKnown() {
			return assessors.isLoaded(sessionId());
		},
		get assessorId() {
			return assessors.idIn(sessionId(), current()?.session.assessorIds);
		},
		get memberId() {
			const value = current();
			return assessors.idIn(sessionId(), value ? sessionMemberIds(value.session) : undefined);
		},
		get profile() {
			return profile && profile.for === rubricKey ? profile.value : undefined;
		},
		get profileProblem() {
			return profile && profile.for === rubricKey && !profile.value ? `Het competentieprofiel ${rubricKey} staat niet op dit toestel.` : '';
		},
		useProfile: () => {
			wanted = true;
		},
		choose: (assessorId, options) => assessors.choose(sessionId(), assessorId, options)
	};
	return context;
}

/** The context of the assessment-center whose page this is. */
export function sessionContext(): SessionContext {
	const context = getContext<SessionContext | undefined>(KEY);
	if (!context) throw new Error('sessionContext() used outside sessies/[id]');
	return context;
}
