import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { compareVersionVectors, type Bundle } from '$lib/engine/exchange';
import { DEMO_SEED, makeDemoAssessment } from '$lib/engine/demo';
import { DONE_COMPETENCY_IDS, makeTestProfile } from '$lib/engine/demo/test-profile.fixture';
import type { Observation } from '$lib/engine/model';
import { useDatabase, WakkerDatabase } from '../db';
import { getDeviceId, resetDeviceIdCache, touched } from '../record-meta';
import { fingerprintDatabase } from './dump';
import {
	applyImport,
	buildAssessorWorkBundle,
	buildBackupBundle,
	buildPersonExportBundle,
	buildSessionSetupBundle,
	countCandidateErasure,
	DEFAULT_RETENTION_MONTHS,
	eraseSession,
	listSessionsPastRetention,
	listYouthsPastRetention,
	setRetentionMonths,
	getRetentionMonths,
	retentionCutoff,
	describeRestore,
	eraseCandidate,
	listConflicts,
	previewImport,
	readBundleText,
	resolveConflict,
	restoreBackup,
	serializeBundle
} from './index';

const demo = makeDemoAssessment({ profile: makeTestProfile(DONE_COMPETENCY_IDS), seed: DEMO_SEED, now: '2026-03-20T10:00:00.000Z' });
let dbCount = 0;

/** A tablet: its own database (and so its own device id). */
function tablet(): WakkerDatabase {
	return new WakkerDatabase(`wakker-exchange-test-${++dbCount}`);
}
function use(db: WakkerDatabase): WakkerDatabase {
	useDatabase(db);
	resetDeviceIdCache();
	return db;
}
async function loadDemo(db: WakkerDatabase): Promise<void> {
	await db.transaction('rw', db.tables, async () => {
		await db.sessions.put(demo.session);
		await db.assessors.bulkPut(demo.assessors);
		await db.exercises.bulkPut(demo.exercises);
		await db.candidates.bulkPut(demo.candidates);
		await db.assignments.bulkPut(demo.assignments);
		await db.observations.bulkPut(demo.observations);
		await db.classifications.bulkPut(demo.classifications);
		await db.ratings.bulkPut(demo.ratings);
	});
}
/** Through the file text, as between real tablets. */
async function roundTrip(bundle: Bundle): Promise<Bundle> {
	const read = await readBundleText(serializeBundle(bundle));
	if (read.status !== 'ok') throw new Error('unexpected passphrase request');
	return read.bundle;
}

let lead: WakkerDatabase;
let tabletB: WakkerDatabase;
beforeEach(async () => {
	lead = use(tablet());
	await loadDemo(lead);
	tabletB = tablet();
});

