/**
 * A CouchDB-protocol server for the sync tests: express-pouchdb over in-memory PouchDB, in this process,
 * on a free localhost port. With COUCHDB_URL set (http://admin:secret@host:5984) the same tests run
 * against a real CouchDB instead; each test then gets its own database there, deleted afterwards.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

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

async function inProcessCouch(): Promise<TestCouch> {
	// Loaded lazily: these are CommonJS devDependencies used only here.
	const { default: PouchDB } = await import('pouchdb-core');
	const { default: memory } = await import('pouchdb-adapter-memory');
	const { default: mapreduce } = await import('pouchdb-mapreduce');
	const { default: replication } = await import('pouchdb-replication');
	const { default: expressPouchdb } = await import('express-pouchdb');
	const Pouch = PouchDB.plugin(memory).plugin(mapreduce).plugin(replication).defaults({ adapter: 'memory' });
	const app = expressPouchdb(Pouch, { inMemoryConfig: true, logPath: '/dev/null', mode: 'fullCouchDB' });
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
		stop: shut,
		start: listen,
		close: shut
	};
}

function externalCouch(raw: string): TestCouch {
	const parsed = new URL(raw);
	const adminAuth = basic(decodeURIComponent(parsed.username), decodeURIComponent(parsed.password));
	parsed.username = '';
	parsed.password = '';
	const url = parsed.toString().replace(/\/$/, '');
	const created: string[] = [];
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
		stop: () => Promise.reject(new Error('een echte CouchDB wordt niet gestopt door de tests')),
		start: () => Promise.resolve(),
		async close() {
			for (const name of created) await fetch(`${url}/${name}`, { method: 'DELETE', headers: { Authorization: adminAuth } });
		}
	};
}
