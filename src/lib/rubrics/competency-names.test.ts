import { describe, expect, it } from 'vitest';
import type { RubricVersionRecord } from '$lib/db/db';
import type { RubricFile } from '$lib/engine/rubric';
import { collectCompetencyNames } from './competency-names';

function record(origin: RubricVersionRecord['origin'], content: RubricFile): RubricVersionRecord {
	return { id: `${content.id}@${content.version}`, rubricId: content.id, version: content.version, kind: content.kind, title: content.title, origin, content, contentHash: '', storedAt: '2026-01-01T00:00:00.000Z' };
}

const header = { version: '1.0.0', title: 't', description: '', language: 'nl-BE' as const, source: '' };
const levels = { onvoldoende: 'a', matig: 'b', goed: 'c', 'zeer-goed': 'd' };
const profile = (id: string, name: string): RubricFile => ({
	kind: 'competency-profile',
	id,
	...header,
	scale: 'sam',
	competencies: [{ id: 'initiatief', name, tier: 'kern', definition: 'x', provenance: 'project', indicators: [{ id: 'r', behaviour: 'b', levels }] }]
});

describe('collectCompetencyNames', () => {
	it('names competencies of profiles and TOCI, built-in before imported', () => {
		const toci: RubricFile = {
			kind: 'toci',
			id: 'toci',
			...header,
			levels: [{ id: 'a', value: 1, label: 'A', youthLabel: 'A' }, { id: 'b', value: 2, label: 'B', youthLabel: 'B' }],
			selfForm: { intro: 'x' },
			mentorForm: { intro: 'x' },
			competencies: [{ id: 'stiptheid', name: 'Stiptheid', definition: 'x', selfPrompt: 'x', examplePrompt: 'x', mentorIndicators: ['x'], provenance: 'project' }],
			phases: [{ id: 'arbeidsbereid', name: 'Arbeidsbereid', description: 'x' }]
		};
		const names = collectCompetencyNames([record('imported', profile('eigen', 'Eigen naam')), record('builtin', profile('done-profiel', 'Initiatief')), record('builtin', toci)]);
		expect(names).toEqual({ initiatief: 'Initiatief', stiptheid: 'Stiptheid' });
	});

	it('gives an empty map without profiles', () => {
		expect(collectCompetencyNames([])).toEqual({});
	});
});