describe('exchange between two tablets', () => {
	it('shares the set-up, brings an assessor’s notes back, and a second import changes nothing', async () => {
		const setup = await roundTrip(await buildSessionSetupBundle(demo.session.id));
		use(tabletB);
		const preview = await previewImport(setup);
		expect(preview.totals.add).toBe(1 + demo.assessors.length + demo.exercises.length + demo.candidates.length + demo.assignments.length);
		await applyImport(setup);
		expect(await tabletB.candidates.count()).toBe(demo.candidates.length);

		const assessor = demo.assessors[0]!;
		const note: Observation = { ...demo.observations[0]!, id: crypto.randomUUID(), authorId: assessor.id, text: 'Nieuwe notitie op tablet B', vv: { B: 1 } };
		await tabletB.observations.add(note);
		const work = await roundTrip(await buildAssessorWorkBundle(demo.session.id, assessor.id));
		expect(work.records.observations?.every((o) => o.authorId === assessor.id)).toBe(true);

		use(lead);
		const before = await fingerprintDatabase(lead);
		const workPreview = await previewImport(work);
		expect(workPreview.totals.add).toBe(1);
		expect(await fingerprintDatabase(lead)).toBe(before); // a preview changes nothing
		await applyImport(work);
		expect((await lead.observations.get(note.id))?.text).toBe('Nieuwe notitie op tablet B');

		const afterFirst = await fingerprintDatabase(lead);
		const second = await applyImport(work);
		expect(second.preview.changesNothing).toBe(true);
		expect(await fingerprintDatabase(lead)).toBe(afterFirst);
	});

	it('turns a note edited on both tablets into a conflict, keeps both, and resolves by choice', async () => {
		const setupAndWork = await roundTrip(await buildAssessorWorkBundle(demo.session.id));
		use(tabletB);
		await applyImport(setupAndWork);
		const original = demo.observations[0]!;
		await tabletB.observations.put({ ...(await touched(original)), text: 'Versie van tablet B' });
		const fromB = await roundTrip(await buildAssessorWorkBundle(demo.session.id, original.authorId));

		use(lead);
		await lead.observations.put({ ...(await touched(original)), text: 'Versie van de lead' });
		const preview = await previewImport(fromB);
		expect(preview.totals.conflict).toBe(1);
		expect(preview.conflicts[0]).toMatchObject({ local: 'Versie van de lead', incoming: 'Versie van tablet B' });
		await applyImport(fromB);
		expect((await lead.observations.get(original.id))?.text).toBe('Versie van de lead');
		const [conflict] = await listConflicts();
		expect(conflict).toMatchObject({ local: 'Versie van de lead', incoming: 'Versie van tablet B' });

		const unchanged = await fingerprintDatabase(lead);
		await applyImport(fromB);
		expect(await fingerprintDatabase(lead)).toBe(unchanged);

		await resolveConflict(conflict!.id, 'incoming');
		const resolved = (await lead.observations.get(original.id))!;
		expect(resolved.text).toBe('Versie van tablet B');
		expect(await listConflicts()).toEqual([]);
		const incomingVv = fromB.records.observations!.find((o) => o.id === original.id)!.vv as Record<string, number>;
		expect(compareVersionVectors(resolved.vv, incomingVv)).toBe('dominates');
		expect((await applyImport(fromB)).preview.changesNothing).toBe(true);
	});

	it('erases a candidate here, on the next tablet through a bundle, and never brings them back', async () => {
		const candidate = demo.candidates[0]!;
		const ownNotes = demo.observations.filter((o) => o.candidateId === candidate.id).length;
		const everything = await roundTrip(await buildAssessorWorkBundle(demo.session.id));
		use(tabletB);
		await applyImport(everything);
		const oldWorkOfB = await roundTrip(await buildAssessorWorkBundle(demo.session.id));

		use(lead);
		const counts = await countCandidateErasure(candidate.id);
		expect(counts.find((c) => c.table === 'observations')?.count).toBe(ownNotes);
		await eraseCandidate(candidate.id);
		expect(await lead.candidates.get(candidate.id)).toBeUndefined();
		expect(await lead.observations.where('[sessionId+candidateId]').equals([demo.session.id, candidate.id]).count()).toBe(0);
		const erasures = await lead.erasures.toArray();
		expect(erasures.some((e) => e.entityId === candidate.id)).toBe(true);
		expect(JSON.stringify(erasures)).not.toContain(candidate.name);

		// An older bundle from B still holds the candidate: importing it must not resurrect them.
		const resurrect = await applyImport(oldWorkOfB);
		expect(resurrect.preview.totals.erased).toBeGreaterThan(ownNotes);
		expect(await lead.candidates.get(candidate.id)).toBeUndefined();

		const setup = await roundTrip(await buildSessionSetupBundle(demo.session.id));
		use(tabletB);
		const result = await applyImport(setup);
		expect(result.erasedHere).toBeGreaterThan(ownNotes);
		expect(await tabletB.candidates.get(candidate.id)).toBeUndefined();
		expect(await tabletB.observations.where('[sessionId+candidateId]').equals([demo.session.id, candidate.id]).count()).toBe(0);
		expect(await tabletB.candidates.count()).toBe(demo.candidates.length - 1);
	});

	it('applies nothing at all when one record in the middle fails to store', async () => {
		const everything = await roundTrip(await buildAssessorWorkBundle(demo.session.id));
		use(tabletB);
		const failing = demo.ratings[Math.floor(demo.ratings.length / 2)]!.id;
		tabletB.ratings.hook('creating', (key) => {
			if (key === failing) throw new Error('opslag mislukt');
		});
		await getDeviceId(); // made once per tablet, before any import
		const before = await fingerprintDatabase(tabletB);
		await expect(applyImport(everything)).rejects.toThrow('opslag mislukt');
		expect(await fingerprintDatabase(tabletB)).toBe(before);
		expect(await tabletB.observations.count()).toBe(0);
	});

	it('refuses an assessor’s notes on a tablet without their assessment-center, and stores nothing', async () => {
		const work = await roundTrip(await buildAssessorWorkBundle(demo.session.id, demo.assessors[0]!.id));
		const setup = await roundTrip(await buildSessionSetupBundle(demo.session.id));
		use(tabletB);
		await getDeviceId();
		const before = await fingerprintDatabase(tabletB);
		const notes = work.records.observations!.length;
		const refusal = expect.objectContaining({
			code: 'missing-reference',
			message: expect.stringContaining(`${notes} notities, ${work.records.classifications!.length} klasseringen en ${work.records.ratings!.length} scores horen bij een assessment-center dat niet in dit bestand en niet op deze tablet staat`)
		});
		await expect(previewImport(work)).rejects.toThrow(refusal);
		await expect(applyImport(work)).rejects.toThrow(refusal);
		expect(await fingerprintDatabase(tabletB)).toBe(before);

		// Once the set-up is here, the same file fits.
		await applyImport(setup);
		expect((await applyImport(work)).preview.totals.add).toBe(notes + work.records.classifications!.length + work.records.ratings!.length);
	});

	it('looks at the tablet again on "Inladen": a file that fitted at the preview is refused once its assessment-center is gone', async () => {
		const work = await roundTrip(await buildAssessorWorkBundle(demo.session.id, demo.assessors[0]!.id));
		const setup = await roundTrip(await buildSessionSetupBundle(demo.session.id));
		use(tabletB);
		await applyImport(setup);
		expect((await previewImport(work)).totals.add).toBeGreaterThan(0);
		await tabletB.sessions.delete(demo.session.id);
		const before = await fingerprintDatabase(tabletB);
		await expect(applyImport(work)).rejects.toThrow(
			expect.objectContaining({ code: 'missing-reference', message: expect.stringContaining('horen bij een assessment-center dat niet in dit bestand en niet op deze tablet staat') })
		);
		expect(await fingerprintDatabase(tabletB)).toBe(before);
	});

	it('refuses a bundle with a note dated in the year 9999, and stores nothing', async () => {
		const everything = await roundTrip(await buildAssessorWorkBundle(demo.session.id));
		const notes = everything.records.observations!.map((o, i) => (i === 3 ? { ...o, observedAt: '9999-12-31T00:00:00.000Z' } : o));
		use(tabletB);
		await getDeviceId();
		const before = await fingerprintDatabase(tabletB);
		await expect(applyImport({ ...everything, records: { ...everything.records, observations: notes } })).rejects.toMatchObject({
			code: 'impossible-date',
			message: expect.stringContaining('Notities: 1 datum "waargenomen op" kan niet (bv. 31-12-9999)')
		});
		expect(await fingerprintDatabase(tabletB)).toBe(before);
	});

	it('refuses to import a person export', async () => {
		const person = await roundTrip(await buildPersonExportBundle(demo.candidates[0]!.id));
		await expect(applyImport(person)).rejects.toMatchObject({ code: 'wrong-kind' });
	});
});

