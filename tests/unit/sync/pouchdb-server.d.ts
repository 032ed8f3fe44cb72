/** Just enough of the test server's CommonJS packages (they ship no types) for couch-test-server.ts. */
declare module 'pouchdb-core' {
	interface PouchStatic {
		plugin(plugin: unknown): PouchStatic;
		defaults(options: Record<string, unknown>): PouchStatic;
	}
	const PouchDB: PouchStatic;
	export default PouchDB;
}
declare module 'pouchdb-adapter-memory' {
	const plugin: unknown;
	export default plugin;
}
declare module 'pouchdb-mapreduce' {
	const plugin: unknown;
	export default plugin;
}
declare module 'pouchdb-replication' {
	const plugin: unknown;
	export default plugin;
}
declare module 'express-pouchdb' {
	import type { RequestListener } from 'node:http';
	export default function expressPouchdb(pouch: unknown, options: Record<string, unknown>): RequestListener;
}
