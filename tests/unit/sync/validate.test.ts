/**
 * The server's write rules (server/couchdb/validate.js), run in Node exactly as they are installed on
 * CouchDB: the design document's source, evaluated on its own, over a table of writes.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { assessorRole, designDoc, organisationRoles, validateSource } from '../../../server/couchdb/design.mjs';
import { SYNCED_TABLES } from '../../../src/lib/db/sync';

type Validate = (newDoc: unknown, oldDoc: unknown, userCtx: unknown, secObj: unknown) => void;

const DB = 'wakker-gent';
const roles = organisationRoles(DB);
const AN = '11111111-1111-4111-8111-111111111111';
const BERT = '22222222-2222-4222-8222-222222222222';
const RATING_ID = '33333333-3333-4333-8333-333333333333';
const NOTE_ID = '44444444-4444-4444-8444-444444444444';

/** The function CouchDB would hold, compiled in a context of its own (nothing of the test leaks in). */
function compile(): Validate {
	return runInNewContext(`(${designDoc(DB).validate_doc_update})`) as Validate;
}

const validate = compile();

/** The outcome of one write: 'ok', or the reason the server gives. */
function outcome(newDoc: unknown, oldDoc: unknown, userRoles: string[], db = DB): string {
	try {
		validate(JSON.parse(JSON.stringify(newDoc)), oldDoc === null ? null : JSON.parse(JSON.stringify(oldDoc)), { db, name: 'someone', roles: userRoles }, {});
		return 'ok';
	} catch (error) {
		const thrown = error as { forbidden?: string; unauthorized?: string };
		if (thrown && typeof thrown.forbidden === 'string') return `forbidden: ${thrown.forbidden}`;
		throw error;
	}
}

function doc(table: string, data: Record<string, unknown>, extra: Record<string, unknown> = {}) {
	return { _id: `${table}:${String(data.id)}`, _rev: '2-b', table, data, ...extra };
}

const note = { id: NOTE_ID, authorId: AN, text: 'Vraagt om hulp', vv: { a: 1 }, updatedAt: '2026-03-20T10:00:00.000Z' };
const rating = { id: RATING_ID, authorId: AN, level: 'goed', submittedAt: '2026-03-20T11:00:00.000Z', vv: { a: 2 }, updatedAt: '2026-03-20T11:00:00.000Z' };
const rubric = { id: 'done-profiel@1.0.0', contentHash: 'ab'.repeat(32), content: { items: [1, 2] }, storedAt: '2026-03-01T08:00:00.000Z', origin: 'builtin' };
const member = [roles.member];
const an = [roles.member, assessorRole(AN)];
const bert = [roles.member, assessorRole(BERT)];
const lead = [roles.lead];

