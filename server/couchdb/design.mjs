/**
 * What an organisation's CouchDB database holds besides the tablets' records: the design document with
 * the write rules, and the `_security` object that lets only the organisation's roles in. Used by
 * scripts/couchdb-setup.mjs and by the sync tests, so both install exactly the same rules.
 */
import { readFileSync } from 'node:fs';

export const DESIGN_DOC_ID = '_design/wakker';

/** The roles of an organisation's database `<db>` (see validate.js for what each may do). */
export function organisationRoles(db) {
	return { member: `${db}-member`, lead: `${db}-lead` };
}

/** The role that says a login is this assessor (the `authorId` of their notes and ratings). */
export function assessorRole(assessorId) {
	return `wakker-assessor-${assessorId}`;
}

/**
 * validate.js as CouchDB stores it: the function alone, anonymous, without the comment above it (CouchDB
 * expects one function expression).
 */
export function validateSource() {
	const text = readFileSync(new URL('./validate.js', import.meta.url), 'utf8');
	const start = text.indexOf('function validate_doc_update(');
	if (start < 0) throw new Error('validate.js: function validate_doc_update not found');
	return `function (${text.slice(start + 'function validate_doc_update('.length).trim()}`;
}

/** The design document of database `db`. */
export function designDoc(db) {
	return { _id: DESIGN_DOC_ID, language: 'javascript', validate_doc_update: validateSource(), wakker: { database: db } };
}

/** Only the organisation's roles may read or write; server admins administer. */
export function securityFor(db) {
	const roles = organisationRoles(db);
	return { admins: { names: [], roles: [] }, members: { names: [], roles: [roles.member, roles.lead] } };
}
