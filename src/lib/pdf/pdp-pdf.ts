import type { PdpDocument } from '$lib/engine/report/pdp-document';
import { pdpDocumentDefinition } from './pdp-document';
import { renderPdf } from './load-pdfmake';
import { downloadBlob, safeFileName } from './download';

/** Saves the PDP action plan as a PDF on the device. */
export async function downloadPdp(doc: PdpDocument): Promise<string> {
	const blob = await renderPdf(pdpDocumentDefinition(doc));
	const fileName = safeFileName(doc.title, 'pdf');
	downloadBlob(blob, fileName);
	return fileName;
}