describe('drafts never travel', () => {
	/** One of the demo's submitted ratings turned back into a draft on this tablet, with a level the draft alone knows. */
	async function makeDraft(db: WakkerDatabase) {
		const rating = demo.ratings[0]!;
		const { submittedAt: _submitted, ...rest } = { ...(await touched(rating)), level: 'zeer-goed' as const };
		await db.ratings.put(rest);
		return rest;
	}

	it('leaves drafts out of an assessor’s work and out of the full export, but a backup of the own tablet keeps them', async () => {
		const draft = await makeDraft(lead);
		const own = await buildAssessorWorkBundle(demo.session.id, draft.authorId);
		const full = await buildAssessorWorkBundle(demo.session.id);
		for (const bundle of [own, full]) {
			expect(bundle.records.ratings!.length).toBeGreaterThan(0);
			expect(bundle.records.ratings!.every((r) => typeof r.submittedAt === 'string')).toBe(true);
			expect(bundle.records.ratings!.some((r) => r.id === draft.id)).toBe(false);
		}
		expect(own.records.ratings).toHaveLength(demo.ratings.filter((r) => r.authorId === draft.authorId).length - 1);
		const backup = await buildBackupBundle();
		expect(backup.records.ratings!.find((r) => r.id === draft.id)).toMatchObject({ level: 'zeer-goed' });
		expect(backup.records.ratings!.find((r) => r.id === draft.id)?.submittedAt).toBeUndefined();
	});

	it('never imports a draft a file still holds, says so, and keeps the submitted rating here', async () => {
		const everything = await roundTrip(await buildAssessorWorkBundle(demo.session.id));
		use(tabletB);
		await applyImport(everything);

		// Back on the lead's tablet the first rating becomes a draft again; a backup merged as an import carries it.
		use(lead);
		const draft = await makeDraft(lead);
		const backup = await roundTrip(await buildBackupBundle());
		const setup = await roundTrip(await buildSessionSetupBundle(demo.session.id));
		use(tabletB);
		const preview = await previewImport(backup);
		expect(preview.draftsLeftOut).toBe(1);
		const result = await applyImport(backup);
		expect(result.preview.draftsLeftOut).toBe(1);
		const here = await tabletB.ratings.get(draft.id);
		expect(here?.submittedAt).toBeDefined();
		expect(here?.level).toBe(demo.ratings[0]!.level);

		// On a tablet that never had the rating, the draft does not arrive at all.
		const fresh = use(tablet());
		await applyImport(setup);
		await applyImport(backup);
		expect(await fresh.ratings.get(draft.id)).toBeUndefined();
		expect(await fresh.ratings.count()).toBe(demo.ratings.length - 1);
	});
});

