import { NOT_RELEVANT, TargetJob, TargetProfiles, checkJobAgainstProfile, type TargetLevel } from '../rubric/target-profile.schema';
import type { CompetencyProfile } from '../rubric/competency-profile.schema';
import { validateRecord } from '../observation/validate-input';
import { slugify } from '../common/text';
import { type Result } from '../common/result';

/**
 * An organisation writes its own functieprofielen in the app. They live in one file per competency profile
 * ("eigen-functieprofielen-<profile>"); every save is a new version of that file, so a version a candidate already
 * points at never changes under them (rubrics are immutable once stored).
 */

export const OWN_TARGET_PROFILES_PREFIX = 'eigen-functieprofielen';

export function ownTargetProfilesId(profile: Pick<CompetencyProfile, 'id'>): string {
	return `${OWN_TARGET_PROFILES_PREFIX}-${profile.id}`.slice(0, 60).replace(/-+$/, '');
}

/** A job's form values: one level (or "niet van belang") and a reason per competency of the profile. */
export interface TargetJobDraft {
	job: string;
	sector: string;
	tasks: string;
	requirements: { competencyId: string; level: TargetLevel | ''; reason: string }[];
}

/** The form to start from: a copy of an existing job to adapt, or every competency still to choose. */
export function targetJobDraft(profile: Pick<CompetencyProfile, 'competencies'>, from?: TargetJob): TargetJobDraft {
	const given = new Map(from?.requirements.map((r) => [r.competencyId, r]) ?? []);
	return {
		job: from?.job ?? '',
		sector: from?.sector ?? '',
		tasks: from?.tasks ?? '',
		requirements: profile.competencies.map((c) => ({ competencyId: c.id, level: given.get(c.id)?.level ?? '', reason: given.get(c.id)?.reason ?? '' }))
	};
}

/** "Keukenhulp / afwasser" → "keukenhulp-afwasser"; accents dropped so the id stays a slug. */
export function jobSlug(name: string): string {
	return slugify(name, 60) || 'job';
}

function nextVersion(version: string | undefined): string {
	if (!version) return '1.0.0';
	const [major = 1, minor = 0] = version.split('.').map(Number);
	return `${major}.${minor + 1}.0`;
}

export type OwnJobResult = Result<{ file: TargetProfiles; jobId: string }>;

/**
 * The next version of the organisation's own file with this job added (or replaced, when a job of the same name is
 * there), checked as an imported file would be: every competency needs a level or "niet van belang" and a reason.
 */
export function withOwnTargetJob(profile: CompetencyProfile, previous: TargetProfiles | undefined, draft: TargetJobDraft): OwnJobResult {
	const unchosen = draft.requirements.filter((r) => r.level === '');
	const unreasoned = draft.requirements.filter((r) => r.level !== '' && r.reason.trim() === '');
	const names = new Map(profile.competencies.map((c) => [c.id, c.name]));
	const problems = [
		...(draft.job.trim() === '' ? ['Geef de job een naam.'] : []),
		...(unchosen.length > 0 ? [`Kies een niveau of "niet van belang" voor: ${unchosen.map((r) => names.get(r.competencyId) ?? r.competencyId).join(', ')}.`] : []),
		...(unreasoned.length > 0 ? [`Schrijf in één regel waarom, uit de taken van de job, voor: ${unreasoned.map((r) => names.get(r.competencyId) ?? r.competencyId).join(', ')}.`] : [])
	];
	if (problems.length > 0) return { ok: false, problems };
	const job = validateRecord(TargetJob, {
		id: jobSlug(draft.job),
		job: draft.job.trim(),
		sector: draft.sector.trim() || 'Niet opgegeven',
		tasks: draft.tasks.trim(),
		provenance: 'user',
		requirements: draft.requirements.map((r) => ({ competencyId: r.competencyId, level: r.level === '' ? NOT_RELEVANT : r.level, reason: r.reason.trim() }))
	});
	if (!job.ok) return job;
	const mismatch = checkJobAgainstProfile(job.value, profile.competencies.map((c) => c.id));
	if (mismatch.length > 0) return { ok: false, problems: mismatch };
	const others = (previous?.jobs ?? []).filter((j) => j.id !== job.value.id);
	const file = validateRecord(TargetProfiles, {
		kind: 'target-profiles',
		id: ownTargetProfilesId(profile),
		version: nextVersion(previous?.version),
		title: 'Eigen functieprofielen',
		description: 'Functieprofielen die deze organisatie zelf schreef in de app.',
		language: 'nl-BE',
		source: 'Eigen organisatie',
		profile: { id: profile.id, version: profile.version },
		jobs: [...others, job.value]
	});
	return file.ok ? { ok: true, file: file.value, jobId: job.value.id } : file;
}
