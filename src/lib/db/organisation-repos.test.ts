import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, useDatabase, WakkerDatabase } from './db';
import { newMeta, resetDeviceIdCache } from './record-meta';
import { createOrganisation, listOrganisations, setKpiBaselinePeriod, setKpiTracked, setTrackedKpis } from './organisations.repo';
import { addParticipant, createMeasurement, deleteMeasurement, listMeasurements, removeParticipant, restoreParticipant, saveReflection, setParticipantScore, setTeamScore } from './checklist.repo';
import { clearKpiValue, closeKpiPeriod, listCountedDates, listKpiClosures, listKpiEntries, listOrganisationCounts, reopenKpiPeriod, setKpiValue } from './kpi.repo';
import { eraseCandidate } from './bundle/erase';
import { buildKpiTable } from '$lib/engine/organisation/kpi-table';
import { closedPeriods } from '$lib/engine/organisation/kpi-closure';
import { loadKpiList } from '$lib/engine/organisation/organisation.fixture';
import { addAction, deleteAction, listActions, moveAction, recordActionStatus, restoreAction, updateAction } from './actions.repo';

let dbCount = 0;
beforeEach(() => {
	useDatabase(new WakkerDatabase(`wakker-org-test-${++dbCount}`));
	resetDeviceIdCache();
});

async function org(name = 'Werkhaven') {
	const result = await createOrganisation(name);
	if (!result.ok) throw new Error(result.problems.join());
	return result.value;
}

describe('organisations.repo', () => {
	it.each([
		['', 'Naam mag niet leeg zijn.'],
		['x'.repeat(10_000), 'Naam is te lang (maximaal 200 tekens).']
	])('refuses the name %j with a Dutch message and stores nothing', async (name, message) => {
		const result = await createOrganisation(name);
		expect(result).toEqual({ ok: false, problems: [message] });
		expect(await listOrganisations()).toEqual([]);
	});

	it('stores a name with <script> as plain text and keeps tracked KPIs and the baseline period', async () => {
		const o = await org('<script>alert(1)</script> vzw');
		await setTrackedKpis(o.id, ['doorstromingen', 'doorstromingen', 'assessments']);
		expect(await setKpiBaselinePeriod(o.id, '2026-13')).toMatchObject({ ok: false });
		await setKpiBaselinePeriod(o.id, '2026-Q1');
		const [stored] = await listOrganisations();
		expect(stored).toMatchObject({ name: '<script>alert(1)</script> vzw', kpiTracked: ['doorstromingen', 'assessments'], kpiBaselinePeriod: '2026-Q1' });
	});
});

describe('tracked KPIs', () => {
	it('keeps every one of several quick toggles, in list order', async () => {
		const o = await org();
		const order = ['assessments', 'sollicitatieacties', 'doorstromingen'];
		await Promise.all([setKpiTracked(o.id, 'doorstromingen', true, order), setKpiTracked(o.id, 'assessments', true, order), setKpiTracked(o.id, 'sollicitatieacties', true, order)]);
		await setKpiTracked(o.id, 'sollicitatieacties', false, order);
		expect((await listOrganisations())[0]!.kpiTracked).toEqual(['assessments', 'doorstromingen']);
	});
});

