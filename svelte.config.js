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
		alias: { $rubrics: 'rubrics' }
	}
};

export default config;
