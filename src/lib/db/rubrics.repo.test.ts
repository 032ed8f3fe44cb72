import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { liveQuery } from 'dexie';
import { useDatabase, WakkerDatabase } from './db';
import {
	compareVersions,
	ensureBuiltinRubrics,
	getCompetencyProfile,
	getLatestRubric,
	getPdpSchema,
	getRubricVersion,
	importRubricFile,
	listRubricVersions,
	listTargetJobEntries
} from './rubrics.repo';
import { listBuiltinRubricFileNames } from '$lib/rubrics/builtin';

let db: WakkerDatabase;
beforeEach(() => {
	db = new WakkerDatabase('test-' + crypto.randomUUID());
	useDatabase(db);
});

function ownProfile(version: string, definition = 'Komt op tijd en meldt zich aan bij de ploegbaas.') {
	return JSON.stringify({
		kind: 'competency-profile',
		id: 'eigen-profiel',
		version,
		title: 'Eigen profiel',
		description: '',
		language: 'nl-BE',
		source: 'Eigen organisatie',
		scale: 'sam',
		competencies: [
			{
				id: 'stiptheid',
				name: 'Stiptheid',
				tier: 'kern',
				definition,
				provenance: 'user',
				indicators: [
					{
						id: 'aankomst',
						behaviour: 'Op tijd komen',
						levels: { onvoldoende: 'Komt te laat.', matig: 'Komt soms te laat.', goed: 'Komt op tijd.', 'zeer-goed': 'Komt op tijd en is klaar.' }
					}
				]
			}
		]
	});
}

describe('ensureBuiltinRubrics', () => {
	it('stores every built-in rubric once, as id@version with a SHA-256 content hash', async () => {
		const first = await ensureBuiltinRubrics();
		expect(first.added).toHaveLength(listBuiltinRubricFileNames().length);
		const profile = await getRubricVersion('done-profiel@1.0.0');
		expect(profile).toMatchObject({ rubricId: 'done-profiel', version: '1.0.0', kind: 'competency-profile', origin: 'builtin' });
		expect(profile?.contentHash).toMatch(/^[0-9a-f]{64}$/);
		expect(await db.rubricVersions.count()).toBe(first.added.length);
	});

	it('does not add or change anything when the rubrics are already stored', async () => {
		await ensureBuiltinRubrics();
		const before = await db.rubricVersions.toArray();
		// A second database object on the same storage: the memo does not apply, the check does.
		const again = new WakkerDatabase(db.name);
		useDatabase(again);
		const summary = await ensureBuiltinRubrics();
		expect(summary).toEqual({ added: [], conflicting: [] });
		expect(await again.rubricVersions.toArray()).toEqual(before);
	});

	it('keeps a stored version whose content differs and reports it, also on the next start', async () => {
		await ensureBuiltinRubrics();
		const stored = (await getRubricVersion('done-profiel@1.0.0'))!;
		// Another tablet (another build) sent the same id@version with other content before this one stored its own.
		const other = new WakkerDatabase('test-' + crypto.randomUUID());
		await other.rubricVersions.put({ ...stored, contentHash: 'x'.repeat(64) });
		useDatabase(other);
		const summary = await ensureBuiltinRubrics();
		expect(summary.conflicting).toEqual(['done-profiel@1.0.0']);
		expect((await getRubricVersion('done-profiel@1.0.0'))?.contentHash).toBe('x'.repeat(64));
		// The next start skips the work but still knows what differed.
		useDatabase(new WakkerDatabase(other.name));
		expect(await ensureBuiltinRubrics()).toEqual({ added: [], conflicting: ['done-profiel@1.0.0'] });
	});

	it('remembers on this device which built-in files it stored, and stores them again when one went missing', async () => {
		await ensureBuiltinRubrics();
		const marker = await db.settings.get('builtinRubrics');
		expect(marker?.value).toMatchObject({ fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/), conflicting: [] });
		expect((marker?.value as { keys: string[] }).keys).toHaveLength(listBuiltinRubricFileNames().length);
		// A restore that replaced everything left one out: the next start puts it back.
		await db.rubricVersions.delete('toci@1.0.0');
		useDatabase(new WakkerDatabase(db.name));
		expect((await ensureBuiltinRubrics()).added).toEqual(['toci@1.0.0']);
	});

	it('is done by opening the database, so readers find the rubrics without asking for them', async () => {
		const { openDatabase } = await import('./open');
		const fresh = new WakkerDatabase('test-' + crypto.randomUUID());
		useDatabase(fresh);
		expect(await openDatabase(fresh)).toEqual({ ok: true });
		expect(await fresh.rubricVersions.count()).toBe(listBuiltinRubricFileNames().length);
		// A reader on a database nobody opened through the app stores them first too.
		useDatabase(new WakkerDatabase('test-' + crypto.randomUUID()));
		expect((await getCompetencyProfile('done-profiel@1.0.0'))?.competencies).toHaveLength(18);
	});
});

