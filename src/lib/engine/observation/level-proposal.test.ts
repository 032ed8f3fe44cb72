import { describe, expect, it } from 'vitest';
import type { SamLevelId } from '../rubric/sam-scale';
import { proposeLevel } from './level-proposal';

describe('proposeLevel', () => {
	it.each<[SamLevelId[], SamLevelId]>([
		[['goed'], 'goed'],
		[['matig', 'goed', 'goed'], 'goed'],
		[['onvoldoende', 'zeer-goed', 'zeer-goed', 'zeer-goed', 'goed'], 'zeer-goed'],
		// even count: ties go to the lower middle level (never rounds up)
		[['matig', 'goed'], 'matig'],
		[['goed', 'goed', 'zeer-goed', 'zeer-goed'], 'goed'],
		[['zeer-goed', 'onvoldoende'], 'onvoldoende']
	])('proposes the lower median of %j: %s', (levels, expected) => {
		const proposal = proposeLevel(levels);
		expect(proposal.level).toBe(expected);
		expect(proposal.basedOn).toBe(levels.length);
	});

	it('proposes nothing without levels and says why', () => {
		const proposal = proposeLevel([]);
		expect(proposal.level).toBeUndefined();
		expect(proposal.basedOn).toBe(0);
		expect('reason' in proposal && proposal.reason).toMatch(/Geen enkele/);
	});

	it('counts notes per level', () => {
		const proposal = proposeLevel(['goed', 'goed', 'matig']);
		expect('counts' in proposal && proposal.counts).toEqual({ onvoldoende: 0, matig: 1, goed: 2, 'zeer-goed': 0 });
	});
});
