#!/usr/bin/env node
/**
 * Sets up an organisation's WAKKER database on a CouchDB server (3.x), or brings it up to date: the
 * database, its `_security` (only the organisation's roles), the design document with the write rules
 * (server/couchdb/validate.js) and, if asked, the logins of the organisation's assessors and coaches.
 * Running it again changes only what differs, so it is also the way to update the rules after an
 * upgrade of the app. `--purge-deleted` is the admin job that removes deleted (erased) records from the
 * server for good. See docs/sync-server.md. Node 20, no dependencies.
 */
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { assessorRole, DESIGN_DOC_ID, designDoc, organisationRoles, securityFor } from '../server/couchdb/design.mjs';

const ORGANISATION = /^[a-z][a-z0-9-]{0,50}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** CouchDB refuses larger purge requests (purge `max_document_id_number`). */
const PURGE_BATCH = 100;

export class SetupError extends Error {}

/** The database of an organisation id (`gent` → `wakker-gent`). */
export function databaseOf(organisation) {
	if (!ORGANISATION.test(organisation)) throw new SetupError(`Ongeldige organisatie-id "${organisation}": kleine letters, cijfers en koppeltekens, beginnend met een letter.`);
	return `wakker-${organisation}`;
}

/**
 * `an`, `lies:lead`, `an:assessor=<id>,assessor=<id>`: a login name with what it may do.
 * @returns {{ name: string; lead: boolean; assessorIds: string[] }}
 */
export function parseUser(spec) {
	const [name = '', ...parts] = spec.split(':');
	if (!/^[a-z0-9][a-z0-9._@-]{0,99}$/i.test(name)) throw new SetupError(`Ongeldige gebruikersnaam in "${spec}".`);
	const user = { name, lead: false, assessorIds: [] };
	for (const part of parts.join(':').split(',').filter(Boolean)) {
		if (part === 'lead') user.lead = true;
		else if (part.startsWith('assessor=') && UUID.test(part.slice('assessor='.length))) user.assessorIds.push(part.slice('assessor='.length));
		else throw new SetupError(`Onbekend onderdeel "${part}" in "${spec}": gebruik lead of assessor=<id van de assessor>.`);
	}
	return user;
}