describe('checklist.repo', () => {
	it('makes the first measurement the nulmeting, and the next one when it is deleted', async () => {
		const o = await org();
		const first = await createMeasurement({ organisationId: o.id, checklistVersionId: 'doorstroomklaar@1.0.0', date: '2026-01-10', label: 'Nulmeting' });
		const second = await createMeasurement({ organisationId: o.id, checklistVersionId: 'doorstroomklaar@1.0.0', date: '2026-06-10', label: 'Na zes maanden' });
		expect(first.ok && first.value.isBaseline).toBe(true);
		expect(second.ok && second.value.isBaseline).toBe(false);
		if (first.ok) await deleteMeasurement(first.value.id);
		const left = await listMeasurements(o.id);
		expect(left.map((m) => [m.label, m.isBaseline])).toEqual([['Na zes maanden', true]]);
	});

	it('starts a repeat measurement with the previous action plan: open actions with their status, done ones stay', async () => {
		const o = await org();
		const first = await createMeasurement({ organisationId: o.id, checklistVersionId: 'doorstroomklaar@1.0.0', date: '2026-01-10', label: 'Nulmeting' });
		if (!first.ok) throw new Error('not stored');
		const plan = { planId: first.value.id, planType: 'checklist' as const, source: 'manual' as const };
		const open = await addAction({ ...plan, text: 'Visie op doorstroom uitschrijven', who: 'Directie' });
		const part = await addAction({ ...plan, text: 'Netwerkmoment met bedrijven', who: 'Jobcoaches', remarks: 'Eerste contacten gelegd' });
		const done = await addAction({ ...plan, text: 'Checklist bespreken op het teamoverleg' });
		if (!open.ok || !part.ok || !done.ok) throw new Error('not stored');
		await recordActionStatus(part.value.id, 'deels', '');
		await recordActionStatus(done.value.id, 'volledig', '');
		const repeat = await createMeasurement({ organisationId: o.id, checklistVersionId: 'doorstroomklaar@1.0.0', date: '2026-06-10', label: 'Na zes maanden' });
		if (!repeat.ok) throw new Error('not stored');
		const carried = await listActions(repeat.value.id);
		expect(carried.map((a) => [a.text, a.status, a.remarks, a.planType])).toEqual([
			['Visie op doorstroom uitschrijven', 'niet', 'Overgenomen uit de meting van 10/01/2026 (Nulmeting).', 'checklist'],
			['Netwerkmoment met bedrijven', 'deels', 'Overgenomen uit de meting van 10/01/2026 (Nulmeting). Eerste contacten gelegd', 'checklist']
		]);
		// The nulmeting keeps its own plan, done action included.
		expect(await listActions(first.value.id)).toHaveLength(3);
	});

	it('refuses a bad date and a 10,000-character label', async () => {
		const o = await org();
		expect(await createMeasurement({ organisationId: o.id, checklistVersionId: 'doorstroomklaar@1.0.0', date: '10/01/2026', label: '' })).toMatchObject({ ok: false });
		expect(await createMeasurement({ organisationId: o.id, checklistVersionId: 'doorstroomklaar@1.0.0', date: '2026-01-10', label: 'x'.repeat(10_000) })).toEqual({
			ok: false,
			problems: ['Omschrijving van de meting is te lang (maximaal 200 tekens).']
		});
		expect(await listMeasurements(o.id)).toEqual([]);
	});

	it('keeps each colleague’s scores, the team score with its reason and the reflections', async () => {
		const o = await org();
		const m = await createMeasurement({ organisationId: o.id, checklistVersionId: 'doorstroomklaar@1.0.0', date: '2026-01-10', label: 'Nulmeting' });
		if (!m.ok) throw new Error();
		await addParticipant(m.value.id, 'An');
		const dup = await addParticipant(m.value.id, 'an');
		expect(dup).toEqual({ ok: false, problems: ['an doet al mee aan deze meting.'] });
		const withBram = await addParticipant(m.value.id, 'Bram');
		if (!withBram.ok) throw new Error();
		const [an, bram] = withBram.value.participants;
		await setParticipantScore(m.value.id, an!.id, 'netwerking', 1);
		await setParticipantScore(m.value.id, bram!.id, 'netwerking', 5);
		await setTeamScore(m.value.id, 'netwerking', { score: 3, reason: ' Bram ziet meer contacten ' });
		await saveReflection(m.value.id, 'goed', 'Visie staat op papier.');
		const [stored] = await listMeasurements(o.id);
		expect(stored!.participants.map((p) => p.scores['netwerking'])).toEqual([1, 5]);
		expect(stored!.teamScores['netwerking']).toEqual({ score: 3, reason: 'Bram ziet meer contacten' });
		expect(stored!.reflections['goed']).toBe('Visie staat op papier.');
		const removed = stored!.participants[0]!;
		await removeParticipant(m.value.id, removed.id);
		expect((await listMeasurements(o.id))[0]!.participants.map((p) => p.name)).toEqual(['Bram']);
		await restoreParticipant(m.value.id, removed);
		expect((await listMeasurements(o.id))[0]!.participants.map((p) => [p.name, p.scores['netwerking']])).toEqual([
			['Bram', 5],
			['An', 1]
		]);
	});
});

