// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/** Hash of the built-in rubric files, set by vite.config.ts; absent where another bundler builds the code. */
	const __BUILTIN_RUBRICS_FINGERPRINT__: string | undefined;
}

export {};
