import { describe, expect, it, vi } from 'vitest';
import { SYNC_MESSAGES, SyncError, type SyncConfig, type SyncStatus } from '$lib/db/sync';
import { SyncSettings, type SyncBackend } from './sync-settings.svelte';

function fakeBackend(overrides: Partial<SyncBackend> = {}) {
	let stored: SyncConfig | undefined;
	let onStatus: ((status: SyncStatus) => void) | undefined;
	const replicator = { start: vi.fn(), stop: vi.fn(async () => {}), nudge: vi.fn(), syncOnce: vi.fn(async () => {}) };
	const backend: SyncBackend = {
		origin: 'https://wakker.test',
		loadConfig: async () => stored,
		saveConfig: async (config) => {
			stored = config;
		},
		databaseUrl: (config) => `https://wakker.test${config.server}/${config.database}`,
		serverUrl: (config) => `https://wakker.test${config.server}`,
		logIn: vi.fn(async () => {}),
		logOut: vi.fn(async () => {}),
		check: vi.fn(async () => {}),
		replicator: (_url, report) => {
			onStatus = report;
			return replicator;
		},
		...overrides
	};
	return { backend, replicator, stored: () => stored, report: (status: SyncStatus) => onStatus?.(status) };
}

const FORM = { server: '/couchdb', database: 'org_gent', user: 'an' };

describe('SyncSettings', () => {
	it('logs in, checks the database and keeps address and user but never the password', async () => {
		const fake = fakeBackend();
		const settings = new SyncSettings(fake.backend);
		expect(await settings.connect(FORM, 'geheim')).toBe(true);
		expect(fake.backend.logIn).toHaveBeenCalledWith('https://wakker.test/couchdb', 'an', 'geheim');
		expect(fake.backend.check).toHaveBeenCalledWith('https://wakker.test/couchdb/org_gent');
		expect(fake.stored()).toEqual({ ...FORM, live: false });
		expect(JSON.stringify(fake.stored())).not.toContain('geheim');
		expect(settings.notice?.kind).toBe('ok');
	});

	it('says in Dutch why a login fails and stores nothing', async () => {
		const fake = fakeBackend({ logIn: async () => Promise.reject(new SyncError('login', '/_session: 401')) });
		const settings = new SyncSettings(fake.backend);
		expect(await settings.connect(FORM, 'fout')).toBe(false);
		expect(settings.notice).toEqual({ kind: 'error', text: SYNC_MESSAGES.login });
		expect(fake.stored()).toBeUndefined();
	});

	it('starts and stops live sync, remembers it, and shows the status it reports', async () => {
		const fake = fakeBackend();
		const settings = new SyncSettings(fake.backend);
		await settings.connect(FORM, 'geheim');
		expect(await settings.start()).toBe(true);
		expect(settings.live).toBe(true);
		expect(fake.replicator.start).toHaveBeenCalledOnce();
		expect(fake.stored()?.live).toBe(true);
		fake.report({ phase: 'live', pending: 2, conflicts: 1, lastSyncAt: '2026-12-03T10:00:00.000Z' });
		expect(settings.status).toMatchObject({ pending: 2, conflicts: 1 });
		settings.online();
		expect(fake.replicator.nudge).toHaveBeenCalledOnce();
		expect(await settings.stop()).toBe(true);
		expect(fake.replicator.stop).toHaveBeenCalledOnce();
		expect(settings.live).toBe(false);
		expect(fake.stored()?.live).toBe(false);
	});

	it('is no longer live once the replicator gives up (a refused login), so it can be started again', async () => {
		const fake = fakeBackend();
		const settings = new SyncSettings(fake.backend);
		await settings.connect(FORM, 'geheim');
		await settings.start();
		fake.report({ phase: 'failed', pending: 0, conflicts: 0, problem: 'login', message: SYNC_MESSAGES.login });
		expect(settings.live).toBe(false);
		expect(await settings.start()).toBe(true);
	});

	it('keeps syncing after a reload: a tablet that was live starts again when the app opens, once', async () => {
		const fake = fakeBackend();
		await fake.backend.saveConfig({ ...FORM, live: true });
		const settings = new SyncSettings(fake.backend);
		await settings.load();
		await settings.load();
		expect(settings.live).toBe(true);
		expect(fake.replicator.start).toHaveBeenCalledOnce();
		expect(settings.notice).toBeUndefined();
	});

	it('stays off after a reload when syncing was stopped', async () => {
		const fake = fakeBackend();
		await fake.backend.saveConfig({ ...FORM, live: false });
		const settings = new SyncSettings(fake.backend);
		await settings.load();
		expect(settings.live).toBe(false);
		expect(fake.replicator.start).not.toHaveBeenCalled();
	});

	it('cannot start before a server is set up', async () => {
		const settings = new SyncSettings(fakeBackend().backend);
		await settings.load();
		expect(await settings.start()).toBe(false);
	});
});
