import { describe, expect, it } from 'vitest';
import { buildCellEvidence } from './evidence';
import { consensusCellKey, describeConsensusChange, describeLockChange, summariseConsensusAudit, CONSENSUS_AUDIT } from './audit';

const at = '2026-03-02T10:00:00.000Z';
const levels = { onvoldoende: 'ziet geen werk', matig: 'ziet werk na vraag', goed: 'ziet werk zelf', 'zeer-goed': 'ziet werk vooraf' };

describe('buildCellEvidence', () => {
	const evidence = buildCellEvidence({
		assessorIds: ['a1', 'a2'],
		exercises: [
			{ id: 'e2', name: 'Kookopdracht', order: 1 },
			{ id: 'e1', name: 'Magazijn', order: 0 }
		],
		observations: [
			{ id: 'o1', exerciseId: 'e2', authorId: 'a1', text: 'Begint zonder vragen aan de afwas.', observedAt: '2026-03-02T09:10:00.000Z' },
			{ id: 'o2', exerciseId: 'e1', authorId: 'a1', text: 'Vraagt wat hij moet doen.', observedAt: '2026-03-02T09:20:00.000Z' },
			{ id: 'o3', exerciseId: 'e1', authorId: 'a2', text: 'Zet dozen klaar voor de volgende.', observedAt: '2026-03-02T09:05:00.000Z' },
			{ id: 'o4', exerciseId: 'e1', authorId: 'a2', text: 'Niet gekoppeld.', observedAt: at },
			{ id: 'o5', exerciseId: 'e1', authorId: 'a2', text: 'Verwijderd.', observedAt: at, deletedAt: at }
		],
		classifications: [
			{ observationId: 'o1', authorId: 'a1', competencyId: 'initiatief', indicatorId: 'werk-zien', levelId: 'goed' },
			{ observationId: 'o3', authorId: 'a2', competencyId: 'initiatief', indicatorId: 'werk-zien', levelId: 'zeer-goed' },
			{ observationId: 'o5', authorId: 'a2', competencyId: 'initiatief' }
		],
		ratings: [
			{ authorId: 'a1', exerciseId: 'e1', candidateId: 'c1', competencyId: 'initiatief', level: 'matig', submittedAt: at, evidenceObservationIds: ['o2'] },
			{ authorId: 'a2', exerciseId: 'e1', candidateId: 'c1', competencyId: 'initiatief', level: 'zeer-goed', evidenceObservationIds: [] }
		],
		competency: { id: 'initiatief', indicators: [{ id: 'werk-zien', behaviour: 'Werk zien', levels }] }
	});

	it('gives each assessor their classified and evidence notes, in exercise order', () => {
		const a1 = evidence.byAssessor[0]!;
		expect(a1.notes.map((n) => [n.exerciseName, n.observationId, n.usedAsEvidence])).toEqual([
			['Magazijn', 'o2', true],
			['Kookopdracht', 'o1', false]
		]);
		expect(a1.notes[1]!.cells).toEqual([{ indicatorId: 'werk-zien', levelId: 'goed' }]);
		expect(evidence.byAssessor[1]!.notes.map((n) => n.observationId)).toEqual(['o3']);
	});
	it('shows per-exercise levels with their submitted state', () => {
		expect(evidence.byAssessor[1]!.exerciseRatings).toEqual([{ exerciseId: 'e1', exerciseName: 'Magazijn', level: 'zeer-goed', submitted: false }]);
	});
	it('marks the SAM cells each assessor pointed at', () => {
		const row = evidence.grid[0]!;
		expect(row.cells.map((c) => [c.levelId, c.assessorIds])).toEqual([
			['onvoldoende', []],
			['matig', []],
			['goed', ['a1']],
			['zeer-goed', ['a2']]
		]);
	});
});

describe('audit texts', () => {
	it('describes a consensus change from → to with the reason', () => {
		expect(describeConsensusChange({ candidateName: 'An', competencyName: 'Initiatief', from: 'matig', to: 'goed', reason: ' Notitie 3 toont het. ' })).toBe(
			'Initiatief – An: Matig → Goed. Reden: Notitie 3 toont het.'
		);
		expect(describeConsensusChange({ candidateName: 'An', competencyName: 'Initiatief', to: 'goed', reason: 'x' })).toContain('geen → Goed');
	});
	it('describes locking and unlocking', () => {
		expect(describeLockChange(true)).toMatch(/vergrendeld/);
		expect(describeLockChange(false, 'typfout')).toMatch(/ontgrendeld.*Reden: typfout/);
	});
	it('summarises what happened', () => {
		const key = consensusCellKey('c1', 'initiatief');
		const entries = [
			{ at, entity: CONSENSUS_AUDIT.entity, entityId: key, action: CONSENSUS_AUDIT.set, summary: '' },
			{ at, entity: CONSENSUS_AUDIT.entity, entityId: key, action: CONSENSUS_AUDIT.change, summary: '' },
			{ at, entity: CONSENSUS_AUDIT.lockEntity, entityId: 's1', action: CONSENSUS_AUDIT.lock, summary: '' },
			{ at, entity: CONSENSUS_AUDIT.lockEntity, entityId: 's1', action: CONSENSUS_AUDIT.unlock, summary: '' }
		];
		expect(summariseConsensusAudit(entries)).toEqual({ decisions: 1, changes: 1, locks: 1, unlocks: 1, revisedCells: [key] });
	});
});