describe('backup and restore', () => {
	it('restores the database exactly as it was, after saying what will be replaced', async () => {
		const backup = await roundTrip(await buildBackupBundle());
		const before = await fingerprintDatabase(lead);
		await lead.observations.clear();
		await lead.candidates.put({ ...demo.candidates[0]!, id: crypto.randomUUID(), name: 'Later toegevoegd' });
		const { rows, staysErased } = await describeRestore(backup);
		expect(staysErased).toEqual([]);
		expect(rows.find((r) => r.table === 'observations')).toMatchObject({ current: 0, incoming: demo.observations.length });
		expect(rows.find((r) => r.table === 'candidates')).toMatchObject({ current: demo.candidates.length + 1, incoming: demo.candidates.length });
		await restoreBackup(backup);
		expect(await fingerprintDatabase(lead)).toBe(before);
	});

	it('counts only the settings a restore replaces: never "Instellingen −1" on a tablet without any', async () => {
		await lead.settings.put({ key: 'toci-draft:new-action:e1', value: { text: 'Half getypt' } });
		const backup = await roundTrip(await buildBackupBundle());
		const fresh = use(tablet());
		await fresh.settings.clear();
		const { rows } = await describeRestore(backup);
		expect(rows.every((r) => r.current >= 0 && r.incoming >= 0)).toBe(true);
		expect(rows.find((r) => r.table === 'settings')).toMatchObject({ current: 0, incoming: 1 });
	});

	it('keeps an erased candidate erased when an older backup replaces everything, and says so first', async () => {
		const candidate = demo.candidates[0]!;
		const backup = await roundTrip(await buildBackupBundle());
		await eraseCandidate(candidate.id);
		const erasuresBefore = await lead.erasures.count();

		const summary = await describeRestore(backup);
		expect(summary.staysErased).toEqual([{ role: 'kandidaat', name: candidate.name }]);
		expect(summary.leftOutRecords).toBeGreaterThan(demo.observations.filter((o) => o.candidateId === candidate.id).length);
		expect(summary.rows.find((r) => r.table === 'candidates')).toMatchObject({ current: demo.candidates.length - 1, incoming: demo.candidates.length - 1 });

		await restoreBackup(backup);
		expect(await lead.candidates.get(candidate.id)).toBeUndefined();
		expect(await lead.observations.where('[sessionId+candidateId]').equals([demo.session.id, candidate.id]).count()).toBe(0);
		expect(await lead.ratings.filter((r) => r.candidateId === candidate.id).count()).toBe(0);
		expect(await lead.candidates.count()).toBe(demo.candidates.length - 1);
		expect(await lead.erasures.count()).toBe(erasuresBefore); // the erasures made here are kept
		// The rest of the backup is back as it was.
		expect(await lead.observations.count()).toBe(demo.observations.filter((o) => o.candidateId !== candidate.id).length);
	});

	it('refuses to restore anything but a backup', async () => {
		const setup = await roundTrip(await buildSessionSetupBundle(demo.session.id));
		await expect(restoreBackup(setup)).rejects.toMatchObject({ code: 'wrong-kind' });
	});
});

