import { describe, expect, it } from 'vitest';
import { jobSlug, ownTargetProfilesId, targetJobDraft, withOwnTargetJob } from './own-target-jobs';
import { fixtureProfile } from '../report/report.fixture';
import { checkTargetProfilesAgainst } from '../rubric/target-profile.schema';

const profile = fixtureProfile();
const filled = () => {
	const draft = targetJobDraft(profile);
	draft.job = 'Nachtwaker';
	draft.sector = 'Bewaking';
	draft.requirements = draft.requirements.map((r, i) => ({ ...r, level: i % 3 === 0 ? 'niet-van-belang' : 'goed', reason: `Reden ${i}.` }));
	return draft;
};

describe('writing a functieprofiel in the app', () => {
	it('starts with every competency still to choose, or with a copy of the job to adapt', () => {
		const empty = targetJobDraft(profile);
		expect(empty.requirements).toHaveLength(profile.competencies.length);
		expect(empty.requirements.every((r) => r.level === '' && r.reason === '')).toBe(true);
	});

	it('refuses a job without a name, a competency left unchosen or a level without a reason, naming them in Dutch', () => {
		const draft = targetJobDraft(profile);
		draft.requirements[0] = { ...draft.requirements[0]!, level: 'goed', reason: ' ' };
		const result = withOwnTargetJob(profile, undefined, draft);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems[0]).toBe('Geef de job een naam.');
		expect(result.problems[1]).toMatch(/^Kies een niveau of "niet van belang" voor: Zelfstandigheid/);
		expect(result.problems[2]).toBe(`Schrijf in één regel waarom, uit de taken van de job, voor: ${profile.competencies[0]!.name}.`);
	});

	it('stores a valid job as a new version of the own file, replacing a job of the same name, keeping the others', () => {
		const first = withOwnTargetJob(profile, undefined, filled());
		if (!first.ok) throw new Error(first.problems.join(' '));
		expect(first.file).toMatchObject({ id: ownTargetProfilesId(profile), version: '1.0.0', profile: { id: profile.id, version: profile.version } });
		expect(first.jobId).toBe('nachtwaker');
		expect(checkTargetProfilesAgainst(first.file, [profile])).toEqual([]);
		const other = { ...filled(), job: 'Parkwachter' };
		const second = withOwnTargetJob(profile, first.file, other);
		if (!second.ok) throw new Error(second.problems.join(' '));
		const changed = { ...filled(), tasks: 'Rondes lopen en sleutels beheren.' };
		const third = withOwnTargetJob(profile, second.ok ? second.file : undefined, changed);
		if (!third.ok) throw new Error(third.problems.join(' '));
		expect([second.file.version, third.file.version]).toEqual(['1.1.0', '1.2.0']);
		expect(third.file.jobs.map((j) => [j.id, j.tasks])).toEqual([
			['parkwachter', ''],
			['nachtwaker', 'Rondes lopen en sleutels beheren.']
		]);
	});

	it('makes an id from any name', () => {
		expect(jobSlug('Keukenhulp / afwasser')).toBe('keukenhulp-afwasser');
		expect(jobSlug('Medewerker groendienst (Zoë)')).toBe('medewerker-groendienst-zoe');
		expect(jobSlug('!!!')).toBe('job');
	});
});
