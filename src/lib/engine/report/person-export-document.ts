import type { ActionItem, AuditEntry, Candidate, Classification, ConsensusDecision, Observation, Pdp, Rating, TociEvaluation } from '../model';
import { NOT_OBSERVED } from '../model/observation';
import type { FinalAssessment } from '../model/final-assessment';
import { samLevelLabel, type SamLevelId } from '../rubric/sam-scale';
import { actionStatusLabel } from '../organisation/action-status';
import { OUTCOME_LABELS } from '../toci/decision';
import { FINAL_ADVICE_LABELS } from './final-assessment';
import { countLabel, formatDateNl, formatDateTimeNl } from '../common/format-nl';

/**
 * Everything stored about one person, written for that person (right of access, GDPR art. 15): per kind of data
 * what it says, where it came from, who wrote it and when, with names instead of ids. The JSON export carries
 * the same records for a machine; this is what a person can read.
 */
export interface PersonExportDocument {
	personName: string;
	madeOn: string;
	intro: string[];
	sections: PersonExportSection[];
}

export interface PersonExportSection {
	title: string;
	/** "3 notities": how many records of this kind. */
	count: string;
	/** Said instead of a table when there are none. */
	none: string;
	columns: readonly string[];
	rows: string[][];
}

export interface PersonExportInput {
	candidate: Candidate;
	session?: { name: string; days: readonly { date: string }[] } | undefined;
	exercises: readonly { id: string; name: string }[];
	observations: readonly Observation[];
	classifications: readonly Classification[];
	ratings: readonly Rating[];
	consensusDecisions: readonly ConsensusDecision[];
	finalAssessments: readonly FinalAssessment[];
	pdps: readonly Pdp[];
	actions: readonly ActionItem[];
	tociEvaluations: readonly TociEvaluation[];
	auditLog: readonly AuditEntry[];
	/** Assessor, coach and observer ids → names, as stored on this tablet. */
	people: Readonly<Record<string, string>>;
	/** Competency ids → names in the session's profile. */
	competencies: Readonly<Record<string, string>>;
	/** This tablet's id in version vectors: tells what was written here and what came from elsewhere. */
	thisDeviceId: string;
	madeAt: string;
}

const COLUMNS = ['Wat', 'Waar vandaan', 'Door', 'Wanneer'] as const;

/** Where a record came from, read from its version vector: the tablets that wrote it. */
export function originOf(record: { vv: Readonly<Record<string, number>> }, thisDeviceId: string): string {
	const devices = Object.keys(record.vv);
	const here = devices.includes(thisDeviceId);
	const elsewhere = devices.some((d) => d !== thisDeviceId);
	if (here && elsewhere) return 'deze en een andere tablet';
	if (elsewhere) return 'een andere tablet';
	return 'deze tablet';
}

