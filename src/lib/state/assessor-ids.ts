import { listAssessors } from '$lib/db/assessors.repo';

/** Every assessor on this tablet with their id, by name: what the server's administrator needs for a role. */
export async function loadAssessorIds(): Promise<Array<{ id: string; name: string }>> {
	const assessors = await listAssessors();
	return assessors.map((a) => ({ id: a.id, name: a.name })).sort((a, b) => a.name.localeCompare(b.name, 'nl-BE'));
}
