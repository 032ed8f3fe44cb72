import { buildCandidateReport } from '$lib/engine/report/candidate-report';
import { buildSessionReport } from '$lib/engine/report/session-report';
import { buildLevelChart } from '$lib/engine/report/level-chart';
import type { ReportSource } from '$lib/engine/report/report-source';
import { renderLevelChartImage } from '$lib/charts/report-level-chart';
import { candidateReportDocument } from './candidate-report';
import { sessionReportDocument } from './session-report';
import { loadPdfMake, renderPdf } from './load-pdfmake';
import { downloadBlob, safeFileName } from '$lib/export/download';

export type PdfResult = { ok: true; fileName: string } | { ok: false; problem: string };

/** Phases of a report as performance measures (`wakker-report:chart`…), read by the benchmark; nothing leaves the device. */
function mark(phase: string, since: number): void {
	performance.measure(`wakker-report:${phase}`, { start: since, end: performance.now() });
}

/** Builds the candidate report (chart included) and saves it as a PDF on the device. */
export async function downloadCandidateReport(source: ReportSource, candidateId: string): Promise<PdfResult> {
	const candidate = source.candidates.find((c) => c.id === candidateId);
	if (!candidate) return { ok: false, problem: 'Deze kandidaat hoort niet (meer) bij dit assessment-center.' };
	void loadPdfMake().catch(() => undefined); // fetch pdfmake and its fonts while the chart is drawn (no-op when already loading)
	const started = performance.now();
	const report = buildCandidateReport(source, candidate);
	const chartModel = buildLevelChart(report.overview);
	mark('model', started);
	const chart = await renderLevelChartImage(chartModel);
	mark('chart', started);
	const blob = await renderPdf(candidateReportDocument(report, { image: chart.image, legend: chartModel.legend }));
	mark('pdf', started);
	const fileName = safeFileName(`assessmentrapport ${candidate.name}`, 'pdf');
	downloadBlob(blob, fileName);
	return { ok: true, fileName };
}

/** The lead's overview of every candidate, saved as a PDF. */
export async function downloadSessionReport(source: ReportSource): Promise<PdfResult> {
	const blob = await renderPdf(sessionReportDocument(buildSessionReport(source)));
	const fileName = safeFileName(`sessierapport ${source.session.name}`, 'pdf');
	downloadBlob(blob, fileName);
	return { ok: true, fileName };
}
