/**
 * The write rules of an organisation's WAKKER database on CouchDB (`validate_doc_update` of
 * `_design/wakker`). scripts/couchdb-setup.mjs installs this function; the tablets' sync needs nothing
 * else from the server. It is plain ES5 on purpose: CouchDB runs it in its own JavaScript engine
 * (SpiderMonkey or QuickJS), and the unit tests run the very same source in Node.
 *
 * Roles (set on each user in `_users`, see docs/sync-server.md), for a database named `<db>`:
 * - `<db>-member`: may write the organisation's records;
 * - `<db>-lead`: a lead assessor or coach: may also write records of any assessor (a shared tablet,
 *   bundles of others imported on the lead's tablet);
 * - `wakker-assessor-<assessor id>`: this login is that assessor: it may write that assessor's notes,
 *   classifications and ratings. One login may hold several.
 * Server admins (`_admin`) are not checked: they restore backups and replicate between sites.
 *
 * Refused for everyone else: a record without a known table or with an id that does not match its
 * document, a draft rating (drafts never leave the tablet), a change to a submitted rating, to a stored
 * rubric version, to a log entry or to an erasure trace, a note, classification or rating in the name of
 * an assessor the login is not, and a change of a record's author. Deletions are allowed: the app closes
 * a branch of a concurrent edit with a deletion, and an erasure deletes the person's records of every
 * author (the erasure trace says who erased what).
 */
function validate_doc_update(newDoc, oldDoc, userCtx) {
	var SYNCED_TABLES = [
		'organisations',
		'rubricVersions',
		'assessors',
		'sessions',
		'exercises',
		'candidates',
		'assignments',
		'observations',
		'classifications',
		'ratings',
		'consensusDecisions',
		'finalAssessments',
		'auditLog',
		'pdps',
		'actions',
		'tociEvaluations',
		'checklistMeasurements',
		'kpiEntries',
		'kpiClosures',
		'erasures'
	];
	/** Records with an author who never changes: only that assessor (or a lead) writes them. */
	var AUTHORED = { observations: true, classifications: true, ratings: true };
	/**
	 * Records that never change once stored, with the fields that may differ between two tablets storing
	 * the same one (a built-in rubric is stored on every tablet at its own moment).
	 */
	var IMMUTABLE = { rubricVersions: ['storedAt', 'origin'], auditLog: [], erasures: [] };
	/** Fields that only say when and on which tablet a record changed: a write changing only these changes nothing. */
	var BOOKKEEPING = ['vv', 'updatedAt'];

	var roles = (userCtx && userCtx.roles) || [];
	function has(role) {
		for (var i = 0; i < roles.length; i++) if (roles[i] === role) return true;
		return false;
	}
	function refuse(reason) {
		throw { forbidden: reason };
	}
	function isArray(value) {
		return Object.prototype.toString.call(value) === '[object Array]';
	}
	function isObject(value) {
		return value !== null && typeof value === 'object' && !isArray(value);
	}
	/** Deep equality of JSON values, leaving out the top-level fields in `ignored`. */
	function same(a, b, ignored) {
		if (a === b) return true;
		if (isArray(a) || isArray(b)) {
			if (!isArray(a) || !isArray(b) || a.length !== b.length) return false;
			for (var i = 0; i < a.length; i++) if (!same(a[i], b[i], [])) return false;
			return true;
		}
		if (!isObject(a) || !isObject(b)) return false;
		var skip = {};
		for (var s = 0; s < ignored.length; s++) skip[ignored[s]] = true;
		var key;
		for (key in a) if (!skip[key] && Object.prototype.hasOwnProperty.call(a, key) && !same(a[key], b[key], [])) return false;
		for (key in b) if (!skip[key] && Object.prototype.hasOwnProperty.call(b, key) && !Object.prototype.hasOwnProperty.call(a, key)) return false;
		return true;
	}

	if (has('_admin')) return;
	// CouchDB names the database in userCtx.db; the PouchDB test server does not, so the design document
	// (`this` in a validation function, on both) names it too.
	var base = (userCtx && userCtx.db) || (this && this.wakker && this.wakker.database) || '';
	var lead = has(base + '-lead');
	if (!lead && !has(base + '-member')) refuse('not a member of this organisation');

	var id = String(newDoc._id);
	if (id.indexOf('_design/') === 0) refuse('only a server admin changes design documents');
	var colon = id.indexOf(':');
	var table = colon > 0 ? id.slice(0, colon) : '';
	var known = false;
	for (var t = 0; t < SYNCED_TABLES.length; t++) if (SYNCED_TABLES[t] === table) known = true;
	if (!known) refuse('not a WAKKER record: ' + id);

	// Deleting is allowed: closing a branch after a conflict, deleting a record, an erasure.
	if (newDoc._deleted === true) return;

	var data = newDoc.data;
	if (newDoc.table !== table || !isObject(data) || String(data.id) !== id.slice(colon + 1)) refuse('the record does not match its document id: ' + id);
	if (table === 'ratings' && !(typeof data.submittedAt === 'string' && data.submittedAt.length > 0)) refuse('a draft rating stays on its tablet');

	var old = oldDoc && oldDoc._deleted !== true && isObject(oldDoc.data) ? oldDoc.data : null;
	if (old && same(old, data, BOOKKEEPING)) return;

	if (old && IMMUTABLE[table] && !same(old, data, IMMUTABLE[table])) refuse('a stored ' + table + ' record never changes: ' + id);
	if (old && table === 'ratings' && old.submittedAt) refuse('a submitted rating is kept as given: ' + id);
	if (AUTHORED[table]) {
		if (old && old.authorId !== data.authorId) refuse('the author of a record never changes: ' + id);
		if (!lead && !has('wakker-assessor-' + data.authorId)) refuse('only its author or a lead writes ' + id);
	}
}