describe('reading rubrics', () => {
	it('keeps a live list following changes once the built-in rubrics are stored', async () => {
		await ensureBuiltinRubrics();
		const seen: number[] = [];
		const subscription = liveQuery(() => listRubricVersions()).subscribe((list) => seen.push(list.length));
		try {
			await expect.poll(() => seen.at(-1)).toBe(listBuiltinRubricFileNames().length);
			expect((await importRubricFile(ownProfile('1.0.0'), 'eigen.json')).ok).toBe(true);
			await expect.poll(() => seen.at(-1)).toBe(listBuiltinRubricFileNames().length + 1);
		} finally {
			subscription.unsubscribe();
		}
	});

	it('gives typed content only for the expected kind', async () => {
		await ensureBuiltinRubrics();
		const profile = await getCompetencyProfile('done-profiel@1.0.0');
		expect(profile?.competencies).toHaveLength(18);
		expect(await getPdpSchema('done-profiel@1.0.0')).toBeUndefined();
		expect(await getCompetencyProfile('bestaat-niet@1.0.0')).toBeUndefined();
	});

	it('lists versions, optionally of one kind', async () => {
		await ensureBuiltinRubrics();
		const profiles = await listRubricVersions('competency-profile');
		expect(profiles.map((r) => r.id)).toEqual(['done-profiel@1.0.0']);
		expect((await listRubricVersions()).length).toBe(listBuiltinRubricFileNames().length);
	});

	it('finds the newest version numerically (1.10.0 after 1.9.0)', async () => {
		await importRubricFile(ownProfile('1.9.0'), 'a.json');
		await importRubricFile(ownProfile('1.10.0'), 'b.json');
		await importRubricFile(ownProfile('1.2.0'), 'c.json');
		expect((await getLatestRubric('eigen-profiel'))?.version).toBe('1.10.0');
		expect(await getLatestRubric('onbekend')).toBeUndefined();
	});
});

describe('importRubricFile', () => {
	it('stores a valid file as an imported version', async () => {
		const result = await importRubricFile(ownProfile('1.0.0'), 'eigen.json');
		expect(result).toMatchObject({ ok: true, added: true, record: { id: 'eigen-profiel@1.0.0', origin: 'imported' } });
		expect(await getRubricVersion('eigen-profiel@1.0.0')).toBeDefined();
	});

	it('refuses an invalid file with the Dutch validation messages and changes nothing', async () => {
		await ensureBuiltinRubrics();
		const before = await db.rubricVersions.count();
		const broken = JSON.parse(ownProfile('1.0.0'));
		delete broken.title;
		broken.competencies[0].tier = 'hoofd';
		const result = await importRubricFile(JSON.stringify(broken), 'kapot.json');
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.problems.some((p) => p.startsWith('kapot.json: title: ') && p.includes('ontbreekt'))).toBe(true);
			expect(result.problems.some((p) => p.startsWith('kapot.json: competencies[0].tier: '))).toBe(true);
		}
		expect(await db.rubricVersions.count()).toBe(before);
	});

	it('refuses text that is not JSON', async () => {
		const result = await importRubricFile('{ kapot', 'kapot.json');
		expect(result.ok ? [] : result.problems[0]).toMatch(/^kapot\.json: geen geldige JSON/);
	});

	it('refuses the same id@version with other content, keeping the stored one', async () => {
		await importRubricFile(ownProfile('1.0.0'), 'eigen.json');
		const result = await importRubricFile(ownProfile('1.0.0', 'Een andere omschrijving.'), 'eigen-gewijzigd.json');
		expect(result).toEqual({
			ok: false,
			problems: ['eigen-gewijzigd.json: Versie eigen-profiel@1.0.0 bestaat al met andere inhoud; geef je bestand een nieuw versienummer.']
		});
		const stored = await getCompetencyProfile('eigen-profiel@1.0.0');
		expect(stored?.competencies[0]?.definition).toBe('Komt op tijd en meldt zich aan bij de ploegbaas.');
	});

	it('treats the same content again as a no-op with a message, also with other key order and spacing', async () => {
		const first = await importRubricFile(ownProfile('1.0.0'), 'eigen.json');
		const reordered = JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(ownProfile('1.0.0'))).reverse()), null, 2);
		const second = await importRubricFile(reordered, 'eigen-kopie.json');
		expect(second).toMatchObject({ ok: true, added: false, message: expect.stringContaining('niets veranderd') });
		if (first.ok && second.ok) expect(second.record.storedAt).toBe(first.record.storedAt);
		// The built-in rubrics (stored before any import) and the one imported file.
		expect(await db.rubricVersions.count()).toBe(listBuiltinRubricFileNames().length + 1);
	});

	it('refuses a new version of a built-in rubric only when its id@version is taken', async () => {
		await ensureBuiltinRubrics();
		const builtin = (await getRubricVersion('done-profiel@1.0.0'))!.content;
		const edited = { ...builtin, title: 'Aangepast profiel' };
		const refused = await importRubricFile(JSON.stringify(edited), 'done.json');
		expect(refused.ok).toBe(false);
		const accepted = await importRubricFile(JSON.stringify({ ...edited, version: '1.1.0' }), 'done.json');
		expect(accepted.ok).toBe(true);
		expect((await getLatestRubric('done-profiel'))?.title).toBe('Aangepast profiel');
	});
});

