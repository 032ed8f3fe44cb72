import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
	throw new Error(
		`Chromium not found at ${CHROMIUM}. The end-to-end tests drive Debian's Chromium: ` +
			`install it with "sudo apt-get update && sudo apt-get install -y chromium" (or set CHROMIUM_PATH).`
	);
}

const PORT = Number(process.env.E2E_PORT ?? 4180);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	outputDir: 'test-results',
	fullyParallel: false,
	workers: 1,
	// On CI a test that fails once is run again and reported as flaky, so a timing race shows without blocking a landing.
	retries: process.env.CI ? 1 : 0,
	timeout: 60_000,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		locale: 'nl-BE',
		timezoneId: 'Europe/Brussels',
		trace: 'off',
		screenshot: 'only-on-failure',
		launchOptions: {
			executablePath: CHROMIUM,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	projects: [
		{
			// A 10-inch tablet in landscape with touch: the device assessors hold.
			name: 'tablet',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1180, height: 820 }, hasTouch: true, isMobile: false }
		}
	],
	webServer: {
		// The build is made by `npm run test:e2e` before Playwright starts; this only serves it.
		command: `npx vite preview --host 127.0.0.1 --strictPort --port ${PORT}`,
		url: `http://127.0.0.1:${PORT}`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
