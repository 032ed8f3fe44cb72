import { describe, expect, it } from 'vitest';
import { countForOrganisation, type CountablePdp, type CountableSession } from './kpi-counted';

const ORG = 'org-a';
const session = (id: string, organisationId: string | undefined, date: string, extra: Partial<CountableSession> = {}): CountableSession => ({
	id,
	organisationId,
	createdAt: '2026-01-01T10:00:00.000Z',
	days: [{ date }],
	...extra
});
const pdp = (id: string, candidateId: string, createdAt: string, extra: Partial<CountablePdp> = {}): CountablePdp => ({ id, candidateId, createdAt, ...extra });

describe('countForOrganisation', () => {
	const sessions = [session('s1', ORG, '2026-02-03'), session('s2', 'org-b', '2026-02-04'), session('s3', undefined, '2026-02-05'), session('s4', undefined, '2026-02-06')];
	const candidates = [
		{ id: 'c1', sessionId: 's1' },
		{ id: 'c2', sessionId: 's2' },
		{ id: 'c3', sessionId: 's3' },
		{ id: 'y1' } // a youth followed through TOCI
	];

	it('counts only assessment-centers linked to the organisation, and says how many are linked to none', () => {
		const r = countForOrganisation({ organisationId: ORG, sessions, pdps: [], candidates, tociPdpIds: new Set() });
		expect(r.counted.assessments).toEqual(['2026-02-03']);
		expect(r.unlinkedSessions).toBe(2);
	});

	it('reports nothing for an organisation without assessment-centers, even with unlinked records on the device', () => {
		const pdps = [pdp('p1', 'c3', '2026-02-10T09:00:00.000Z'), pdp('p2', 'c2', '2026-02-10T09:00:00.000Z')];
		const r = countForOrganisation({ organisationId: 'org-empty', sessions, pdps, candidates, tociPdpIds: new Set() });
		expect(r.counted).toEqual({ assessments: [], pdps: [] });
	});

	it('counts one PDP per candidate per assessment-center, at the earliest one', () => {
		const pdps = [
			pdp('p1', 'c1', '2026-03-10T09:00:00.000Z', { sessionId: 's1' }),
			pdp('p2', 'c1', '2026-02-20T09:00:00.000Z', { sessionId: 's1' }),
			pdp('p3', 'c1', '2026-04-01T09:00:00.000Z'), // no sessionId: the candidate's assessment-center
			pdp('p4', 'c1', '2026-01-05T09:00:00.000Z', { sessionId: 's1', deletedAt: '2026-01-06T09:00:00.000Z' })
		];
		const r = countForOrganisation({ organisationId: ORG, sessions, pdps, candidates, tociPdpIds: new Set() });
		expect(r.counted.pdps).toEqual(['2026-02-20']);
	});

	it('leaves out TOCI PDPs, PDPs of other organisations and of deleted assessment-centers', () => {
		const deleted = session('s5', ORG, '2026-02-07', { deletedAt: '2026-02-08T00:00:00.000Z' });
		const all = [...sessions, deleted];
		const pdps = [
			pdp('p1', 'y1', '2026-02-10T09:00:00.000Z'),
			pdp('p2', 'c2', '2026-02-10T09:00:00.000Z'),
			pdp('p3', 'c5', '2026-02-10T09:00:00.000Z', { sessionId: 's5' }),
			pdp('p4', 'c1', '2026-02-11T09:00:00.000Z', { sessionId: 's1' }),
			pdp('p5', 'c9', '2026-02-12T09:00:00.000Z', { sessionId: 's1' })
		];
		const r = countForOrganisation({ organisationId: ORG, sessions: all, pdps, candidates, tociPdpIds: new Set(['p5']) });
		expect(r.counted.assessments).toEqual(['2026-02-03']);
		expect(r.counted.pdps).toEqual(['2026-02-11']);
	});

	it('dates an assessment-center by its first day, or by its creation when it has no days', () => {
		const s = [session('a', ORG, '2026-05-02', { days: [{ date: '2026-05-09' }, { date: '2026-05-02' }] }), { ...session('b', ORG, ''), days: [], createdAt: '2026-06-15T10:00:00.000Z' }];
		expect(countForOrganisation({ organisationId: ORG, sessions: s, pdps: [], candidates: [], tociPdpIds: new Set() }).counted.assessments).toEqual(['2026-05-02', '2026-06-15']);
	});
});
