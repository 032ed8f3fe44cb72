/// <reference types="vite-plugin-pwa/client" />

export interface PwaEvents {
	onNeedRefresh: () => void;
	onOfflineReady: () => void;
}

/**
 * Registers the service worker that makes the app work offline. A new version waits until the user
 * chooses to update (never a reload in the middle of typing); returns the function that activates it.
 */
export async function registerServiceWorker(events: PwaEvents): Promise<(reload?: boolean) => Promise<void>> {
	const { registerSW } = await import('virtual:pwa-register');
	return registerSW({ immediate: true, ...events });
}
