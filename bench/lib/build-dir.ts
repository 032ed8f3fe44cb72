/**
 * Where a browser bench finds the built app: BUILD_DIR, else build-bench/ (what `npm run bench` builds when it is
 * missing or older than the sources). A bench run on its own without a build stops with how to make one.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const DEFAULT_BUILD_DIR = 'build-bench';

export function appBuildDir(): string {
	const dir = resolve(process.env.BUILD_DIR ?? DEFAULT_BUILD_DIR);
	if (!existsSync(join(dir, 'index.html'))) {
		throw new Error(`no build of the app in ${dir}: run \`npm run bench\` (builds it), or BUILD_DIR=${DEFAULT_BUILD_DIR} KIT_OUT_DIR=.svelte-kit-bench npx vite build`);
	}
	return dir;
}
