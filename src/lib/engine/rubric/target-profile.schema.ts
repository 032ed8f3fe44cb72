import { z } from '../common/zod-nl';
import { freeText, requiredLine, slugId } from '../common/text';
import { Provenance, RubricHeader, RubricVersionString } from './common.schema';
import { SamLevelId } from './sam-scale';
import { checkUniqueIds } from './unique-ids';

/**
 * Functieprofielen: what a job in the regular labour market asks of each competency of a competency profile, so
 * an assessment can be read against the candidate's jobdoelwit ("vraagt goed, nu matig").
 */

/** A competency the job does not need: shown apart, never counted as a gap. */
export const NOT_RELEVANT = 'niet-van-belang' as const;
export const TargetLevel = z.union([SamLevelId, z.literal(NOT_RELEVANT)]);
export type TargetLevel = z.infer<typeof TargetLevel>;

export const TargetRequirement = z.strictObject({
	competencyId: slugId,
	level: TargetLevel,
	/** Why the job asks this level, tied to its tasks (one line). */
	reason: requiredLine(300)
});
export type TargetRequirement = z.infer<typeof TargetRequirement>;

export const TargetJob = z
	.strictObject({
		id: slugId,
		job: requiredLine(120),
		sector: requiredLine(120),
		tasks: freeText(1_000),
		provenance: Provenance,
		requirements: z.array(TargetRequirement).min(1).max(60)
	})
	.superRefine((job, ctx) => {
		const seen = new Set<string>();
		job.requirements.forEach((r, i) => {
			if (seen.has(r.competencyId))
				ctx.addIssue({ code: 'custom', path: ['requirements', i, 'competencyId'], message: `"${r.competencyId}" staat twee keer in dit functieprofiel` });
			seen.add(r.competencyId);
		});
	});
export type TargetJob = z.infer<typeof TargetJob>;

export const TargetProfiles = z
	.strictObject({
		kind: z.literal('target-profiles'),
		...RubricHeader,
		/** The competency profile whose competencies the requirements name. */
		profile: z.strictObject({ id: slugId, version: RubricVersionString }),
		jobs: z.array(TargetJob).min(1).max(200)
	})
	.superRefine((file, ctx) => checkUniqueIds(file.jobs, ['jobs'], ctx));
export type TargetProfiles = z.infer<typeof TargetProfiles>;

/**
 * Problems of a job against the competency profile it names: every competency needs a level or "niet van belang"
 * (so nothing is left out by accident), and no requirement may name a competency the profile does not have.
 */
export function checkJobAgainstProfile(job: TargetJob, competencyIds: readonly string[]): string[] {
	const known = new Set(competencyIds);
	const named = new Set(job.requirements.map((r) => r.competencyId));
	const problems: string[] = [];
	const unknown = job.requirements.filter((r) => !known.has(r.competencyId)).map((r) => r.competencyId);
	if (unknown.length > 0) problems.push(`${job.job}: onbekende competentie${unknown.length === 1 ? '' : 's'} ${unknown.map((id) => `"${id}"`).join(', ')}`);
	const missing = competencyIds.filter((id) => !named.has(id));
	if (missing.length > 0)
		problems.push(`${job.job}: geef ook een niveau (of "niet van belang") voor ${missing.map((id) => `"${id}"`).join(', ')}`);
	return problems;
}

/** Problems of a whole file against the competency profiles available (shipped or stored on the tablet). */
export function checkTargetProfilesAgainst(file: TargetProfiles, profiles: readonly { id: string; version: string; competencies: readonly { id: string }[] }[]): string[] {
	const profile = profiles.find((p) => p.id === file.profile.id && p.version === file.profile.version);
	if (!profile) return [`verwijst naar competentieprofiel ${file.profile.id}@${file.profile.version}, dat hier niet bewaard is; importeer dat profiel eerst`];
	const ids = profile.competencies.map((c) => c.id);
	return file.jobs.flatMap((job) => checkJobAgainstProfile(job, ids));
}
