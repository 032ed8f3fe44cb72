import type { ActionItem, AuditEntry, Candidate, Classification, ConsensusDecision, Observation, Pdp, Rating, TociEvaluation } from '$lib/engine/model';
import type { FinalAssessment } from '$lib/engine/model/final-assessment';
import { buildPersonExportDocument } from '$lib/engine/report/person-export-document';
import { UserMessageError } from '$lib/engine/common/user-message-error';
import { buildPersonExportBundle } from '$lib/db/bundle/export';
import { listAssessors } from '$lib/db/assessors.repo';
import { listRubricVersions } from '$lib/db/rubrics.repo';
import { getDeviceId, nowIso } from '$lib/db/record-meta';
import { collectCompetencyNames } from '$lib/rubrics/competency-names';

/**
 * The readable overview of everything stored about one person (right of access), from the same records as the
 * JSON export, saved as a PDF. pdfmake is loaded only now.
 */
export async function makePersonExportPdf(candidateId: string): Promise<string> {
	const bundle = await buildPersonExportBundle(candidateId);
	// Stored records, validated when they were written: read back as the model's types.
	const rows = <T>(table: keyof typeof bundle.records): T[] => (bundle.records[table] ?? []) as unknown as T[];
	const candidate = rows<Candidate>('candidates')[0];
	if (!candidate) throw new UserMessageError('Deze persoon staat niet (meer) op deze tablet.');
	const session = rows<{ name: string; days: { date: string }[] }>('sessions')[0];
	const doc = buildPersonExportDocument({
		candidate,
		session,
		exercises: rows<{ id: string; name: string }>('exercises'),
		observations: rows<Observation>('observations'),
		classifications: rows<Classification>('classifications'),
		ratings: rows<Rating>('ratings'),
		consensusDecisions: rows<ConsensusDecision>('consensusDecisions'),
		finalAssessments: rows<FinalAssessment>('finalAssessments'),
		pdps: rows<Pdp>('pdps'),
		actions: rows<ActionItem>('actions'),
		tociEvaluations: rows<TociEvaluation>('tociEvaluations'),
		auditLog: rows<AuditEntry>('auditLog'),
		people: Object.fromEntries((await listAssessors()).map((a) => [a.id, a.name])),
		competencies: collectCompetencyNames(await listRubricVersions()),
		thisDeviceId: await getDeviceId(),
		madeAt: nowIso()
	});
	const { downloadPersonExport } = await import('$lib/pdf/person-export-pdf');
	return `Het leesbare overzicht ${await downloadPersonExport(doc)} is bewaard: kijk bij je downloads.`;
}
