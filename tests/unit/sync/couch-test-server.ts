/**
 * A CouchDB-protocol server for the sync tests: express-pouchdb over in-memory PouchDB, in this process,
 * on a free localhost port. With COUCHDB_URL set (http://admin:secret@host:5984) the same tests run
 * against a real CouchDB instead; each test then gets its own database there, deleted afterwards.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setUpOrganisation, type SetupUser } from '../../../scripts/couchdb-setup.mjs';

export interface TestCouch {
	/** Base URL of the server, no credentials, no trailing slash. */
	url: string;
	/** Authorization header value of the server admin. */
	adminAuth: string;
	/** Creates a fresh database and returns its URL (no trailing slash). */
	createDatabase(name?: string): Promise<string>;
	/** Stops accepting and drops open connections (a server that goes away mid-request). */
	stop(): Promise<void>;
	/** Starts again on the same port, with the same data. */
	start(): Promise<void>;
	close(): Promise<void>;
	real: boolean;
	/**
	 * An organisation set up by scripts/couchdb-setup.mjs (database, `_security`, write rules, logins),
	 * with a fresh id; `auth(name)` is the Authorization header of one of its logins.
	 */
	organisation(users: SetupUser[]): Promise<Organisation>;
}

export interface Organisation {
	database: string;
	dbUrl: string;
	auth(name: string): string;
}

const ADMIN = { name: 'admin', password: 'admin-secret' };

function basic(name: string, password: string): string {
	return `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;
}

export async function startTestCouch(): Promise<TestCouch> {
	const external = process.env.COUCHDB_URL;
	if (external) return externalCouch(external);
	return inProcessCouch();
}

/** Sets up an organisation through the set-up script; `cleanUp` collects what a real server must forget afterwards. */
async function organisationOn(url: string, adminAuth: string, users: SetupUser[], cleanUp: string[]): Promise<Organisation> {
	const organisation = `test-${crypto.randomUUID().slice(0, 8)}`;
	const { database, passwords } = await setUpOrganisation({ url, auth: adminAuth, organisation, users });
	cleanUp.push(`/${database}`);
	for (const user of users) cleanUp.push(`/_users/org.couchdb.user:${user.name}`);
	return {
		database,
		dbUrl: `${url}/${database}`,
		auth(name) {
			const password = passwords[name];
			if (!password) throw new Error(`no login ${name} in ${database}`);
			return basic(name, password);
		}
	};
}

async function inProcessCouch(): Promise<TestCouch> {
	// Loaded lazily: these are CommonJS devDependencies used only here.
	const { default: PouchDB } = await import('pouchdb-core');
	const { default: memory } = await import('pouchdb-adapter-memory');
	const { default: mapreduce } = await import('pouchdb-mapreduce');
	const { default: replication } = await import('pouchdb-replication');
	const { default: expressPouchdb } = await import('express-pouchdb');
	const Pouch = PouchDB.plugin(memory).plugin(mapreduce).plugin(replication).defaults({ adapter: 'memory' });
	const app = expressPouchdb(Pouch, { inMemoryConfig: true, logPath: '/dev/null', mode: 'fullCouchDB' });
	keepRevisionHistories(app);
	let server: Server | undefined;
	let port = 0;
	const sockets = new Set<import('node:net').Socket>();
	const listen = () =>
		new Promise<void>((resolve) => {
			server = createServer(app);
			server.on('connection', (socket) => {
				sockets.add(socket);
				socket.on('close', () => sockets.delete(socket));
			});
			server.listen(port, '127.0.0.1', () => {
				port = (server!.address() as AddressInfo).port;
				resolve();
			});
		});
	const shut = () =>
		new Promise<void>((resolve) => {
			if (!server) return resolve();
			server.close(() => resolve());
			for (const socket of sockets) socket.destroy();
			server = undefined;
		});
	await listen();
	const url = `http://127.0.0.1:${port}`;
	// Create the server admin (the "admin party" ends here, as on a real CouchDB).
	await fetch(`${url}/_config/admins/${ADMIN.name}`, { method: 'PUT', body: JSON.stringify(ADMIN.password) });
	const adminAuth = basic(ADMIN.name, ADMIN.password);
	return {
		url,
		adminAuth,
		real: false,
		async createDatabase(name = `wakker-test-${crypto.randomUUID()}`) {
			const response = await fetch(`${url}/${name}`, { method: 'PUT', headers: { Authorization: adminAuth } });
			if (!response.ok) throw new Error(`database ${name}: ${response.status}`);
			return `${url}/${name}`;
		},
		organisation: (users) => organisationOn(url, adminAuth, users, []),
		stop: shut,
		start: listen,
		close: shut
	};
}

