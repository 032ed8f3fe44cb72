import { describe, expect, it } from 'vitest';
import { isDeviceLocalSetting } from '$lib/db/bundle/tables';
import { databaseUrlOf, serverUrlOf, SyncError } from '$lib/db/sync';

const ORIGIN = 'https://wakker.voorbeeld.be';

function problem(run: () => unknown): string | undefined {
	try {
		run();
	} catch (error) {
		return error instanceof SyncError ? error.problem : 'other';
	}
	return undefined;
}

describe('the sync address', () => {
	it('is a path or address on the app’s own origin', () => {
		expect(serverUrlOf('/couchdb/', ORIGIN)).toBe('https://wakker.voorbeeld.be/couchdb');
		expect(serverUrlOf(' https://wakker.voorbeeld.be/couchdb ', ORIGIN)).toBe('https://wakker.voorbeeld.be/couchdb');
		expect(databaseUrlOf({ server: '/couchdb', database: 'org_gent' }, ORIGIN)).toBe('https://wakker.voorbeeld.be/couchdb/org_gent');
	});

	it('refuses another host, another scheme or port, and credentials or queries in the address', () => {
		for (const server of ['https://elders.example/couchdb', 'http://wakker.voorbeeld.be/couchdb', 'https://wakker.voorbeeld.be:5984/', '/couchdb?x=1', 'https://a:b@elders.example/', 'https://a:b@wakker.voorbeeld.be/couchdb']) {
			expect(problem(() => serverUrlOf(server, ORIGIN)), server).toBe('address');
		}
	});

	it('refuses database names CouchDB would refuse', () => {
		for (const database of ['Org', '_users', '1org', '', 'org gent']) {
			expect(problem(() => databaseUrlOf({ server: '/couchdb', database }, ORIGIN)), database).toBe('address');
		}
	});

	it('stays on this tablet: never in a backup', () => {
		expect(isDeviceLocalSetting('syncConfig')).toBe(true);
	});
});
