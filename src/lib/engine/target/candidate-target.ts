import type { Candidate, TargetJobRef } from '../model/session';
import type { TargetJob } from '../rubric/target-profile.schema';
import type { NamedCompetency, TargetComparison } from './target-comparison';
import { compareWithTarget, type FoundLevel } from './target-comparison';

/** A job from a functieprofielen file stored on this tablet, under the file's `id@version`. */
export interface TargetJobEntry {
	readonly profilesKey: string;
	readonly job: TargetJob;
}

/** One string per job reference (file key and job id, neither of which holds "#"): for sets, maps and select values. */
export function targetJobKey(ref: TargetJobRef): string {
	return `${ref.profilesKey}#${ref.jobId}`;
}

export function findTargetJobEntry(entries: readonly TargetJobEntry[], ref: TargetJobRef | undefined): TargetJobEntry | undefined {
	return ref ? entries.find((e) => e.profilesKey === ref.profilesKey && e.job.id === ref.jobId) : undefined;
}

/**
 * What a report or screen says about a candidate's job target:
 * - `compared`: the candidate points at a functieprofiel stored here;
 * - `missing`: they point at one this tablet does not have (imported elsewhere), said plainly;
 * - undefined: no functieprofiel chosen (the free-text jobdoelwit stays as it is).
 */
export type CandidateTarget = { kind: 'compared'; comparison: TargetComparison } | { kind: 'missing'; message: string };

export function candidateTarget(
	candidate: Pick<Candidate, 'targetJob'>,
	entries: readonly TargetJobEntry[],
	found: readonly FoundLevel[],
	competencies: readonly NamedCompetency[]
): CandidateTarget | undefined {
	if (!candidate.targetJob) return undefined;
	const entry = findTargetJobEntry(entries, candidate.targetJob);
	if (!entry)
		return {
			kind: 'missing',
			message: `Het gekozen functieprofiel (${candidate.targetJob.jobId} uit ${candidate.targetJob.profilesKey}) staat niet op dit toestel; importeer het bij Rubrieken om de vergelijking te zien.`
		};
	return { kind: 'compared', comparison: compareWithTarget(entry.job, found, competencies) };
}
