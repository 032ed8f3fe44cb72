import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// An SPA: every route is rendered in the browser from index.html, no server needed.
		// BUILD_DIR / KIT_OUT_DIR let several builds (e.g. parallel test runs) live side by side.
		adapter: adapter({ pages: process.env.BUILD_DIR ?? 'build', assets: process.env.BUILD_DIR ?? 'build', fallback: 'index.html', strict: true }),
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		alias: { $rubrics: 'rubrics' },
		// The service worker answers every navigation with the cached shell of '/': its asset paths must be
		// absolute, or a reload of a deeper page would look for /sessies/_app/… and show a blank page.
		paths: { relative: false },
		// Nothing leaves the device: every fetch, image, font and script comes from the app itself. Kit hashes
		// its inline start-up script (mode 'hash'; written as a <meta> in the SPA fallback page). Styles keep
		// 'unsafe-inline' because Svelte renders style attributes from its templates.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'frame-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
