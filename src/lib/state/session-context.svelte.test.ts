import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { AssessmentSession } from '$lib/engine/model';
import type { CompetencyProfile } from '$lib/engine/rubric';
import { CurrentAssessors } from './current-assessor.svelte';
import { createSessionContext, type SessionContext } from './session-context.svelte';
import type { SessionBundle } from './session-data.svelte';

const at = '2026-03-02T10:00:00.000Z';
const meta = { createdAt: at, updatedAt: at, deviceId: 'd', vv: {} };
function bundleOf(id: string, rubricVersionId = 'done-profiel@1.0.0'): SessionBundle {
	const session = { id, ...meta, name: `AC ${id}`, days: [], rubricVersionId, competencyIds: ['initiatief'], assessorIds: ['an'], leadAssessorId: 'an', observerIds: ['olga'] } as unknown as AssessmentSession;
	return { session, exercises: [], candidates: [], assessors: [], observers: [], assignments: [] };
}
const PROFILE = { id: 'done-profiel', competencies: [] } as unknown as CompetencyProfile;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

let stop: (() => void) | undefined;
afterEach(() => stop?.());

/** A context over memory: `bundles` plays the live query, `chosen` what the tablet remembers per session. */
function open(chosen: Record<string, string>) {
	let sessionId = $state('s1');
	let current = $state<SessionBundle | null | undefined>(undefined);
	const asked: string[] = [];
	const assessors = new CurrentAssessors({ get: async (id) => chosen[id], set: async () => {} });
	let context!: SessionContext;
	stop = $effect.root(() => {
		context = createSessionContext(() => sessionId, {
			bundle: () => ({ get current() { return current; }, isLoading: false, error: undefined }),
			profile: async (key) => {
				asked.push(key);
				return key.startsWith('done-profiel') ? PROFILE : undefined;
			},
			assessors
		});
	});
	return {
		context,
		asked,
		show: (value: SessionBundle | null | undefined) => (current = value),
		go: (id: string) => (sessionId = id)
	};
}

describe('the session context every step page reads', () => {
	it('knows who holds the tablet as an assessor and as an observer-in-training', async () => {
		const assessor = open({ s1: 'an' });
		assessor.show(bundleOf('s1'));
		flushSync();
		await settle();
		expect(assessor.context.assessorKnown).toBe(true);
		expect(assessor.context.assessorId).toBe('an');
		expect(assessor.context.memberId).toBe('an');
		stop?.();

		const observer = open({ s1: 'olga' });
		observer.show(bundleOf('s1'));
		flushSync();
		await settle();
		// An observer may write practice, but never counts as an assessor.
		expect(observer.context.memberId).toBe('olga');
		expect(observer.context.assessorId).toBeUndefined();
	});

	it('says it is still loading, or that the session is gone, and keeps the last one for a page being removed', async () => {
		const { context, show } = open({});
		expect(context.bundle).toBeUndefined();
		expect(() => context.loaded).toThrow();
		show(bundleOf('s1'));
		expect(context.loaded.session.id).toBe('s1');
		show(null);
		expect(context.bundle).toBeNull();
		expect(context.loaded.session.id).toBe('s1');
		await settle();
	});

	it('never shows the previous assessment-center as the next one while that loads', async () => {
		const { context, show, go } = open({ s1: 'an', s2: 'an' });
		show(bundleOf('s1'));
		flushSync();
		await settle();
		go('s2');
		flushSync();
		expect(context.sessionId).toBe('s2');
		expect(context.bundle).toBeUndefined();
		expect(context.assessorId).toBeUndefined();
		show(bundleOf('s2'));
		flushSync();
		await settle();
		expect(context.bundle?.session.id).toBe('s2');
		expect(context.assessorId).toBe('an');
	});

	it('reads the profile once per rubric version and names one that is not on this device', async () => {
		const { context, show, asked } = open({ s1: 'an' });
		show(bundleOf('s1'));
		flushSync();
		await settle();
		// Nobody asked for it yet: a page without competencies never pays for reading one.
		expect(asked).toEqual([]);
		context.useProfile();
		flushSync();
		await settle();
		expect(context.profile).toBe(PROFILE);
		expect(context.profileProblem).toBe('');
		// A save of the session changes the bundle, not the rubric version: no second read.
		show({ ...bundleOf('s1'), candidates: [] });
		flushSync();
		await settle();
		expect(asked).toEqual(['done-profiel@1.0.0']);

		show(bundleOf('s1', 'eigen-profiel@2.0.0'));
		flushSync();
		expect(context.profile).toBeUndefined();
		expect(context.profileProblem).toBe('');
		await settle();
		expect(context.profile).toBeUndefined();
		expect(context.profileProblem).toBe('Het competentieprofiel eigen-profiel@2.0.0 staat niet op dit toestel.');
	});
});
