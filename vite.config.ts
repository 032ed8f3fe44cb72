import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { runnerImport } from 'vite';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Kit's output folder; side-by-side builds use their own (KIT_OUT_DIR, as in svelte.config.js). */
const KIT_OUT_DIR = process.env.KIT_OUT_DIR ?? '.svelte-kit';

/**
 * A hash of every built-in rubric file: the app stores the built-in rubrics when the database opens, and skips
 * loading, validating and hashing them again on a device that already stored exactly these (db/rubrics.repo.ts).
 */
function builtinRubricsFingerprint(dir = 'rubrics'): string {
	const hash = createHash('sha256');
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name.endsWith('.json')) hash.update(path).update('\0').update(readFileSync(path)).update('\0');
		}
	};
	walk(dir);
	return hash.digest('hex').slice(0, 32);
}

export default defineConfig({
	define: { __BUILTIN_RUBRICS_FINGERPRINT__: JSON.stringify(builtinRubricsFingerprint()) },
	plugins: [
		{
			// A rubric file that does not match the schema must stop the build, naming file and path.
			name: 'validate-rubrics',
			async buildStart() {
				// Loaded through Vite's runner because the engine is TypeScript with extensionless imports.
				const { module } = await runnerImport<typeof import('./scripts/validate-rubrics')>('./scripts/validate-rubrics.ts');
				const problems = module.validateRubricFolder('rubrics');
				if (problems.length > 0) this.error(`Ongeldige rubriekbestanden:\n${problems.join('\n')}`);
			}
		},
		sveltekit(),
		// Installable and fully offline after the first visit: the service worker precaches every build asset,
		// including the lazily loaded pdfmake, its Roboto fonts and chart.js, so PDFs and charts work without network.
		SvelteKitPWA({
			registerType: 'prompt',
			injectRegister: false,
			manifest: {
				name: 'WAKKER – assessment-centers voor doorstroom',
				short_name: 'WAKKER',
				description: 'Observeren, scoren en rapporteren volgens WAKKER, offline op je tablet.',
				lang: 'nl-BE',
				start_url: '/',
				scope: '/',
				display: 'standalone',
				orientation: 'any',
				background_color: '#f7f7f4',
				theme_color: '#0b4f6c',
				icons: [
					{ src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
					{ src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
					{ src: '/icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
					{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' }
				]
			},
			// Every navigation is answered with the cached SPA shell (kit writes it with absolute asset paths,
			// paths.relative = false), so any screen opens and reloads offline.
			kit: { spa: true, adapterFallback: '/', outDir: KIT_OUT_DIR },
			// Where the plugin writes and then picks up the worker; it assumes '.svelte-kit' unless told.
			outDir: `${KIT_OUT_DIR}/output`,
			workbox: {
				swDest: `${KIT_OUT_DIR}/output/server/sw.js`,
				globPatterns: ['client/**/*.{js,css,html,ico,png,svg,webp,woff,woff2,ttf,json,webmanifest}'],
				// pdfmake's font file system is a single ~2 MB chunk; the default 2 MiB limit would silently skip it.
				maximumFileSizeToCacheInBytes: 20 * 1024 * 1024
			}
		})
	],
	build: { chunkSizeWarningLimit: 1500 },
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts']
				}
			},
			{
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					// jsdom, fake IndexedDB and Svelte's scheduler on two shared cores can take several seconds for one
					// test: the limit guards against a hang, not against slowness (timings belong in npm run bench).
					testTimeout: 20_000,
					include: ['src/**/*.svelte.test.ts'],
					setupFiles: ['src/vitest-setup.ts']
				}
			}
		]
	}
});
