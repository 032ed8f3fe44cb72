/** scripts/couchdb-setup.mjs: its arguments, and what a second run changes for a login of two organisations. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOf, databaseOf, parseUser, SetupError, setUpOrganisation } from '../../../scripts/couchdb-setup.mjs';
import { startTestCouch, type TestCouch } from './couch-test-server';

const ID = '0c7d3c2e-5b1a-4f7e-9a65-2f3d4b5c6d7e';

describe('the set-up script’s arguments', () => {
	it('reads logins with their roles', () => {
		expect(parseUser('an')).toEqual({ name: 'an', lead: false, assessorIds: [] });
		expect(parseUser('lies:lead')).toEqual({ name: 'lies', lead: true, assessorIds: [] });
		expect(parseUser(`an:assessor=${ID},lead`)).toEqual({ name: 'an', lead: true, assessorIds: [ID] });
	});

	it.each(['', 'an:beheerder', 'an:assessor=123', ':lead', 'an bert'])('refuses the login %j with a Dutch message', (spec) => {
		expect(() => parseUser(spec)).toThrow(SetupError);
		expect(() => parseUser(spec)).toThrow(/Ongeldige gebruikersnaam|Onbekend onderdeel/);
	});

	it('names the database after the organisation, and refuses ids CouchDB would not take', () => {
		expect(databaseOf('gent')).toBe('wakker-gent');
		for (const id of ['Gent', '1gent', 'gent_noord', '', 'a/b']) expect(() => databaseOf(id)).toThrow(/Ongeldige organisatie-id/);
	});

	it('takes the admin from the address or from the environment, and never keeps it in the address', () => {
		expect(adminOf('https://admin:ge%20heim@couch.voorbeeld.be/couchdb/', {})).toEqual({ url: 'https://couch.voorbeeld.be/couchdb', auth: `Basic ${Buffer.from('admin:ge heim').toString('base64')}` });
		expect(adminOf('https://couch.voorbeeld.be', { COUCHDB_ADMIN_USER: 'root', COUCHDB_ADMIN_PASSWORD: 'x' }).auth).toBe(`Basic ${Buffer.from('root:x').toString('base64')}`);
		expect(() => adminOf('https://couch.voorbeeld.be', {})).toThrow(/Geef de beheerder van de server mee/);
		expect(() => adminOf('geen adres', {})).toThrow(/Ongeldig serveradres/);
	});
});

describe('the set-up script on a server', { timeout: 60_000 }, () => {
	let couch: TestCouch;
	beforeAll(async () => {
		couch = await startTestCouch();
	}, 60_000);
	afterAll(async () => {
		await couch.close();
	});

	it('gives a login of two organisations the roles of both, and updates only this organisation’s on a second run', async () => {
		const name = `coach-${crypto.randomUUID().slice(0, 8)}`;
		const first = await couch.organisation([{ name, lead: false, assessorIds: [] }]);
		const second = await couch.organisation([]);
		const org2 = second.database.slice('wakker-'.length);
		const run = await setUpOrganisation({ url: couch.url, auth: couch.adminAuth, organisation: org2, users: [{ name, lead: true, assessorIds: [ID] }] });
		expect(run.passwords).toEqual({});
		const user = await fetch(`${couch.url}/_users/org.couchdb.user:${name}`, { headers: { Authorization: couch.adminAuth } });
		const roles = ((await user.json()) as { roles: string[] }).roles;
		expect([...roles].sort()).toEqual([`${first.database}-member`, `${second.database}-lead`, `${second.database}-member`, `wakker-assessor-${ID}`].sort());
		// The password made by the first run still works: a second run never resets it.
		const info = await fetch(first.dbUrl, { headers: { Authorization: first.auth(name) } });
		expect(info.status).toBe(200);
		const theOther = await fetch(second.dbUrl, { headers: { Authorization: first.auth(name) } });
		expect(theOther.status).toBe(200);
	});
});
