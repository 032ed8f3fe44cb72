import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { CandidateReport, CompetencySection } from '$lib/engine/report/candidate-report';
import { TIER_LABELS } from '$lib/engine/rubric/competency-profile.schema';
import { describeSamLevels, SAM_STRENGTH_LEVELS } from '$lib/engine/rubric/sam-scale';
import { countLabel } from '$lib/engine/common/format-nl';
import { NO_CONSENSUS_LABEL, shortLevelLabel } from '$lib/engine/report/level-outcome';
import { factTable, heading, pageFooter, PDF_DEFAULT_STYLE, PDF_STYLES, userText } from './pdf-text';
import { targetSection } from './target-comparison';

export const REPORT_END_TEXT = 'Einde van het rapport.';

function cover(report: CandidateReport): Content[] {
	const c = report.cover;
	return [
		{ text: report.provisional ? 'Assessmentrapport (voorlopig)' : 'Assessmentrapport', style: 'title' },
		userText(c.candidateName, { style: 'subtitle' }),
		factTable([
			['Jobdoelwit', c.jobTarget],
			...(report.target?.kind === 'compared' ? [['Functieprofiel', report.target.comparison.job] as const] : []),
			['Assessment-center', c.sessionName],
			['Plaats', c.location],
			['Data', c.dates.join(', ')],
			['Oefeningen', c.exercises.join(', ')],
			['Assessoren', c.assessors.join(', ')],
			['Competentieprofiel', c.rubricVersion],
			['Consensus', consensusStatus(report)],
			['Opgemaakt op', c.generatedOn]
		])
	];
}

/** Said on the cover, so nobody reads a combined score as the assessors' decision. */
function consensusStatus(report: CandidateReport): string {
	const { consensusCount, medianCount } = report.method;
	const total = report.sections.length;
	if (consensusCount === total) return `voor alle ${total} competenties`;
	return `voor ${consensusCount} van de ${total} competenties${medianCount > 0 ? `; voor ${medianCount} staat de gecombineerde score (nog geen consensus)` : ''}`;
}

/** Rapporteren: the lead's eindbeoordeling, first after the cover because it is what candidate and coach read first. */
function finalAssessmentSection(report: CandidateReport): Content[] {
	const content: Content[] = [{ ...heading('Eindbeoordeling'), pageBreak: 'before' }];
	const f = report.finalAssessment;
	if (!f) return [...content, { text: 'Er is nog geen eindbeoordeling: de hoofdassessor schrijft ze na de consensus.', style: 'muted' }];
	content.push({ text: [{ text: 'Advies: ', style: 'label' }, f.adviceLabel ?? 'nog niet gekozen'], margin: [0, 0, 0, 4] });
	if (f.motivation.trim()) content.push(heading('Motivatie', 2), userText(f.motivation, { margin: [0, 0, 0, 4] }));
	const list = (title: string, items: { name: string; levelLabel: string }[], none: string): Content[] => [
		heading(title, 2),
		items.length > 0 ? { ul: items.map((i) => ({ text: [userText(i.name, { bold: true }), ` – ${i.levelLabel.toLowerCase()}`] })) } : { text: none, style: 'muted' }
	];
	content.push(keepWithNext(...list('Sterke punten', f.strengths, 'Geen sterke punten gekozen.')));
	content.push(keepWithNext(...list('Groeipunten', f.growthPoints, 'Geen groeipunten gekozen.')));
	if (f.attentionPoints.trim()) content.push(keepWithNext(heading('Aandachtspunten', 2), userText(f.attentionPoints)));
	content.push({ text: ['Geschreven door ', userText(f.writtenBy), ` op ${f.writtenOn}.`], style: ['muted', 'small'], margin: [0, 8, 0, 0] });
	return content;
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
		content.push({ text: `* = ${NO_CONSENSUS_LABEL}: gecombineerde score (gemiddelde over oefeningen en assessoren).   – = geen niveau.`, style: ['muted', 'small'] });
	return content;
}

/**
 * A heading never ends a page: it travels in one unbreakable block with the start of what it introduces.
 * (Cheaper than pdfmake's pageBreakBefore, which lays out the whole document again for every break.)
 */
function keepWithNext(...blocks: Content[]): Content {
	return { stack: blocks, unbreakable: true };
}

