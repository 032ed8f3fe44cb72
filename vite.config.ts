import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { runnerImport } from 'vite';

export default defineConfig({
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
		sveltekit()
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
					include: ['src/**/*.svelte.test.ts'],
					setupFiles: ['src/vitest-setup.ts']
				}
			}
		]
	}
});
