import type { TDocumentDefinitions } from 'pdfmake/interfaces';

/** The part of pdfmake the app uses. */
export interface PdfMakeApi {
	createPdf(doc: TDocumentDefinitions): { getBlob(): Promise<Blob> };
}

let loading: Promise<PdfMakeApi> | undefined;

/**
 * Loads pdfmake and its Roboto fonts (≈ 800 kB gzip together) on the first PDF asked for, never on page
 * load; later calls reuse the same instance. pdfmake 0.3: fonts are added with addVirtualFileSystem.
 */
export function loadPdfMake(): Promise<PdfMakeApi> {
	loading ??= (async () => {
		const [pdfMakeModule, vfsModule] = await Promise.all([import('pdfmake/build/pdfmake'), import('pdfmake/build/vfs_fonts')]);
		const pdfMake = ('default' in pdfMakeModule ? pdfMakeModule.default : pdfMakeModule) as typeof import('pdfmake/build/pdfmake');
		const vfs = ('default' in vfsModule ? vfsModule.default : vfsModule) as Record<string, string>;
		pdfMake.addVirtualFileSystem(vfs);
		return pdfMake;
	})();
	loading.catch(() => (loading = undefined));
	return loading;
}

/** Renders a pdfmake document definition to a PDF Blob. */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Blob> {
	const pdfMake = await loadPdfMake();
	return pdfMake.createPdf(doc).getBlob();
}