const cases: Array<{ name: string; newDoc: unknown; oldDoc: unknown; roles: string[]; db?: string; expected: string | RegExp }> = [
	{ name: 'an author writes a new note', newDoc: doc('observations', note), oldDoc: null, roles: an, expected: 'ok' },
	{ name: 'an author edits their note', newDoc: doc('observations', { ...note, text: 'Vraagt twee keer om hulp', vv: { a: 2 } }), oldDoc: doc('observations', note), roles: an, expected: 'ok' },
	{ name: 'another assessor edits the note', newDoc: doc('observations', { ...note, text: 'Vervalst', vv: { a: 1, b: 1 } }), oldDoc: doc('observations', note), roles: bert, expected: /only its author or a lead/ },
	{ name: 'another assessor writes a note in the author’s name (a fresh branch)', newDoc: doc('observations', { ...note, text: 'Vervalst' }), oldDoc: null, roles: bert, expected: /only its author or a lead/ },
	{ name: 'a member without an assessor role writes a note', newDoc: doc('observations', note), oldDoc: null, roles: member, expected: /only its author or a lead/ },
	{ name: 'a lead writes another assessor’s note (a shared tablet, an imported bundle)', newDoc: doc('observations', { ...note, text: 'Van de tablet van de lead' }), oldDoc: doc('observations', note), roles: lead, expected: 'ok' },
	{ name: 'nobody changes a record’s author, not even a lead', newDoc: doc('observations', { ...note, authorId: BERT }), oldDoc: doc('observations', note), roles: [...lead, assessorRole(BERT)], expected: /author of a record never changes/ },
	{ name: 'another tablet only merges the version vector (same content)', newDoc: doc('observations', { ...note, vv: { a: 1, b: 1 }, updatedAt: '2026-03-20T12:00:00.000Z' }), oldDoc: doc('observations', note), roles: bert, expected: 'ok' },
	{ name: 'the author submits a rating', newDoc: doc('ratings', rating), oldDoc: null, roles: an, expected: 'ok' },
	{ name: 'a draft rating never reaches the server', newDoc: doc('ratings', { ...rating, submittedAt: undefined }), oldDoc: null, roles: an, expected: /draft rating/ },
	{ name: 'the author changes a submitted rating', newDoc: doc('ratings', { ...rating, level: 'onvoldoende', vv: { a: 3 } }), oldDoc: doc('ratings', rating), roles: an, expected: /submitted rating is kept as given/ },
	{ name: 'a lead changes a submitted rating', newDoc: doc('ratings', { ...rating, level: 'onvoldoende', vv: { a: 3 } }), oldDoc: doc('ratings', rating), roles: lead, expected: /submitted rating is kept as given/ },
	{ name: 'a submitted rating soft-deleted is a change too', newDoc: doc('ratings', { ...rating, deletedAt: '2026-03-21T08:00:00.000Z', vv: { a: 3 } }), oldDoc: doc('ratings', rating), roles: an, expected: /submitted rating/ },
	{ name: 'a submitted rating with only its version vector merged', newDoc: doc('ratings', { ...rating, vv: { a: 2, b: 1 } }), oldDoc: doc('ratings', rating), roles: bert, expected: 'ok' },
	{ name: 'a rubric version stored on another tablet at another moment', newDoc: doc('rubricVersions', { ...rubric, storedAt: '2026-03-02T09:00:00.000Z' }), oldDoc: doc('rubricVersions', rubric), roles: member, expected: 'ok' },
	{ name: 'a stored rubric version changed', newDoc: doc('rubricVersions', { ...rubric, content: { items: [1, 2, 3] } }), oldDoc: doc('rubricVersions', rubric), roles: lead, expected: /never changes/ },
	{ name: 'a new rubric version', newDoc: doc('rubricVersions', rubric), oldDoc: null, roles: member, expected: 'ok' },
	{ name: 'a log entry changed', newDoc: doc('auditLog', { id: NOTE_ID, summary: 'Anders' }), oldDoc: doc('auditLog', { id: NOTE_ID, summary: 'Besluit' }), roles: lead, expected: /never changes/ },
	{ name: 'a member edits an assessment-center', newDoc: doc('sessions', { id: NOTE_ID, name: 'AC Gent 2', vv: { a: 2 } }), oldDoc: doc('sessions', { id: NOTE_ID, name: 'AC Gent', vv: { a: 1 } }), roles: member, expected: 'ok' },
	{ name: 'a deletion closing a branch or erasing a note', newDoc: { _id: `observations:${NOTE_ID}`, _rev: '3-c', _deleted: true }, oldDoc: doc('observations', note), roles: bert, expected: 'ok' },
	{ name: 'an erasure deletes a submitted rating', newDoc: { _id: `ratings:${RATING_ID}`, _rev: '3-c', _deleted: true }, oldDoc: doc('ratings', rating), roles: bert, expected: 'ok' },
	{ name: 'an erasure trace', newDoc: doc('erasures', { id: `candidates/${NOTE_ID}`, entity: 'candidates', entityId: NOTE_ID }), oldDoc: null, roles: member, expected: 'ok' },
	{ name: 'a login of another organisation', newDoc: doc('sessions', { id: NOTE_ID, name: 'AC' }), oldDoc: null, roles: ['wakker-brugge-member', 'wakker-brugge-lead'], expected: /not a member/ },
	{ name: 'the member role of a database whose name merely starts the same', newDoc: doc('sessions', { id: NOTE_ID, name: 'AC' }), oldDoc: null, roles: [roles.member], db: 'wakker-gentbrugge', expected: /not a member/ },
	{ name: 'a design document by a member', newDoc: { _id: '_design/wakker', validate_doc_update: 'function () {}' }, oldDoc: null, roles: lead, expected: /design documents/ },
	{ name: 'a document outside the app’s tables', newDoc: { _id: 'settings:pin', table: 'settings', data: { id: 'pin' } }, oldDoc: null, roles: lead, expected: /not a WAKKER record/ },
	{ name: 'a record whose id is not its document’s', newDoc: { _id: `observations:${NOTE_ID}`, table: 'observations', data: { ...note, id: RATING_ID } }, oldDoc: null, roles: an, expected: /does not match/ },
	{ name: 'a record filed under another table', newDoc: { _id: `observations:${NOTE_ID}`, table: 'ratings', data: note }, oldDoc: null, roles: an, expected: /does not match/ },
	{ name: 'a server admin restoring a backup', newDoc: doc('ratings', { ...rating, level: 'onvoldoende' }), oldDoc: doc('ratings', rating), roles: ['_admin'], expected: 'ok' },
	{ name: 'a note written again after its deletion', newDoc: doc('observations', note), oldDoc: { _id: `observations:${NOTE_ID}`, _rev: '3-c', _deleted: true }, roles: an, expected: 'ok' }
];

describe('the server’s write rules', () => {
	it.each(cases)('$name', ({ newDoc, oldDoc, roles: userRoles, db, expected }) => {
		const result = outcome(newDoc, oldDoc, userRoles, db);
		if (typeof expected === 'string') expect(result).toBe(expected);
		else expect(result).toMatch(expected);
		if (expected !== 'ok') expect(result).toMatch(/^forbidden: /);
	});

	it('read the database from the design document where the server does not name it (the PouchDB test server)', () => {
		const design = designDoc(DB);
		const write = doc('sessions', { id: NOTE_ID, name: 'AC' });
		expect(() => validate.call(design, write, null, { name: 'an', roles: member }, {})).not.toThrow();
		expect(() => validate.call(design, write, null, { name: 'an', roles: ['wakker-brugge-member'] }, {})).toThrow();
		expect(() => validate.call({}, write, null, { name: 'an', roles: member }, {})).toThrow();
	});

	it('know every table the tablets sync, and no other', () => {
		const source = validateSource();
		const listed = /var SYNCED_TABLES = \[([^\]]*)\]/.exec(source)?.[1] ?? '';
		expect([...listed.matchAll(/'([^']+)'/g)].map((m) => m[1])).toEqual([...SYNCED_TABLES]);
	});

	it('are one anonymous function, as CouchDB stores it', () => {
		const source = validateSource();
		expect(source.startsWith('function (newDoc, oldDoc, userCtx)')).toBe(true);
		expect(typeof compile()).toBe('function');
	});
});