export function buildPersonExportDocument(input: PersonExportInput): PersonExportDocument {
	const who = (id: string | undefined) => (id ? (input.people[id] ?? 'iemand die niet meer op deze tablet staat') : 'niet vastgelegd');
	const competency = (id: string) => input.competencies[id] ?? id;
	const exercise = (id: string) => input.exercises.find((e) => e.id === id)?.name ?? 'een oefening';
	const sessionName = input.session?.name ?? 'een assessment-center';
	const where = (record: { vv: Record<string, number> }, place: string) => `${place}\nop: ${originOf(record, input.thisDeviceId)}`;
	const level = (id: SamLevelId | typeof NOT_OBSERVED | undefined) => (id === undefined ? 'geen niveau' : id === NOT_OBSERVED ? 'niet geobserveerd' : samLevelLabel(id));
	const practice = (record: { practice?: true; deletedAt?: string }) =>
		`${record.practice ? ' (oefening van een observator in opleiding, telt niet mee)' : ''}${record.deletedAt ? ` (verwijderd op ${formatDateNl(record.deletedAt)}, nog bewaard zodat het ongedaan gemaakt kan worden)` : ''}`;
	const notes = new Map(input.observations.map((o) => [o.id, o]));
	const byDate = <T extends { updatedAt: string }>(rows: readonly T[]) => [...rows].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));

	const section = (title: string, singular: string, plural: string, rows: string[][]): PersonExportSection => ({
		title,
		count: countLabel(rows.length, singular, plural),
		none: `Er ${title === 'Logboek' ? 'staat niets in het logboek' : `zijn geen ${plural}`} over ${input.candidate.name}.`,
		columns: COLUMNS,
		rows
	});

	const c = input.candidate;
	const sections: PersonExportSection[] = [
		section('Persoonsgegevens', 'gegeven', 'gegevens', [
			[
				[`Naam: ${c.name}`, c.code ? `Code: ${c.code}` : '', c.jobTarget ? `Jobdoelwit: ${c.jobTarget}` : '', c.targetJob ? `Functieprofiel: ${c.targetJob.jobId}` : '']
					.filter(Boolean)
					.join('\n'),
				where(c, c.sessionId ? `kandidaat in ${sessionName}` : 'gevolgd zonder assessment-center (TOCI of PDP)'),
				c.coachAssessorIds.length > 0 ? `Coach: ${c.coachAssessorIds.map(who).join(', ')}` : '–',
				`aangemaakt ${formatDateTimeNl(c.createdAt)}, laatst gewijzigd ${formatDateTimeNl(c.updatedAt)}`
			]
		]),
		section(
			'Notities van assessoren',
			'notitie',
			'notities',
			[...input.observations]
				.sort((a, b) => a.observedAt.localeCompare(b.observedAt))
				.map((o) => [`${o.text}${practice(o)}`, where(o, `oefening ${exercise(o.exerciseId)}`), who(o.authorId), formatDateTimeNl(o.observedAt)])
		),
		section(
			'Klasseringen (notitie bij een competentie)',
			'klassering',
			'klasseringen',
			byDate(input.classifications).map((k) => {
				const note = notes.get(k.observationId)?.text;
				return [
					`${competency(k.competencyId)}${k.levelId ? `: ${samLevelLabel(k.levelId)}` : ''}${note ? `\nbij de notitie “${note.length > 120 ? `${note.slice(0, 119)}…` : note}”` : ''}${practice(k)}`,
					where(k, `oefening ${exercise(k.exerciseId)}`),
					who(k.authorId),
					formatDateTimeNl(k.updatedAt)
				];
			})
		),
		section(
			'Scores per oefening',
			'score',
			'scores',
			byDate(input.ratings).map((r) => [
				`${competency(r.competencyId)}: ${level(r.level)}${r.submittedAt ? '' : ' (nog niet ingediend)'}${practice(r)}`,
				where(r, `oefening ${exercise(r.exerciseId)}`),
				who(r.authorId),
				r.submittedAt ? `ingediend ${formatDateTimeNl(r.submittedAt)}` : formatDateTimeNl(r.updatedAt)
			])
		),
		section(
			'Consensus (samen besloten niveau)',
			'besluit',
			'besluiten',
			byDate(input.consensusDecisions).map((d) => [
				`${competency(d.competencyId)}: ${d.noConsensus ? 'geen consensus' : level(d.level)}${d.reason.trim() ? `\nReden: ${d.reason}` : ''}${practice(d)}`,
				where(d, 'consensusoverleg'),
				who(d.decidedBy),
				formatDateTimeNl(d.updatedAt)
			])
		),
		section(
			'Eindbeoordeling',
			'eindbeoordeling',
			'eindbeoordelingen',
			byDate(input.finalAssessments).map((f) => [
				[f.advice ? `Advies: ${FINAL_ADVICE_LABELS[f.advice]}` : 'Nog geen advies', f.motivation.trim() ? `Motivatie: ${f.motivation}` : '', f.attentionPoints.trim() ? `Aandachtspunten: ${f.attentionPoints}` : '']
					.filter(Boolean)
					.join('\n'),
				where(f, 'eindbeoordeling'),
				who(f.authorId),
				formatDateTimeNl(f.updatedAt)
			])
		),
		section(
			"Persoonlijk Doorstroom Plan (PDP's)",
			'PDP',
			"PDP's",
			byDate(input.pdps).map((p) => [
				[
					`${p.title}${practice(p)}`,
					p.target ? `Jobdoelwit: ${p.target.job}` : '',
					p.needs.length > 0 ? countLabel(p.needs.length, 'nood', 'noden') : '',
					...(p.coachingSessions ?? []).map((s) => `Coachinggesprek ${formatDateNl(s.date)}: ${s.agreed}${s.next ? ` (volgende afspraak ${formatDateNl(s.next.date)})` : ''}`)
				]
					.filter(Boolean)
					.join('\n'),
				where(p, p.sessionId ? `na ${sessionName}` : 'zonder assessment-center'),
				who(p.coachId),
				`aangemaakt ${formatDateTimeNl(p.createdAt)}, laatst gewijzigd ${formatDateTimeNl(p.updatedAt)}`
			])
		),
		section(
			'Acties in het PDP',
			'actie',
			'acties',
			[...input.actions]
				.sort((a, b) => a.order - b.order)
				.map((a) => [
					`${a.text}${practice(a)}\nStatus: ${actionStatusLabel(a.status)}${a.timespan ? ` · Wanneer: ${a.timespan}` : ''}${a.who ? ` · Wie: ${a.who}` : ''}${a.remarks.trim() ? `\nOpmerking: ${a.remarks}` : ''}`,
					where(a, a.source === 'toci' ? 'afgesproken in een TOCI-gesprek' : 'in het PDP'),
					a.who || '–',
					formatDateTimeNl(a.updatedAt)
				])
		),
		section(
			'TOCI-evaluatiegesprekken',
			'gesprek',
			'gesprekken',
			[...input.tociEvaluations]
				.sort((a, b) => a.date.localeCompare(b.date))
				.map((t) => [
					[`Gesprek van ${formatDateNl(t.date)}`, t.decision ? `Beslissing: ${OUTCOME_LABELS[t.decision.outcome]}${t.decision.reason.trim() ? ` (${t.decision.reason})` : ''}` : '', `Ingevuld door jezelf: ${Object.keys(t.self).length}, door de mentor: ${Object.keys(t.mentor).length}, door de coach: ${Object.keys(t.coach).length} competenties`]
						.filter(Boolean)
						.join('\n'),
					where(t, 'TOCI'),
					[t.mentorName ? `mentor ${t.mentorName}` : '', t.coachName ? `coach ${t.coachName}` : ''].filter(Boolean).join(', ') || '–',
					formatDateTimeNl(t.updatedAt)
				])
		),
		section(
			'Logboek',
			'regel',
			'regels',
			[...input.auditLog].sort((a, b) => a.at.localeCompare(b.at)).map((e) => [e.summary, 'logboek van deze tablet', who(e.actorId), formatDateTimeNl(e.at)])
		)
	];

	return {
		personName: c.name,
		madeOn: formatDateTimeNl(input.madeAt),
		intro: [
			`Dit overzicht toont alles wat de app WAKKER op deze tablet over ${c.name} bewaart: wat er staat, waar het vandaan komt, wie het schreef en wanneer.`,
			'Notities van assessoren beschrijven wat ze zagen tijdens een oefening. Wie iets wil laten verbeteren of wissen, vraagt het aan de jobcoach of de organisatie.',
			...(input.session ? [`Assessment-center: ${input.session.name}${input.session.days.length > 0 ? ` (${input.session.days.map((d) => formatDateNl(d.date)).join(', ')})` : ''}.`] : []),
			'"Waar vandaan" zegt bij welke oefening iets hoort en op welke tablet het geschreven werd: deze tablet, of een andere die haar gegevens via een bestand of synchronisatie deelde.',
			'Hetzelfde staat ook in het JSON-bestand van deze export, dat een computer kan inlezen.'
		],
		sections
	};
}