/**
 * express-pouchdb runs `validate_doc_update` (pouchdb-validation), but before validating it overwrites each
 * written document's `_revisions` with those of the current winner. With `new_edits: false` that turns
 * every edit into a rewrite of the old revision (the edit silently vanishes). CouchDB does not do that;
 * here each document's `_revisions` is made to ignore that one write, so the server keeps replicating
 * like CouchDB while enforcing the design document's rules.
 */
function keepRevisionHistories(app: unknown): void {
	type BulkDocs = (req: unknown, ...rest: unknown[]) => unknown;
	const wrapper = (app as { dbWrapper: { registerWrapper(w: (name: string, db: { bulkDocs: BulkDocs }, next: () => void) => void): void } }).dbWrapper;
	wrapper.registerWrapper((_name, db, next) => {
		const inner = db.bulkDocs.bind(db);
		db.bulkDocs = (req, ...rest) => {
			const docs = Array.isArray(req) ? req : (req as { docs?: unknown[] } | undefined)?.docs;
			for (const doc of docs ?? []) {
				if (!doc || typeof doc !== 'object' || !('_revisions' in doc)) continue;
				const revisions = (doc as { _revisions: unknown })._revisions;
				Object.defineProperty(doc, '_revisions', { get: () => revisions, set: () => undefined, enumerable: true, configurable: true });
			}
			return inner(req, ...rest);
		};
		next();
	});
}

function externalCouch(raw: string): TestCouch {
	const parsed = new URL(raw);
	const adminAuth = basic(decodeURIComponent(parsed.username), decodeURIComponent(parsed.password));
	parsed.username = '';
	parsed.password = '';
	const url = parsed.toString().replace(/\/$/, '');
	const created: string[] = [];
	const cleanUp: string[] = [];
	return {
		url,
		adminAuth,
		real: true,
		async createDatabase(name = `wakker-test-${crypto.randomUUID()}`) {
			const response = await fetch(`${url}/${name}`, { method: 'PUT', headers: { Authorization: adminAuth } });
			if (!response.ok) throw new Error(`database ${name}: ${response.status}`);
			created.push(name);
			return `${url}/${name}`;
		},
		organisation: (users) => organisationOn(url, adminAuth, users, cleanUp),
		stop: () => Promise.reject(new Error('een echte CouchDB wordt niet gestopt door de tests')),
		start: () => Promise.resolve(),
		async close() {
			for (const name of created) await fetch(`${url}/${name}`, { method: 'DELETE', headers: { Authorization: adminAuth } });
			for (const path of cleanUp) {
				if (!path.startsWith('/_users/')) {
					await fetch(`${url}${path}`, { method: 'DELETE', headers: { Authorization: adminAuth } });
					continue;
				}
				const found = await fetch(`${url}${path}`, { headers: { Authorization: adminAuth } });
				const rev = found.ok ? ((await found.json()) as { _rev?: string })._rev : undefined;
				if (rev) await fetch(`${url}${path}?rev=${rev}`, { method: 'DELETE', headers: { Authorization: adminAuth } });
			}
		}
	};
}
