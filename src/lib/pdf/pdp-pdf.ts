import type { PdpDocument } from '$lib/engine/report/pdp-document';
import type { CandidatePdpDocument } from '$lib/engine/report/pdp-candidate-document';
import { pdpDocumentDefinition } from './pdp-document';
import { candidatePdpDocumentDefinition } from './pdp-candidate-document';
import { renderPdf } from './load-pdfmake';
import { downloadBlob, safeFileName } from '$lib/export/download';

/** Saves the PDP action plan as a PDF on the device. */
export async function downloadPdp(doc: PdpDocument): Promise<string> {
	const blob = await renderPdf(pdpDocumentDefinition(doc));
	const fileName = safeFileName(doc.title, 'pdf');
	downloadBlob(blob, fileName);
	return fileName;
}

/** Saves the candidate's own version of the PDP (easy Dutch, portrait, room to sign) as a PDF. */
export async function downloadCandidatePdp(doc: CandidatePdpDocument): Promise<string> {
	const blob = await renderPdf(candidatePdpDocumentDefinition(doc));
	const fileName = safeFileName(`Mijn plan ${doc.candidateName}`, 'pdf');
	downloadBlob(blob, fileName);
	return fileName;
}
