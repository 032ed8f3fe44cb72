import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDatabase, WakkerDatabase } from './db';
import { createSession } from './sessions.repo';
import { addCandidate, listCandidates, updateCandidate } from './candidates.repo';

beforeEach(() => {
	useDatabase(new WakkerDatabase('test-' + crypto.randomUUID()));
});

describe('a candidate\'s functieprofiel', () => {
	const magazijn = { profilesKey: 'functieprofielen@1.0.0', jobId: 'magazijnmedewerker' };
	const keuken = { profilesKey: 'functieprofielen@1.0.0', jobId: 'keukenhulp' };

	async function setUp() {
		const session = await createSession({ name: 'AC voorjaar', location: 'Gent', days: [] });
		if (!session.ok) throw new Error(session.problems.join(' '));
		const added = await addCandidate(session.value.id, { name: 'Cas', jobTarget: 'magazijnier, liefst in de vroege ploeg', targetJob: magazijn });
		if (!added.ok) throw new Error(added.problems.join(' '));
		return { sessionId: session.value.id, id: added.value.id };
	}

	it('is stored next to the free-text job target, which keeps its nuance', async () => {
		const { sessionId } = await setUp();
		const [cas] = await listCandidates(sessionId);
		expect(cas).toMatchObject({ jobTarget: 'magazijnier, liefst in de vroege ploeg', targetJob: magazijn });
	});

	it('can be changed, is kept when another field changes, and is cleared without leaving an empty key', async () => {
		const { sessionId, id } = await setUp();
		await updateCandidate(id, { targetJob: keuken });
		await updateCandidate(id, { name: 'Cas Peeters' });
		expect((await listCandidates(sessionId))[0]).toMatchObject({ name: 'Cas Peeters', targetJob: keuken });
		const cleared = await updateCandidate(id, { targetJob: undefined });
		expect(cleared.ok).toBe(true);
		const [cas] = await listCandidates(sessionId);
		expect(cas && 'targetJob' in cas).toBe(false);
	});

	it('refuses a reference that is not one, in Dutch, and keeps the stored one', async () => {
		const { sessionId, id } = await setUp();
		const result = await updateCandidate(id, { targetJob: { profilesKey: '', jobId: 'Geen Slug!' } });
		expect(result.ok).toBe(false);
		if (!result.ok) for (const p of result.problems) expect(p).not.toMatch(/undefined|string|expected/i);
		expect((await listCandidates(sessionId))[0]?.targetJob).toEqual(magazijn);
	});
});
