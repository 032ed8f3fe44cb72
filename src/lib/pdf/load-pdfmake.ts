import type { TDocumentDefinitions } from 'pdfmake/interfaces';
// The four Roboto files as build assets (URLs, not data): fetched as binary on the first PDF and cached by the
// service worker for offline use. pdfmake's own vfs_fonts module carries the same fonts as an 855 kB base64
// script, which the browser must parse and decode before the first PDF.
import robotoRegular from 'pdfmake/fonts/Roboto/Roboto-Regular.ttf?url';
import robotoMedium from 'pdfmake/fonts/Roboto/Roboto-Medium.ttf?url';
import robotoItalic from 'pdfmake/fonts/Roboto/Roboto-Italic.ttf?url';
import robotoMediumItalic from 'pdfmake/fonts/Roboto/Roboto-MediumItalic.ttf?url';

/** The part of pdfmake the app uses. */
export interface PdfMakeApi {
	createPdf(doc: TDocumentDefinitions): { getBlob(): Promise<Blob> };
}

interface PdfMakeModule extends PdfMakeApi {
	setFonts(fonts: Record<string, Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>>): void;
	setUrlAccessPolicy(callback: (url: string) => boolean): void;
}

let loading: Promise<PdfMakeApi> | undefined;

/** pdfmake fetches fonts given as absolute http(s) URLs; the app's own origin is the only one it may use. */
function ownUrl(path: string): string {
	return new URL(path, globalThis.location.href).href;
}

/**
 * Loads pdfmake on the first PDF asked for, never on page load; later calls reuse the same instance.
 * Fonts are fetched from the app's own assets the first time a document uses them.
 */
export function loadPdfMake(): Promise<PdfMakeApi> {
	loading ??= (async () => {
		const pdfMakeModule = await import('pdfmake/build/pdfmake');
		const pdfMake = ('default' in pdfMakeModule ? pdfMakeModule.default : pdfMakeModule) as unknown as PdfMakeModule;
		const origin = globalThis.location.origin;
		// Nothing a document names (an image URL in user text, say) may make pdfmake reach another host.
		pdfMake.setUrlAccessPolicy((url) => new URL(url).origin === origin);
		pdfMake.setFonts({
			Roboto: {
				normal: ownUrl(robotoRegular),
				bold: ownUrl(robotoMedium),
				italics: ownUrl(robotoItalic),
				bolditalics: ownUrl(robotoMediumItalic)
			}
		});
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
