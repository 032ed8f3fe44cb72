import type { BundleRecords } from './bundle';

/**
 * Drafts never leave the tablet: a rating an assessor has not submitted is their work in progress, and
 * blind rating means nobody else may see it. Exchange bundles carry submitted ratings only, and an import
 * leaves out any draft a file still holds (an older file, or a backup merged instead of restored), so a
 * draft never arrives as someone's rating on another tablet. A backup restored onto the own tablet is
 * the exception: it brings back the tablet as it was, drafts included.
 */
export function isSubmittedRating(record: Record<string, unknown>): boolean {
	return typeof record.submittedAt === 'string' && record.submittedAt.length > 0;
}

/** The records without draft ratings, and how many were left out. */
export function withoutDraftRatings(records: BundleRecords): { records: BundleRecords; draftsLeftOut: number } {
	const ratings = records.ratings;
	if (!ratings) return { records, draftsLeftOut: 0 };
	const submitted = ratings.filter(isSubmittedRating);
	return { records: { ...records, ratings: submitted }, draftsLeftOut: ratings.length - submitted.length };
}