describe('kpi.repo', () => {
	it('replaces the value of a cell, clears it as "not entered" and refuses negative values', async () => {
		const o = await org();
		await setKpiValue({ organisationId: o.id, team: 'Groendienst', period: '2026-01', kpiId: 'doorstromingen', value: 2 });
		await setKpiValue({ organisationId: o.id, team: 'Groendienst', period: '2026-01', kpiId: 'doorstromingen', value: 3 });
		expect(await setKpiValue({ organisationId: o.id, team: 'Groendienst', period: '2026-01', kpiId: 'doorstromingen', value: -1 })).toMatchObject({ ok: false });
		expect(await setKpiValue({ organisationId: o.id, team: 'Groendienst', period: '2026-1', kpiId: 'doorstromingen', value: 1 })).toMatchObject({ ok: false });
		expect((await listKpiEntries(o.id)).map((e) => e.value)).toEqual([3]);
		await clearKpiValue({ organisationId: o.id, team: 'Groendienst', period: '2026-01', kpiId: 'doorstromingen' });
		expect(await listKpiEntries(o.id)).toEqual([]);
	});

	it('refuses a future period and a fraction of a count in Dutch, and matches team names case- and space-insensitively', async () => {
		const o = await org();
		const now = new Date();
		const next = new Date(now.getFullYear(), now.getMonth() + 1, 1);
		const future = `${next.getFullYear()}-${String(next.getMonth() + 1).padStart(2, '0')}`;
		const future1 = await setKpiValue({ organisationId: o.id, team: 'Groendienst', period: future, kpiId: 'trainingen', value: 1 });
		expect(future1).toMatchObject({ ok: false });
		expect(!future1.ok && future1.problems[0]).toMatch(/is nog niet begonnen: je registreert een periode pas als ze gestart is\.$/);
		expect(await setKpiValue({ organisationId: o.id, team: 'Groendienst', period: '2026-01', kpiId: 'sollicitatieacties', value: 3.5, integer: true })).toEqual({
			ok: false,
			problems: ['Dit is een aantal: vul een geheel getal in (bv. 3, niet 3,5).']
		});
		expect(await listKpiEntries(o.id)).toEqual([]);
		const baseline = await setKpiBaselinePeriod(o.id, future);
		expect(!baseline.ok && baseline.problems[0]).toMatch(/^Nulmeting: .* is nog niet begonnen/);
		await setKpiValue({ organisationId: o.id, team: 'Groendienst', period: '2026-01', kpiId: 'sollicitatieacties', value: 3, integer: true });
		await setKpiValue({ organisationId: o.id, team: ' groen dienst ', period: '2026-01', kpiId: 'sollicitatieacties', value: 4, integer: true });
		await setKpiValue({ organisationId: o.id, team: 'GROENDIENST', period: '2026-02', kpiId: 'sollicitatieacties', value: 5, integer: true });
		const rows = await listKpiEntries(o.id);
		expect(rows.map((e) => [e.team, e.period, e.value]).sort()).toEqual([
			['Groendienst', '2026-01', 4],
			['Groendienst', '2026-02', 5]
		]);
		await clearKpiValue({ organisationId: o.id, team: 'groendienst', period: '2026-02', kpiId: 'sollicitatieacties' });
		expect((await listKpiEntries(o.id)).map((e) => e.period)).toEqual(['2026-01']);
	});

	it('counts only what is linked to the organisation: its assessment-centers and one PDP per candidate, TOCI left out', async () => {
		const o = await org();
		const other = await org('Ander');
		const db = getDb();
		const base = { location: '', rubricVersionId: 'done-profiel@1.0.0', competencyIds: [], assessorIds: [] };
		const s1 = { ...(await newMeta()), ...base, name: 'AC 1', organisationId: o.id, days: [{ id: crypto.randomUUID(), date: '2026-02-03', label: '' }, { id: crypto.randomUUID(), date: '2026-01-28', label: '' }] };
		const s2 = { ...(await newMeta()), ...base, name: 'AC 2', organisationId: other.id, days: [] };
		const s3 = { ...(await newMeta()), ...base, name: 'AC 3', days: [], deletedAt: new Date().toISOString() };
		const s4 = { ...(await newMeta()), ...base, name: 'AC 4', days: [] };
		await db.sessions.bulkAdd([s1, s2, s3, s4]);
		const cand = async (sessionId: string | undefined, code: string) => ({ ...(await newMeta()), ...(sessionId ? { sessionId } : {}), name: code, jobTarget: '', coachAssessorIds: [], code });
		const [c1, c2, c4, youth] = [await cand(s1.id, 'K1'), await cand(s2.id, 'K2'), await cand(s4.id, 'K4'), await cand(undefined, 'J1')];
		await db.candidates.bulkAdd([c1, c2, c4, youth]);
		const pdpBase = { title: 'PDP', needs: [], resources: [] };
		const youthPdp = { ...(await newMeta()), ...pdpBase, candidateId: youth.id };
		await db.pdps.bulkAdd([
			{ ...(await newMeta()), ...pdpBase, candidateId: c1.id, sessionId: s1.id, createdAt: '2026-03-10T09:00:00.000Z' },
			{ ...(await newMeta()), ...pdpBase, candidateId: c1.id, sessionId: s1.id, createdAt: '2026-04-10T09:00:00.000Z' },
			{ ...(await newMeta()), ...pdpBase, candidateId: c2.id },
			{ ...(await newMeta()), ...pdpBase, candidateId: c4.id },
			{ ...(await newMeta()), ...pdpBase, candidateId: crypto.randomUUID() },
			youthPdp
		]);
		const counts = await listOrganisationCounts(o.id);
		expect(counts.counted.assessments).toEqual(['2026-01-28']);
		expect(counts.counted.pdps).toEqual(['2026-03-10']);
		expect(counts.unlinkedSessions).toBe(1);
		expect(await listCountedDates(other.id)).toEqual({ assessments: [expect.any(String)], pdps: [expect.any(String)] });
	});

	it('closes a period: its figures stay as reported after a candidate is erased, its values cannot change until it is reopened', async () => {
		const o = await org();
		const db = getDb();
		const base = { location: '', rubricVersionId: 'done-profiel@1.0.0', competencyIds: [], assessorIds: [] };
		const session = { ...(await newMeta()), ...base, name: 'AC maart', organisationId: o.id, days: [{ id: crypto.randomUUID(), date: '2026-03-03', label: '' }] };
		await db.sessions.add(session);
		const candidate = { ...(await newMeta()), sessionId: session.id, name: 'Jana Peeters', jobTarget: '', coachAssessorIds: [], code: 'K1' };
		await db.candidates.add(candidate);
		await db.pdps.add({ ...(await newMeta()), title: 'PDP', needs: [], resources: [], candidateId: candidate.id, sessionId: session.id, createdAt: '2026-03-10T09:00:00.000Z' });
		await setKpiValue({ organisationId: o.id, team: 'Groendienst', period: '2026-03', kpiId: 'sollicitatieacties', value: 12, integer: true });

		const closed = await closeKpiPeriod(o.id, '2026-03');
		expect(closed).toMatchObject({ ok: true, closure: { period: '2026-03', counted: { assessments: 1, pdps: 1 }, entries: [{ team: 'Groendienst', kpiId: 'sollicitatieacties', value: 12 }] } });
		expect(JSON.stringify(closed)).not.toContain('Jana');
		expect(await closeKpiPeriod(o.id, '2026-03')).toMatchObject({ ok: false, problems: [expect.stringMatching(/^Maart 2026 is al afgesloten op/)] });
		const thisMonth = new Date().toISOString().slice(0, 7);
		expect(await closeKpiPeriod(o.id, thisMonth)).toMatchObject({ ok: false, problems: [expect.stringContaining('loopt nog tot en met')] });

		expect(await setKpiValue({ organisationId: o.id, team: 'Groendienst', period: '2026-03', kpiId: 'sollicitatieacties', value: 13, integer: true })).toMatchObject({
			ok: false,
			problems: [expect.stringMatching(/^Maart 2026 is afgesloten op .*Heropen de periode/)]
		});
		expect(await clearKpiValue({ organisationId: o.id, team: 'Groendienst', period: '2026-03', kpiId: 'sollicitatieacties' })).toMatchObject({ ok: false });
		expect((await listKpiEntries(o.id)).map((e) => e.value)).toEqual([12]);

		await eraseCandidate(candidate.id);
		const kpis = loadKpiList().kpis.filter((k) => k.id === 'pdps');
		const live = await listOrganisationCounts(o.id);
		expect(live.counted.pdps).toEqual([]);
		const reported = buildKpiTable({ kpis, entries: [], periods: ['2026-03'], kind: 'month', team: undefined, counted: live.counted, closed: closedPeriods(await listKpiClosures(o.id)) });
		expect(reported[0]?.cells.pdps?.value).toBe(1);

		expect(await reopenKpiPeriod(o.id, '2026-03')).toEqual({ ok: true });
		expect(await listKpiClosures(o.id)).toEqual([]);
		expect(await setKpiValue({ organisationId: o.id, team: 'Groendienst', period: '2026-03', kpiId: 'sollicitatieacties', value: 13, integer: true })).toMatchObject({ ok: true });
		expect(await reopenKpiPeriod(o.id, '2026-03')).toMatchObject({ ok: false });
	});
});

