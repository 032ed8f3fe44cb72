import { describe, expect, it } from 'vitest';
import { AssessmentSession } from '../model/session';
import { validateRecord } from './validate-input';

const valid = {
	id: '00000000-0000-4000-8000-000000000001',
	createdAt: '2026-03-02T09:00:00.000Z',
	updatedAt: '2026-03-02T09:00:00.000Z',
	vv: { d: 1 },
	name: 'AC voorjaar',
	location: 'Gent',
	days: [],
	rubricVersionId: 'done-profiel@1.0.0',
	competencyIds: [],
	assessorIds: []
};

describe('validateRecord', () => {
	it('accepts a valid record', () => {
		expect(validateRecord(AssessmentSession, valid)).toMatchObject({ ok: true });
	});
	it.each([
		['', 'Naam mag niet leeg zijn.'],
		['x'.repeat(10_000), 'Naam is te lang (maximaal 200 tekens).']
	])('refuses the name %# with a Dutch message', (name, message) => {
		expect(validateRecord(AssessmentSession, { ...valid, name })).toEqual({ ok: false, problems: [message] });
	});
});
