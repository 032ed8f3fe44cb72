import { defineConfig } from 'vitest/config';

/**
 * The end-to-end tests in WebKit (WebKitGTK through WebDriver, next to Playwright's Chromium): tests/e2e/*.webkit.ts,
 * one at a time in one browser driver, against the build served by tests/e2e/helpers/webkit-servers.ts.
 */
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.webkit.ts'],
		globalSetup: ['tests/e2e/helpers/webkit-servers.ts'],
		environment: 'node',
		fileParallelism: false,
		maxWorkers: 1,
		// WebKit under Xvfb on a shared machine: generous, a hung step still ends the test.
		testTimeout: 150_000,
		hookTimeout: 60_000,
		// As Playwright's config: on CI a test that fails once runs again, so a timing race does not block a landing.
		retry: process.env.CI ? 1 : 0,
		reporters: ['default']
	}
});
