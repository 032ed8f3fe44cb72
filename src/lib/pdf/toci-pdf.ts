import type { TociDocument } from '$lib/engine/report/toci-document';
import { tociDocumentDefinition } from './toci-document';
import { renderPdf } from './load-pdfmake';
import { downloadBlob, safeFileName } from '$lib/export/download';

/** Saves one TOCI conversation for the youth and the mentor (plain Dutch, portrait, room to sign) as a PDF. */
export async function downloadToci(doc: TociDocument): Promise<string> {
	const blob = await renderPdf(tociDocumentDefinition(doc));
	const fileName = safeFileName(`Evaluatiegesprek ${doc.youthName} ${doc.date}`, 'pdf');
	downloadBlob(blob, fileName);
	return fileName;
}
