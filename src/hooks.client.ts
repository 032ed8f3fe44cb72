import { describeError } from '$lib/state/error-text';

// Test builds only (VITE_COLLECT_PAGE_ERRORS=1, made by `npm run test:e2e`): WebDriver cannot run a script before
// the page's own, so the WebKit tests cannot listen for page errors themselves. The app keeps every uncaught error
// and unhandled rejection on window.__pageErrors for them to read. Other builds leave this code out.
if (import.meta.env.VITE_COLLECT_PAGE_ERRORS === '1') {
	const errors: string[] = [];
	(window as unknown as { __pageErrors: string[] }).__pageErrors = errors;
	window.addEventListener('error', (event) => errors.push(describeError(event.error ?? event.message)));
	window.addEventListener('unhandledrejection', (event) => errors.push(describeError(event.reason)));
}
