import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDatabase, WakkerDatabase } from './db';
import { ensureBuiltinRubrics, getRubricVersion, importRubricFile } from './rubrics.repo';
import { listCalibrationAttempts, savePracticeWork, startCalibrationAttempt, submitCalibrationAttempt, discardCalibrationAttempt } from './calibration.repo';

let db: WakkerDatabase;
beforeEach(() => {
	db = new WakkerDatabase('test-' + crypto.randomUUID());
	useDatabase(db);
});

const builtinCase = () => JSON.parse(readFileSync('rubrics/kalibratie/kalibratie-kook-bart.json', 'utf8')) as Record<string, unknown> & { reference: { ratings: { evidence: { sentenceId: string }[] }[] } };

describe('an organisation imports its own calibration case', () => {
	it('stores a valid case as an imported rubric of its kind', async () => {
		const own = { ...builtinCase(), id: 'eigen-casus-kook', title: 'Kookopdracht: eigen casus' };
		const result = await importRubricFile(JSON.stringify(own), 'eigen-casus.json');
		expect(result).toMatchObject({ ok: true, added: true, record: { id: 'eigen-casus-kook@1.0.0', kind: 'calibration-case', origin: 'imported' } });
		expect((await getRubricVersion('eigen-casus-kook@1.0.0'))?.content.kind).toBe('calibration-case');
	});

	it('refuses evidence pointing at a sentence that is not in the story, in Dutch, and stores nothing', async () => {
		const broken = { ...builtinCase(), id: 'kapotte-casus' };
		broken.reference.ratings[0]!.evidence[0]!.sentenceId = 's99';
		await ensureBuiltinRubrics();
		const before = await db.rubricVersions.count();
		const result = await importRubricFile(JSON.stringify(broken), 'kapot.json');
		expect(result.ok).toBe(false);
		expect(result.ok ? [] : result.problems).toEqual([expect.stringContaining('verwijst naar zin "s99", die niet in het verhaal staat')]);
		expect(await db.rubricVersions.count()).toBe(before);
		expect(await getRubricVersion('kapotte-casus@1.0.0')).toBeUndefined();
	});
});

describe('calibration attempts', () => {
	it('keeps practice work until submitted, then freezes it; only an unsubmitted attempt can be thrown away', async () => {
		const assessorId = crypto.randomUUID();
		const kept = crypto.randomUUID();
		const started = await startCalibrationAttempt('kalibratie-kook-bart@1.0.0', assessorId);
		if (!started.ok) throw new Error('start failed');
		const id = started.value.id;
		const saved = await savePracticeWork(id, {
			notes: [
				{ id: kept, text: 'Hij draagt geen schort.', sentenceIds: ['s2'], createdAt: '2026-03-02T09:01:00.000Z' },
				{ id: crypto.randomUUID(), text: '   ', sentenceIds: [], createdAt: '2026-03-02T09:02:00.000Z' }
			],
			ratings: [{ competencyId: 'discipline', level: 'matig', reason: 'Geen schort.' }]
		});
		expect(saved.ok ? [] : saved.problems).toEqual([]);
		const submitted = await submitCalibrationAttempt(id);
		expect(submitted.ok && submitted.value.notes.map((n) => n.id)).toEqual([kept]);
		expect(submitted.ok && submitted.value.submittedAt).toBeTruthy();
		const late = await savePracticeWork(id, { ratings: [] });
		expect(late.ok ? [] : late.problems).toEqual(['Deze oefening is al ingediend; wat je indiende blijft zoals het was.']);
		expect((await discardCalibrationAttempt(id)).ok).toBe(false);
		expect(await listCalibrationAttempts(assessorId)).toHaveLength(1);
	});
});