describe('actions.repo', () => {
	const planId = '00000000-0000-4000-8000-000000000001';
	it('adds rows in order, edits cells, records the status with history, moves and soft-deletes', async () => {
		const a = await addAction({ planId, planType: 'checklist', text: 'Visie op één blad', timespan: '2 maanden', who: 'Directie', source: 'checklist' });
		const b = await addAction({ planId, planType: 'checklist', text: 'Netwerkevent', source: 'manual' });
		if (!a.ok || !b.ok) throw new Error();
		expect(await addAction({ planId, planType: 'pdp', text: '   ', source: 'manual' })).toEqual({ ok: false, problems: ['Concrete actie mag niet leeg zijn.'] });
		await updateAction(b.value.id, { who: 'Coach Els', remarks: 'met <script>' });
		await recordActionStatus(a.value.id, 'deels', 'eerste versie klaar');
		await recordActionStatus(a.value.id, 'volledig', '');
		await moveAction(b.value.id, -1);
		const rows = await listActions(planId);
		expect(rows.map((r) => [r.text, r.order])).toEqual([
			['Netwerkevent', 0],
			['Visie op één blad', 1]
		]);
		expect(rows[0]).toMatchObject({ who: 'Coach Els', remarks: 'met <script>', status: 'niet' });
		expect(rows[1]!.status).toBe('volledig');
		expect(rows[1]!.history.map((h) => [h.status, h.remark])).toEqual([
			['deels', 'eerste versie klaar'],
			['volledig', '']
		]);
		await deleteAction(a.value.id);
		expect((await listActions(planId)).map((r) => r.text)).toEqual(['Netwerkevent']);
		await restoreAction(a.value.id);
		expect(await listActions(planId)).toHaveLength(2);
	});

	it('refuses a 10,000-character action with a Dutch message', async () => {
		expect(await addAction({ planId, planType: 'pdp', text: 'x'.repeat(10_000), source: 'manual' })).toEqual({
			ok: false,
			problems: ['Concrete actie is te lang (maximaal 2000 tekens).']
		});
	});
});