/** A small CouchDB client with the admin's credentials. */
function couch(url, auth, fetchFn) {
	const base = url.replace(/\/+$/, '');
	return async function request(method, path, body) {
		let response;
		try {
			response = await fetchFn(`${base}${path}`, {
				method,
				headers: { Authorization: auth, Accept: 'application/json', ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
				...(body !== undefined ? { body: JSON.stringify(body) } : {})
			});
		} catch (error) {
			throw new SetupError(`De server ${base} is niet bereikbaar (${error instanceof Error ? error.message : String(error)}).`);
		}
		const text = await response.text();
		let json;
		try {
			json = text ? JSON.parse(text) : undefined;
		} catch {
			json = undefined;
		}
		if (response.status === 401) throw new SetupError('De server weigert de aanmelding van de beheerder: controleer gebruikersnaam en wachtwoord.');
		return { status: response.status, json };
	};
}

function expect(result, allowed, what) {
	if (!allowed.includes(result.status)) throw new SetupError(`${what}: de server antwoordde ${result.status} ${result.json?.reason ?? result.json?.error ?? ''}`.trim());
	return result;
}

/**
 * Creates or updates everything an organisation needs. Returns what it did, and the password of every
 * login it created (shown once; the server keeps only a hash).
 * @param {{ url: string; auth: string; organisation: string; users?: Array<{ name: string; lead: boolean; assessorIds: string[] }>; fetch?: typeof fetch }} options
 */
export async function setUpOrganisation({ url, auth, organisation, users = [], fetch: fetchFn = globalThis.fetch }) {
	const db = databaseOf(organisation);
	const request = couch(url, auth, fetchFn);
	const done = [];
	const passwords = {};

	// A fresh single-node CouchDB has no _users yet; logins live there.
	const usersDb = expect(await request('PUT', '/_users'), [201, 202, 412], 'Database _users');
	if (usersDb.status !== 412) done.push('database _users aangemaakt');

	const created = expect(await request('PUT', `/${db}`), [201, 202, 412], `Database ${db}`);
	done.push(created.status === 412 ? `database ${db} bestond al` : `database ${db} aangemaakt`);

	const wanted = securityFor(db);
	const current = expect(await request('GET', `/${db}/_security`), [200], `Beveiliging van ${db}`).json ?? {};
	const merged = {
		admins: { names: current.admins?.names ?? [], roles: current.admins?.roles ?? [] },
		members: { names: current.members?.names ?? [], roles: [...new Set([...(current.members?.roles ?? []), ...wanted.members.roles])] }
	};
	if (JSON.stringify(merged) !== JSON.stringify({ admins: current.admins ?? { names: [], roles: [] }, members: current.members ?? { names: [], roles: [] } }) || !current.members) {
		expect(await request('PUT', `/${db}/_security`, merged), [200], `Beveiliging van ${db}`);
		done.push(`toegang tot ${db}: alleen de rollen ${wanted.members.roles.join(' en ')}`);
	}

	const design = designDoc(db);
	const existing = await request('GET', `/${db}/${DESIGN_DOC_ID}`);
	if (existing.status === 200 && existing.json?.validate_doc_update === design.validate_doc_update && existing.json?.wakker?.database === db) done.push('schrijfregels waren al bijgewerkt');
	else {
		const rev = existing.status === 200 ? { _rev: existing.json._rev } : {};
		expect(await request('PUT', `/${db}/${DESIGN_DOC_ID}`, { ...design, ...rev }), [201, 202], 'Schrijfregels');
		done.push(existing.status === 200 ? 'schrijfregels bijgewerkt' : 'schrijfregels geïnstalleerd');
	}

	const roles = organisationRoles(db);
	for (const user of users) {
		const ownRoles = [roles.member, ...(user.lead ? [roles.lead] : []), ...user.assessorIds.map(assessorRole)];
		const id = `org.couchdb.user:${user.name}`;
		const found = await request('GET', `/_users/${encodeURIComponent(id)}`);
		if (found.status === 404) {
			const password = randomBytes(18).toString('base64url');
			expect(await request('PUT', `/_users/${encodeURIComponent(id)}`, { _id: id, name: user.name, type: 'user', roles: ownRoles, password }), [201, 202], `Gebruiker ${user.name}`);
			passwords[user.name] = password;
			done.push(`gebruiker ${user.name} aangemaakt (${ownRoles.join(', ')})`);
			continue;
		}
		expect(found, [200], `Gebruiker ${user.name}`);
		// This organisation's roles are set as asked; roles of other organisations and assessor roles stay.
		const keep = (found.json.roles ?? []).filter((r) => r !== roles.member && r !== roles.lead);
		const next = [...new Set([...keep, ...ownRoles])];
		if (JSON.stringify([...next].sort()) === JSON.stringify([...(found.json.roles ?? [])].sort())) done.push(`gebruiker ${user.name} had al de juiste rollen`);
		else {
			expect(await request('PUT', `/_users/${encodeURIComponent(id)}`, { ...found.json, roles: next }), [201, 202], `Gebruiker ${user.name}`);
			done.push(`rollen van ${user.name} bijgewerkt (${next.join(', ')})`);
		}
	}
	return { database: db, done, passwords };
}

/**
 * The admin job for erasures: removes every document whose every revision is a deletion (an erased
 * person's records, deleted records) from the database with `_purge`, so not even their ids and
 * revision trees stay. The erasure traces themselves are live records and stay: they tell a tablet
 * that comes back after a long time to erase the same person. Needs a server or database admin; a
 * server without `_purge` (the PouchDB test server) is reported as such.
 * @param {{ url: string; auth: string; database: string; fetch?: typeof fetch }} options
 * @returns {Promise<{ purged: string[] }>}
 */
export async function purgeDeleted({ url, auth, database, fetch: fetchFn = globalThis.fetch }) {
	const request = couch(url, auth, fetchFn);
	const purgeable = {};
	let since = '0';
	for (;;) {
		const page = expect(await request('GET', `/${database}/_changes?style=all_docs&limit=1000&since=${encodeURIComponent(since)}`), [200], `Wijzigingen van ${database}`).json;
		for (const change of page.results) {
			if (!change.deleted || change.id.startsWith('_design/')) {
				delete purgeable[change.id];
				continue;
			}
			const leaves = expect(await request('GET', `/${database}/${encodeURIComponent(change.id)}?open_revs=all`), [200], `Document ${change.id}`).json;
			const docs = leaves.flatMap((l) => (l.ok ? [l.ok] : []));
			if (docs.length > 0 && docs.every((d) => d._deleted === true)) purgeable[change.id] = docs.map((d) => d._rev);
			else delete purgeable[change.id];
		}
		if (page.results.length < 1000) break;
		since = typeof page.last_seq === 'string' ? page.last_seq : JSON.stringify(page.last_seq);
	}
	const ids = Object.keys(purgeable);
	for (let i = 0; i < ids.length; i += PURGE_BATCH) {
		const batch = Object.fromEntries(ids.slice(i, i + PURGE_BATCH).map((id) => [id, purgeable[id]]));
		const result = await request('POST', `/${database}/_purge`, batch);
		// PouchDB's server takes `_purge` for a document and asks for an attachment upload.
		const unknown = [404, 405, 501].includes(result.status) || [result.json?.error, result.json?.reason].includes('only_multipart_accepted');
		if (unknown) throw new SetupError('Deze server kent _purge niet (dat doet alleen Apache CouchDB): er is niets verwijderd.');
		if (result.status === 403) throw new SetupError('Alleen een beheerder van de server of van de database mag _purge gebruiken.');
		expect(result, [200, 201, 202], `Purge in ${database}`);
	}
	return { purged: ids };
}

/** Admin credentials: in the URL (https://admin:secret@host) or in COUCHDB_ADMIN_USER / COUCHDB_ADMIN_PASSWORD. */
export function adminOf(rawUrl, env = process.env) {
	let parsed;
	try {
		parsed = new URL(rawUrl);
	} catch {
		throw new SetupError(`Ongeldig serveradres "${rawUrl}".`);
	}
	const name = decodeURIComponent(parsed.username) || env.COUCHDB_ADMIN_USER || '';
	const password = decodeURIComponent(parsed.password) || env.COUCHDB_ADMIN_PASSWORD || '';
	if (!name || !password) throw new SetupError('Geef de beheerder van de server mee: in het adres (https://admin:wachtwoord@server) of met COUCHDB_ADMIN_USER en COUCHDB_ADMIN_PASSWORD.');
	parsed.username = '';
	parsed.password = '';
	return { url: parsed.toString().replace(/\/+$/, ''), auth: `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}` };
}

const HELP = `Gebruik: node scripts/couchdb-setup.mjs --url <CouchDB-adres> --organisation <id> [opties]

  --url URL             adres van CouchDB, bv. https://couch.voorbeeld.be (beheerder in het adres,
                        of in COUCHDB_ADMIN_USER en COUCHDB_ADMIN_PASSWORD)
  --organisation ID     id van de organisatie (kleine letters): database wakker-<id>
  --user SPEC           een aanmelding voor de tablets, te herhalen:
                          an                       lid van de organisatie
                          an:assessor=<id>         lid, en deze assessor (mag diens notities en scores schrijven)
                          lies:lead                lead-assessor of coach: mag werk van elke assessor schrijven
                        Een nieuwe gebruiker krijgt een wachtwoord dat één keer getoond wordt.
  --purge-deleted       verwijdert gewiste en verwijderde documenten voorgoed (_purge)
  --help                deze uitleg

Opnieuw uitvoeren is veilig: alleen wat afwijkt, wordt aangepast.`;

async function main(argv) {
	const args = { users: [], purge: false };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--help' || arg === '-h') {
			console.log(HELP);
			return 0;
		}
		if (arg === '--purge-deleted') args.purge = true;
		else if (arg === '--url' || arg === '--organisation' || arg === '--user') {
			const value = argv[++i];
			if (value === undefined) throw new SetupError(`${arg} heeft een waarde nodig.`);
			if (arg === '--user') args.users.push(parseUser(value));
			else args[arg.slice(2)] = value;
		} else throw new SetupError(`Onbekende optie "${arg}". Zie --help.`);
	}
	if (!args.url || !args.organisation) throw new SetupError(`--url en --organisation zijn nodig.\n\n${HELP}`);
	const { url, auth } = adminOf(args.url);
	const result = await setUpOrganisation({ url, auth, organisation: args.organisation, users: args.users });
	for (const line of result.done) console.log(`✓ ${line}`);
	for (const [name, password] of Object.entries(result.passwords)) console.log(`  wachtwoord van ${name}: ${password}   (wordt niet opnieuw getoond)`);
	if (args.purge) {
		const { purged } = await purgeDeleted({ url, auth, database: result.database });
		console.log(`✓ ${purged.length} verwijderde documenten voorgoed gewist uit ${result.database}`);
	}
	console.log(`Database voor de tablets: ${result.database}`);
	return 0;
}

// Run as a command, not when imported (by the tests, or bundled into a bench, where import.meta.url is the bundle's).
if (process.argv[1] && import.meta.url.endsWith('/couchdb-setup.mjs') && import.meta.url === pathToFileURL(process.argv[1]).href) {
	main(process.argv.slice(2)).then(
		(code) => process.exit(code),
		(error) => {
			console.error(error instanceof SetupError ? error.message : error);
			process.exit(1);
		}
	);
}