function competencySection(section: CompetencySection): Content[] {
	const intro: Content[] = [
		heading(section.name, 2),
		{ text: [{ text: 'Niveau: ', style: 'label' }, section.levelText, `   (${TIER_LABELS[section.tier].toLowerCase()})`] },
		userText(section.definition, { style: ['muted', 'small'], margin: [0, 2, 0, 4] })
	];
	if (section.outcome.kind === 'consensus' && section.outcome.reason.trim() !== '')
		intro.push({ text: [{ text: 'Toelichting bij de consensus: ', style: 'label' }, userText(section.outcome.reason)] });
	if (section.sensitive)
		intro.push({ text: 'Gevoelige informatie over gezondheid: deel dit enkel met wie het nodig heeft.', italics: true, style: 'small' });
	const rows = section.samRows.map((row) => ({ text: [{ text: `${row.behaviour}: `, style: 'label' }, userText(row.description)] }));
	const content: Content[] = [];
	if (rows.length > 0) {
		content.push(keepWithNext(...intro, heading('Wat dit niveau inhoudt (SAM)', 3), { ul: rows.slice(0, 1) }));
		if (rows.length > 1) content.push({ ul: rows.slice(1) });
	} else content.push(keepWithNext(...intro));
	const title = `Waargenomen gedrag (${countLabel(section.evidence.length, 'notitie', 'notities')})`;
	if (section.evidence.length === 0) content.push(keepWithNext(heading(title, 3), { text: 'Geen notities gekoppeld aan deze competentie.', style: 'muted' }));
	else
		content.push({
			// The title and column names are header rows: repeated on every page, and kept with the first note.
			table: {
				headerRows: 2,
				keepWithHeaderRows: 1,
				widths: [110, '*'],
				body: [
					[{ ...heading(title, 3), colSpan: 2, border: [false, false, false, false] }, {}],
					[{ text: 'Oefening', style: 'tableHeader' }, { text: 'Notitie', style: 'tableHeader' }],
					...section.evidence.map((e) => [userText(e.exerciseName, { style: 'small' }), userText(e.text)])
				]
			},
			layout: 'lightHorizontalLines'
		});
	return content;
}

function strengthsAndGrowth(report: CandidateReport): Content[] {
	const content: Content[] = [{ ...heading('Sterke punten en groeipunten'), pageBreak: 'before' }, heading('Sterke punten', 2)];
	if (report.strengths.length === 0) content.push({ text: `Nog geen competenties op niveau ${describeSamLevels(SAM_STRENGTH_LEVELS)}.`, style: 'muted' });
	else content.push({ ul: report.strengths.map((g) => ({ text: [userText(g.name, { bold: true }), ` – ${g.levelText}`] })) });
	const growth = report.growthPoints.map((a) =>
		keepWithNext(
			{ text: [userText(a.name, { bold: true }), ` – ${a.levelText}`], margin: [0, 6, 0, 2] },
			{ text: `Op weg naar ${a.nextLevelLabel.toLowerCase()}:`, style: 'small' },
			{ ul: a.nextLevelRows.map((r) => userText(r.description, { style: 'small' })) }
		)
	);
	const [first, ...rest] = growth;
	content.push(first ? keepWithNext(heading('Groeipunten', 2), first) : keepWithNext(heading('Groeipunten', 2), { text: 'Geen competenties op niveau onvoldoende of matig.', style: 'muted' }));
	content.push(...rest);
	return content;
}

export const PROVISIONAL_TEXT = 'VOORLOPIG – de consensus is nog niet vergrendeld: niveaus en advies kunnen nog veranderen.';

/** While the consensus is open, every page says so at the top, so no single page can pass for the final report. */
function provisionalHeader(): NonNullable<TDocumentDefinitions['header']> {
	return () => ({ text: PROVISIONAL_TEXT, bold: true, fontSize: 9, color: '#a4161a', margin: [40, 20, 40, 0] });
}

function methodSection(report: CandidateReport): Content[] {
	const [first, ...rest] = report.method.paragraphs.map((p) => ({ text: p, margin: [0, 0, 0, 4] as [number, number, number, number] }));
	return [keepWithNext(heading(report.method.heading), ...(first ? [first] : [])), ...rest];
}

/** The pdfmake document of a candidate report; `chartImage` is a PNG data URL of the overview chart. */
export function candidateReportDocument(report: CandidateReport, chart?: { image: string; legend: string }): TDocumentDefinitions {
	return {
		info: { title: report.title, subject: 'Assessmentrapport', creator: 'WAKKER' },
		pageSize: 'A4',
		pageMargins: [40, report.provisional ? 48 : 40, 40, 50],
		defaultStyle: PDF_DEFAULT_STYLE,
		styles: PDF_STYLES,
		...(report.provisional ? { header: provisionalHeader() } : {}),
		footer: pageFooter(report.provisional ? `${report.title} (voorlopig)` : report.title),
		content: [
			...cover(report),
			...finalAssessmentSection(report),
			...overview(report, chart?.image, chart?.legend ?? ''),
			...targetSection(report.target),
			{ ...heading('Per competentie'), pageBreak: 'before' },
			...report.sections.flatMap(competencySection),
			...strengthsAndGrowth(report),
			...methodSection(report),
			{ text: REPORT_END_TEXT, style: 'muted', margin: [0, 12, 0, 0] }
		]
	};
}
