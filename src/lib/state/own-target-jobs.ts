import { ownTargetProfilesId, targetJobDraft, withOwnTargetJob, type TargetJobDraft } from '$lib/engine/target';
import type { CompetencyProfile, TargetJob } from '$lib/engine/rubric';
import { getCompetencyProfile, getLatestRubricContent, getTargetProfiles, importRubricFile, listRubricVersions } from '$lib/db/rubrics.repo';
import { type Result } from '$lib/engine/common/result';

/** What the "functieprofiel schrijven" screen starts from. */
export interface OwnJobStart {
	profile: CompetencyProfile;
	draft: TargetJobDraft;
	/** The job being adapted, if any ("Aanpassen" on a shipped or own job). */
	from?: { title: string; job: string };
}

/**
 * The form's start: a copy of job `jobId` in file `profilesKey` to adapt, or an empty form for the newest competency
 * profile stored. Undefined when the file or job is not (or no longer) on this tablet.
 */
export async function loadOwnJobStart(profilesKey: string | null, jobId: string | null): Promise<OwnJobStart | undefined> {
	if (profilesKey && jobId) {
		const file = await getTargetProfiles(profilesKey);
		const job = file?.jobs.find((j) => j.id === jobId);
		const profile = file ? await getCompetencyProfile(`${file.profile.id}@${file.profile.version}`) : undefined;
		if (!file || !job || !profile) return undefined;
		return { profile, draft: targetJobDraft(profile, job), from: { title: `${file.title} ${file.version}`, job: job.job } };
	}
	const [newest] = (await listRubricVersions('competency-profile')).sort((a, b) => b.storedAt.localeCompare(a.storedAt));
	const profile = newest?.content.kind === 'competency-profile' ? newest.content : undefined;
	return profile ? { profile, draft: targetJobDraft(profile) } : undefined;
}

/** Saves the job as a new version of the organisation's own functieprofielen; Dutch problems when it is refused. */
export async function saveOwnTargetJob(profile: CompetencyProfile, draft: TargetJobDraft): Promise<Result<{ key: string; job: TargetJob['job'] }>> {
	const previous = await getLatestRubricContent(ownTargetProfilesId(profile), 'target-profiles');
	const next = withOwnTargetJob(profile, previous, draft);
	if (!next.ok) return next;
	const stored = await importRubricFile(JSON.stringify(next.file), 'Eigen functieprofiel');
	return stored.ok ? { ok: true, key: stored.record.id, job: draft.job.trim() } : stored;
}