describe('person export', () => {
	it('holds everything about one candidate and nothing about the others', async () => {
		const candidate = demo.candidates[1]!;
		const text = serializeBundle(await buildPersonExportBundle(candidate.id));
		const person = JSON.parse(text) as Bundle;
		expect(person.kind).toBe('person-export');
		expect(text).toContain('\n  '); // indented: readable in any text editor
		expect(person.records.candidates).toEqual([candidate]);
		expect(person.records.observations).toHaveLength(demo.observations.filter((o) => o.candidateId === candidate.id).length);
		expect(person.records.ratings!.every((r) => r.candidateId === candidate.id)).toBe(true);
		for (const other of demo.candidates.filter((c) => c.id !== candidate.id)) expect(text).not.toContain(other.name);
	});
});

describe('retention', () => {
	it('lists sessions whose last day is older than the period and erases one only on request', async () => {
		const old = { ...demo.session, id: crypto.randomUUID(), name: 'Oud AC', days: [{ id: crypto.randomUUID(), date: '2023-01-10', label: '' }] };
		await lead.sessions.put(old);
		const listed = await listSessionsPastRetention(new Date('2026-03-20T10:00:00Z'), DEFAULT_RETENTION_MONTHS);
		expect(listed.map((s) => s.name)).toEqual(['Oud AC']);
		expect(await lead.sessions.get(old.id)).toBeDefined(); // listing never deletes
		expect(retentionCutoff(new Date('2026-03-20T10:00:00Z'), 24)).toBe('2024-03-20');
		await lead.settings.put({ key: `ikBen:${old.id}`, value: crypto.randomUUID() });
		await eraseSession(old.id);
		expect(await lead.sessions.get(old.id)).toBeUndefined();
		expect(await lead.settings.get(`ikBen:${old.id}`)).toBeUndefined();
		expect(await lead.sessions.get(demo.session.id)).toBeDefined();
		expect(await lead.erasures.where('entityId').equals(old.id).count()).toBe(1);
	});

	it('covers TOCI and PDP data: a youth past the period is listed, a recent PDP follow-up keeps an old assessment-center', async () => {
		const now = new Date('2026-03-20T10:00:00Z');
		const meta = (at: string) => ({ id: crypto.randomUUID(), createdAt: at, updatedAt: at, vv: { t: 1 } });
		const youth = { ...meta('2023-05-01T10:00:00Z'), name: 'Yasmine', jobTarget: '', coachAssessorIds: [], code: 'J1' };
		const recent = { ...meta('2023-05-01T10:00:00Z'), name: 'Mo', jobTarget: '', coachAssessorIds: [], code: 'J2' };
		await lead.candidates.bulkPut([youth, recent]);
		const evaluation = (candidateId: string, date: string) => ({ ...meta(`${date}T10:00:00Z`), candidateId, instrumentVersionId: 'toci@1.0.0', date, mentorName: '', self: {}, mentor: {}, coach: {}, mastered: [] });
		await lead.tociEvaluations.bulkPut([evaluation(youth.id, '2023-06-01'), evaluation(recent.id, '2023-06-01'), evaluation(recent.id, '2025-11-10')]);
		expect(await listYouthsPastRetention(now, 24)).toMatchObject([{ name: 'Yasmine', lastDate: '2023-06-01', evaluationCount: 1, pdpCount: 0 }]);

		const old = { ...demo.session, id: crypto.randomUUID(), name: 'Oud AC', days: [{ id: crypto.randomUUID(), date: '2023-01-10', label: '' }] };
		const candidate = { ...meta('2023-01-10T10:00:00Z'), sessionId: old.id, name: 'Kim', jobTarget: '', coachAssessorIds: [], code: 'K1' };
		await lead.sessions.put(old);
		await lead.candidates.put(candidate);
		await lead.pdps.put({ ...meta('2026-02-01T10:00:00Z'), candidateId: candidate.id, sessionId: old.id, title: 'PDP Kim', needs: [], resources: [] });
		expect((await listSessionsPastRetention(now, 24)).map((s) => s.name)).not.toContain('Oud AC');
	});

	it('keeps the period as a setting of the tablet, refusing what is not a whole number of months', async () => {
		expect(await getRetentionMonths()).toBe(DEFAULT_RETENTION_MONTHS);
		expect(await setRetentionMonths('36')).toEqual({ ok: true, value: 36 });
		expect(await getRetentionMonths()).toBe(36);
		for (const bad of ['0', '2,5', '-3', 'twee jaar', '', '121'])
			expect(await setRetentionMonths(bad)).toEqual({ ok: false, problems: ['Vul een bewaartermijn in van 1 tot 120 maanden, als geheel getal.'] });
		expect(await getRetentionMonths()).toBe(36);
	});
});
