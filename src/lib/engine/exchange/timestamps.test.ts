import { describe, expect, it } from 'vitest';
import type { Bundle } from './bundle';
import { assertPossibleMoments, findImpossibleMoments } from './timestamps';

const NOW = new Date('2026-03-20T10:00:00.000Z');
const AT = '2026-03-06T09:30:00.000Z';

function bundle(records: Bundle['records'], extra: Partial<Bundle> = {}): Bundle {
	return { format: 'wakker-bundle', formatVersion: 1, kind: 'assessor-work', createdAt: AT, deviceId: 'B', records, erasures: [], ...extra };
}
const note = (fields: Record<string, unknown> = {}) => ({ id: 'n', createdAt: AT, updatedAt: AT, observedAt: AT, ...fields });

describe('impossible moments in an import', () => {
	it('accepts moments between 2000 and a day after now', () => {
		const soon = new Date(NOW.getTime() + 23 * 3600_000).toISOString();
		expect(findImpossibleMoments(bundle({ observations: [note({ updatedAt: soon }), note({ createdAt: '2000-01-01T00:00:00.000Z' })] }), NOW)).toEqual([]);
	});

	it.each([
		['a note in 9999', { observations: [note({ observedAt: '9999-12-31T00:00:00.000Z' })] }, 'observedAt'],
		['a note two days ahead', { observations: [note({ updatedAt: '2026-03-22T10:00:01.000Z' })] }, 'updatedAt'],
		['a note before 2000', { observations: [note({ createdAt: '1999-12-31T23:59:59.000Z' })] }, 'createdAt'],
		['a session lock in 9999', { sessions: [{ id: 's', createdAt: AT, updatedAt: AT, consensusLock: { lockedAt: '9999-12-31T00:00:00.000Z', lockedBy: 'x' } }] }, 'lockedAt'],
		['an action history entry', { actions: [{ id: 'a', createdAt: AT, updatedAt: AT, history: [{ at: '1970-01-01T00:00:00.000Z' }] }] }, 'at']
	])('finds %s', (_what, records, field) => {
		expect(findImpossibleMoments(bundle(records as Bundle['records']), NOW)).toMatchObject([{ field, count: 1 }]);
	});

	it('checks the bundle itself and its erasures', () => {
		const erasure = { id: 'e', entity: 'candidates' as const, entityId: 'c', erasedAt: '9999-01-01T00:00:00.000Z', by: 'A' };
		expect(findImpossibleMoments(bundle({}, { createdAt: '9999-12-31T00:00:00.000Z', erasures: [erasure] }), NOW).map((m) => m.where)).toEqual([
			'Het bestand zelf',
			'Wissingen'
		]);
	});

	it('leaves planned dates and rubric texts alone', () => {
		const action = { id: 'a', createdAt: AT, updatedAt: AT, dueDate: '2099-01-01', history: [] };
		const rubric = { id: 'r', storedAt: AT, content: { at: '1000-01-01T00:00:00Z' } };
		expect(findImpossibleMoments(bundle({ actions: [action], rubricVersions: [rubric] }), NOW)).toEqual([]);
	});

	it('refuses with a Dutch message that says where and how to fix it', () => {
		const records = { observations: [note({ observedAt: '9999-12-31T00:00:00.000Z' }), note({ observedAt: '9999-12-30T00:00:00.000Z' })] };
		expect(() => assertPossibleMoments(bundle(records), NOW)).toThrow(
			expect.objectContaining({
				code: 'impossible-date',
				message:
					'Dit bestand wordt niet ingeladen: het bevat datums die niet kunnen (vóór 2000 of meer dan een dag na vandaag). ' +
					'Notities: 2 datums "waargenomen op" kan niet (bv. 31-12-9999). ' +
					'Kijk na of de datum en de klok juist staan op de tablet die het bestand maakte en op deze tablet. Er is niets veranderd.'
			})
		);
	});
});
