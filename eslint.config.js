// Lint for the app and its tests. The point is catching dropped promises: an unawaited save or load that fails
// silently loses data or leaves a screen half-loaded, and only type-aware rules see those.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// Only files inside tsconfig.json: the type-aware rules need the project service, which does not know configs,
// benches or scripts.
const files = ['src/**/*.{ts,js,svelte}', 'tests/**/*.{ts,js,svelte}'];
const scoped = (configs) => configs.map((config) => ({ ...config, files: config.files ?? files }));

export default ts.config(
	{
		ignores: ['build/', 'build-*/', '.svelte-kit/', '.svelte-kit-*/', 'dist-cli/', 'node_modules/', 'test-results*/', 'playwright-report/', 'coverage/', 'bench/output/', 'tests/output/']
	},
	...scoped([js.configs.recommended, ...ts.configs.recommended, ...svelte.configs.recommended]),
	{
		files,
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.svelte']
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: false }],
			'@typescript-eslint/no-misused-promises': 'error',
			// A leading underscore marks a value left out on purpose (`const { deletedAt: _, ...rest } = record`).
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
			// Off for now: the app is served from the root (no base path), so resolve() would change no link.
			'svelte/no-navigation-without-resolve': 'off',
			// Off for now: it flags Maps and Dates built inside a $derived and never mutated afterwards.
			'svelte/prefer-svelte-reactivity': 'off'
		}
	},
	{
		// Vitest fails the run on any unhandled rejection, so in tests an explicit `void` hides no failure.
		files: ['src/**/*.test.ts', 'tests/**/*.ts'],
		rules: { '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: true }] }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: { parser: ts.parser, svelteConfig }
		}
	}
);