describe('compareVersions', () => {
	it.each([
		['1.0.0', '1.0.0', 0],
		['1.10.0', '1.9.0', 1],
		['2.0.0', '10.0.0', -1],
		['1.0.1', '1.0.0', 1]
	])('%s vs %s', (a, b, sign) => {
		expect(Math.sign(compareVersions(a, b))).toBe(sign);
	});
});

describe('importing functieprofielen', () => {
	function ownJobs(requirements: { competencyId: string; level: string; reason: string }[], profile = { id: 'eigen-profiel', version: '1.0.0' }) {
		return JSON.stringify({
			kind: 'target-profiles',
			id: 'eigen-jobs',
			version: '1.0.0',
			title: 'Eigen functieprofielen',
			description: '',
			language: 'nl-BE',
			source: 'Eigen organisatie',
			profile,
			jobs: [{ id: 'nachtwaker', job: 'Nachtwaker', sector: 'Bewaking', tasks: 'Rondes lopen.', provenance: 'user', requirements }]
		});
	}

	it('stores jobs that name every competency of a stored profile, and lists them with the file they come from', async () => {
		await importRubricFile(ownProfile('1.0.0'), 'eigen.json');
		const result = await importRubricFile(ownJobs([{ competencyId: 'stiptheid', level: 'zeer-goed', reason: 'Een ronde begint op het uur.' }]), 'jobs.json');
		expect(result.ok).toBe(true);
		const entries = (await listTargetJobEntries()).filter((e) => e.profilesKey === 'eigen-jobs@1.0.0');
		expect(entries.map((e) => [e.job.job, e.profileKey])).toEqual([['Nachtwaker', 'eigen-profiel@1.0.0']]);
	});

	it('refuses jobs for a competency profile that is not stored here, saying which to import first, and stores nothing', async () => {
		await ensureBuiltinRubrics();
		const before = await db.rubricVersions.count();
		const result = await importRubricFile(ownJobs([{ competencyId: 'stiptheid', level: 'goed', reason: 'Op tijd.' }]), 'jobs.json');
		expect(result).toEqual({
			ok: false,
			problems: ['jobs.json: verwijst naar competentieprofiel eigen-profiel@1.0.0, dat hier niet bewaard is; importeer dat profiel eerst']
		});
		expect(await db.rubricVersions.count()).toBe(before);
	});

	it('refuses a job that names an unknown competency or leaves one out, in Dutch', async () => {
		await importRubricFile(ownProfile('1.0.0'), 'eigen.json');
		const unknown = await importRubricFile(
			ownJobs([
				{ competencyId: 'stiptheid', level: 'goed', reason: 'Op tijd.' },
				{ competencyId: 'jongleren', level: 'goed', reason: 'Circus.' }
			]),
			'jobs.json'
		);
		expect(unknown.ok ? [] : unknown.problems).toEqual(['jobs.json: Nachtwaker: onbekende competentie "jongleren"']);
		await importRubricFile(ownProfile('1.1.0'), 'eigen.json');
		const empty = await importRubricFile(ownJobs([{ competencyId: 'jongleren', level: 'niet-van-belang', reason: 'Circus.' }], { id: 'eigen-profiel', version: '1.1.0' }), 'jobs.json');
		expect(empty.ok ? [] : empty.problems).toEqual([
			'jobs.json: Nachtwaker: onbekende competentie "jongleren"',
			'jobs.json: Nachtwaker: geef ook een niveau (of "niet van belang") voor "stiptheid"'
		]);
		expect(await getRubricVersion('eigen-jobs@1.0.0')).toBeUndefined();
	});

	it('the built-in functieprofielen name exactly the 18 DOne competencies', async () => {
		await ensureBuiltinRubrics();
		const entries = (await listTargetJobEntries()).filter((e) => e.profilesKey === 'functieprofielen@1.0.0');
		expect(entries.map((e) => e.job.id)).toEqual(['magazijnmedewerker', 'fietshersteller', 'keukenhulp', 'schoonmaker', 'groenarbeider']);
		for (const e of entries) expect(e.job.requirements).toHaveLength(18);
	});
});
