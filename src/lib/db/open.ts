import type { Dexie } from 'dexie';
import { getDb } from './db';
import { ensureBuiltinRubrics } from './rubrics.repo';

export type OpenProblem = 'newer-version' | 'quota' | 'blocked' | 'unavailable' | 'unknown';

export type OpenResult = { ok: true } | { ok: false; problem: OpenProblem; message: string };

export const OPEN_MESSAGES: Record<OpenProblem, string> = {
	'newer-version': 'Deze gegevens zijn gemaakt met een nieuwere versie van de app. Herlaad de pagina of werk de app bij.',
	quota:
		'Het toestel heeft geen opslagruimte meer. Maak ruimte vrij op het toestel (of maak een back-up en verwijder oude assessments) en herlaad de pagina.',
	blocked:
		'De app is nog open in een ander tabblad of venster met een oudere versie. Sluit de andere tabbladen van de app en herlaad deze pagina.',
	unavailable:
		'Deze browser laat de app niets bewaren op dit toestel (bijvoorbeeld in een privévenster). Open de app in een gewoon browservenster.',
	unknown: 'De gegevens op dit toestel konden niet geopend worden. Herlaad de pagina; lukt het dan nog niet, neem contact op met wie de app beheert.'
};

/** Dexie stores version n as IndexedDB version n × 10 (and may add 1 when it patches a schema). */
const DEXIE_VERSION_FACTOR = 10;

function errorNames(error: unknown): string[] {
	const names: string[] = [];
	let current: unknown = error;
	for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
		const name = (current as { name?: unknown }).name;
		if (typeof name === 'string') names.push(name);
		current = (current as { inner?: unknown }).inner ?? (current as { cause?: unknown }).cause;
	}
	return names;
}

/** Which problem an error from opening the database is (Dexie wraps the browser's error in `inner`). */
export function classifyOpenError(error: unknown): OpenProblem {
	const names = errorNames(error);
	if (names.includes('VersionError')) return 'newer-version';
	if (names.includes('QuotaExceededError')) return 'quota';
	if (names.includes('MissingAPIError') || names.includes('InvalidStateError') || names.includes('SecurityError')) return 'unavailable';
	return 'unknown';
}

class NewerVersionError extends Error {
	override name = 'VersionError';
}

/**
 * The IndexedDB version of the database on disk, read by opening it without a version (which never
 * upgrades it). A database that does not exist yet is not created: the upgrade is aborted.
 */
export function readStoredVersion(name: string): Promise<number | undefined> {
	const factory = globalThis.indexedDB as IDBFactory | undefined;
	if (!factory) return Promise.resolve(undefined);
	return new Promise((resolve, reject) => {
		const request = factory.open(name);
		let created = false;
		request.onupgradeneeded = () => {
			created = true;
			request.transaction?.abort();
		};
		request.onsuccess = () => {
			const version = request.result.version;
			request.result.close();
			resolve(version);
		};
		request.onerror = (event) => {
			if (created) {
				event.preventDefault();
				resolve(undefined);
			} else reject(request.error ?? new Error('indexedDB.open mislukte'));
		};
	});
}

function isNewerThanCode(nativeVersion: number | undefined, db: Dexie): boolean {
	return nativeVersion !== undefined && Math.floor(nativeVersion / DEXIE_VERSION_FACTOR) > db.verno;
}

/**
 * Opens the app's database and turns what can go wrong into a Dutch message for the user.
 * A database written by a newer version of the app is refused before Dexie touches it: on a
 * VersionError Dexie 4 retries without a version, opens the newer database anyway and may even
 * patch its schema, and this code would then work on records whose shape it does not know.
 */
export async function openDatabase(db: Dexie = getDb()): Promise<OpenResult> {
	const fail = (problem: OpenProblem): OpenResult => ({ ok: false, problem, message: OPEN_MESSAGES[problem] });
	let onBlocked: (() => void) | undefined;
	try {
		if (isNewerThanCode(await readStoredVersion(db.name), db)) throw new NewerVersionError();
		const blocked = new Promise<'blocked'>((resolve) => {
			onBlocked = () => resolve('blocked');
			db.on('blocked', onBlocked);
		});
		const outcome = await Promise.race([db.open().then(() => 'open' as const), blocked]);
		if (outcome === 'blocked') return fail('blocked');
		// The built-in rubrics are there before any screen reads them: stored on a first start or after an update,
		// a check of one setting otherwise. Only for the app's own database (a test may open another).
		if (db === getDb()) await ensureBuiltinRubrics();
		return { ok: true };
	} catch (error) {
		return fail(classifyOpenError(error));
	} finally {
		if (onBlocked) db.on('blocked').unsubscribe(onBlocked);
	}
}
