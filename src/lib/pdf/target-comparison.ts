import type { Content } from 'pdfmake/interfaces';
import type { CandidateTarget, ComparisonRow } from '$lib/engine/target';
import { comparisonScale, splitByMeasured } from '$lib/engine/target';
import { samLevelLabel } from '$lib/engine/rubric/sam-scale';
import { NOT_OBSERVED } from '$lib/engine/model/observation';
import { heading, userText } from './pdf-text';

const STEP_WIDTH = 16;
const STEP_HEIGHT = 9;
const STEP_GAP = 2;
const REACHED = '#0b4f6c';
const ASKED = '#0b4f6c';
const EMPTY = '#c4cbd0';

/**
 * One row of the comparison drawn as four steps: filled up to the level found, outlined (heavier) up to the level the
 * job asks. A gap reads as outlined steps left white. Vector drawing, so it stays sharp on paper.
 */
export function scaleCanvas(row: Pick<ComparisonRow, 'asks' | 'found'>): Content {
	return {
		canvas: comparisonScale(row.asks, row.found).map((step, i) => ({
			type: 'rect',
			x: i * (STEP_WIDTH + STEP_GAP),
			y: 1,
			w: STEP_WIDTH,
			h: STEP_HEIGHT,
			color: step.reached ? REACHED : '#ffffff',
			lineColor: step.asked ? ASKED : EMPTY,
			lineWidth: step.asked ? 1.5 : 0.75
		}))
	};
}

const foundLabel = (row: ComparisonRow) =>
	row.found === undefined ? '–' : row.found === NOT_OBSERVED ? 'niet geobserveerd' : samLevelLabel(row.found) + (row.source === 'voorlopig' ? '*' : '');

function comparisonTable(measured: readonly ComparisonRow[]): Content {
	return {
		table: {
			headerRows: 1,
			dontBreakRows: true,
			widths: ['*', 62, 70, 74, '*'],
			body: [
				['Competentie', 'Vraagt', 'Nu', 'Grafiek', 'In woorden'].map((text) => ({ text, style: 'tableHeader' })),
				...measured.map((row) => [userText(row.name), samLevelLabel(row.asks), foundLabel(row), scaleCanvas(row), { text: row.words, style: 'small' }])
			]
		},
		layout: 'lightHorizontalLines',
		margin: [0, 4, 0, 4]
	};
}

/**
 * "Tegenover het jobdoelwit": what the functieprofiel asks next to what the assessment found, the readiness as a
 * proposal the lead confirms, and the competencies the job does not need, apart and never counted as gaps.
 */
export function targetSection(target: CandidateTarget | undefined): Content[] {
	if (!target) return [];
	if (target.kind === 'missing') return [heading('Tegenover het jobdoelwit'), { text: target.message, style: 'muted' }];
	const c = target.comparison;
	const { measured, unmeasured } = splitByMeasured(c);
	const content: Content[] = [
		{ ...heading(`Tegenover het jobdoelwit: ${c.job}`), pageBreak: 'before' },
		{ text: [{ text: 'Klaar voor doorstroom naar ', style: 'label' }, userText(c.job, { bold: true }), { text: '? ', style: 'label' }, c.readiness.summary] },
		{ text: 'Dit is een voorstel uit de vergelijking; de hoofdassessor beslist in de eindbeoordeling.', style: ['muted', 'small'], margin: [0, 2, 0, 6] },
		comparisonTable(measured),
		{
			text: `Grafiek: gevuld = het niveau nu, omrand = wat de job vraagt.${c.rows.some((r) => r.source === 'voorlopig') ? ' * = voorlopig (nog geen consensus).' : ''}`,
			style: ['muted', 'small']
		}
	];
	if (unmeasured.length > 0)
		content.push(heading('Vraagt de job, maar niet gemeten in dit assessment-center', 2), {
			ul: unmeasured.map((r) => ({ text: [userText(r.name, { bold: true }), ` – vraagt ${samLevelLabel(r.asks).toLowerCase()}. `, userText(r.reason)] }))
		});
	if (c.notRelevant.length > 0)
		content.push(heading('Niet van belang voor deze job', 2), {
			ul: c.notRelevant.map((n) => ({ text: [userText(n.name, { bold: true }), ' – ', userText(n.reason)] }))
		});
	return content;
}
