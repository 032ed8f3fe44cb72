import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { CandidateReport, CompetencySection } from '$lib/engine/report/candidate-report';
import { TIER_LABELS } from '$lib/engine/rubric/competency-profile.schema';
import { countLabel } from '$lib/engine/report/format';
import { NO_CONSENSUS_LABEL, shortLevelLabel } from '$lib/engine/report/level-outcome';
import { factTable, heading, keepHeadingsWithContent, pageFooter, PDF_DEFAULT_STYLE, PDF_STYLES, userText } from './pdf-text';

export const REPORT_END_TEXT = 'Einde van het rapport.';

function cover(report: CandidateReport): Content[] {
	const c = report.cover;
	return [
		{ text: 'Assessmentrapport', style: 'title' },
		userText(c.candidateName, { style: 'subtitle' }),
		factTable([
			['Jobdoelwit', c.jobTarget],
			['Assessment-center', c.sessionName],
			['Plaats', c.location],
			['Data', c.dates.join(', ')],
			['Oefeningen', c.exercises.join(', ')],
			['Assessoren', c.assessors.join(', ')],
			['Competentieprofiel', c.rubricVersion],
			['Opgemaakt op', c.generatedOn]
		])
	];
}

function overview(report: CandidateReport, chartImage: string | undefined, chartLegend: string): Content[] {
	const content: Content[] = [{ ...heading('Overzicht van de competenties'), pageBreak: 'before' }];
	if (chartImage) content.push({ image: chartImage, width: 515, margin: [0, 4, 0, 4] }, { text: chartLegend, style: ['muted', 'small'], margin: [0, 0, 0, 8] });
	for (const group of report.overview) {
		content.push({
			table: {
				headerRows: 1,
				dontBreakRows: true,
				widths: ['*', 110],
				body: [
					[{ text: group.label, style: 'tableHeader' }, { text: 'Niveau', style: 'tableHeader' }],
					...group.rows.map((r) => [userText(r.name), { text: shortLevelLabel(r.outcome) }])
				]
			},
			layout: 'lightHorizontalLines',
			margin: [0, 6, 0, 6]
		});
	}
	if (report.overview.some((g) => g.rows.some((r) => r.outcome.kind !== 'consensus')))
		content.push({ text: `* = ${NO_CONSENSUS_LABEL}: mediaan van de ingediende scores.   – = geen niveau.`, style: ['muted', 'small'] });
	return content;
}

function competencySection(section: CompetencySection): Content[] {
	const content: Content[] = [
		heading(section.name, 2),
		{ text: [{ text: 'Niveau: ', style: 'label' }, section.levelText, `   (${TIER_LABELS[section.tier].toLowerCase()})`] },
		userText(section.definition, { style: ['muted', 'small'], margin: [0, 2, 0, 4] })
	];
	if (section.outcome.kind === 'consensus' && section.outcome.reason.trim() !== '')
		content.push({ text: [{ text: 'Toelichting bij de consensus: ', style: 'label' }, userText(section.outcome.reason)] });
	if (section.sensitive)
		content.push({ text: 'Gevoelige informatie over gezondheid: deel dit enkel met wie het nodig heeft.', italics: true, style: 'small' });
	if (section.samRows.length > 0) {
		content.push(heading('Wat dit niveau inhoudt (SAM)', 3), {
			ul: section.samRows.map((row) => ({ text: [{ text: `${row.behaviour}: `, style: 'label' }, userText(row.description)] }))
		});
	}
	content.push(heading(`Waargenomen gedrag (${countLabel(section.evidence.length, 'notitie', 'notities')})`, 3));
	if (section.evidence.length === 0) content.push({ text: 'Geen notities gekoppeld aan deze competentie.', style: 'muted' });
	else
		content.push({
			table: {
				headerRows: 1,
				widths: [110, '*'],
				body: [
					[{ text: 'Oefening', style: 'tableHeader' }, { text: 'Notitie', style: 'tableHeader' }],
					...section.evidence.map((e) => [userText(e.exerciseName, { style: 'small' }), userText(e.text)])
				]
			},
			layout: 'lightHorizontalLines'
		});
	return content;
}

function growthAndAttention(report: CandidateReport): Content[] {
	const content: Content[] = [{ ...heading('Groeipunten en aandachtspunten'), pageBreak: 'before' }, heading('Groeipunten', 2)];
	if (report.growthPoints.length === 0) content.push({ text: 'Nog geen competenties op niveau goed of zeer goed.', style: 'muted' });
	else content.push({ ul: report.growthPoints.map((g) => ({ text: [userText(g.name, { bold: true }), ` – ${g.levelText}`] })) });
	content.push(heading('Aandachtspunten', 2));
	if (report.attentionPoints.length === 0) content.push({ text: 'Geen competenties op niveau onvoldoende of matig.', style: 'muted' });
	for (const a of report.attentionPoints) {
		content.push(
			{ text: [userText(a.name, { bold: true }), ` – ${a.levelText}`], margin: [0, 6, 0, 2] },
			{ text: `Op weg naar ${a.nextLevelLabel.toLowerCase()}:`, style: 'small' },
			{ ul: a.nextLevelRows.map((r) => userText(r.description, { style: 'small' })) }
		);
	}
	return content;
}

/** The pdfmake document of a candidate report; `chartImage` is a PNG data URL of the overview chart. */
export function candidateReportDocument(report: CandidateReport, chart?: { image: string; legend: string }): TDocumentDefinitions {
	return {
		info: { title: report.title, subject: 'Assessmentrapport', creator: 'WAKKER' },
		pageSize: 'A4',
		pageMargins: [40, 40, 40, 50],
		defaultStyle: PDF_DEFAULT_STYLE,
		styles: PDF_STYLES,
		footer: pageFooter(report.title),
		pageBreakBefore: keepHeadingsWithContent,
		content: [
			...cover(report),
			...overview(report, chart?.image, chart?.legend ?? ''),
			{ ...heading('Per competentie'), pageBreak: 'before' },
			...report.sections.flatMap(competencySection),
			...growthAndAttention(report),
			heading(report.method.heading),
			...report.method.paragraphs.map((p) => ({ text: p, margin: [0, 0, 0, 4] as [number, number, number, number] })),
			{ text: REPORT_END_TEXT, style: 'muted', margin: [0, 12, 0, 0] }
		]
	};
}
