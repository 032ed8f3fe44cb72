import { UserMessageError } from '$lib/engine/common/user-message-error';

/** What can go wrong while syncing, each with a message a person can act on. */
export type SyncProblem = 'unreachable' | 'login' | 'no-access' | 'no-database' | 'storage-full' | 'server' | 'address' | 'refused';

export const SYNC_MESSAGES: Record<SyncProblem, string> = {
	unreachable:
		'De synchronisatieserver is niet bereikbaar. Je werk blijft op deze tablet bewaard en wordt verstuurd zodra de server weer bereikbaar is.',
	login: 'Aanmelden bij de synchronisatieserver is geweigerd. Controleer je gebruikersnaam en wachtwoord en meld je opnieuw aan.',
	'no-access':
		'Je account heeft geen toegang tot de gegevens van deze organisatie op de server. Vraag wie de server beheert om je toegang te geven.',
	'no-database': 'De server kent de database van deze organisatie niet. Controleer het serveradres of vraag wie de server beheert om ze aan te maken.',
	'storage-full':
		'De opslag is vol (op deze tablet of op de server). Er is niets verloren; maak ruimte vrij of neem contact op met wie de server beheert.',
	server: 'De synchronisatieserver gaf een onverwacht antwoord. Je werk blijft op deze tablet bewaard; probeer het later opnieuw.',
	refused:
		'De server weigerde een of meer wijzigingen van deze tablet: je wijzigt alleen je eigen notities, klasseringen en scores, en een ingediende score of een opgeslagen rubriekversie verandert niet meer. Jouw versie blijft op deze tablet; al het andere werk is wel verstuurd.',
	address: 'Dit is geen geldig serveradres. Gebruik een adres zoals https://wakker.voorbeeld.be/couchdb/organisatie.'
};

export class SyncError extends UserMessageError {
	override name = 'SyncError';
	constructor(
		readonly problem: SyncProblem,
		/** For the log only, never shown. */
		readonly detail = ''
	) {
		super(SYNC_MESSAGES[problem]);
	}
}

/** Whether trying again later can help (the network, a busy server), as opposed to a person having to act. */
export function isTransient(problem: SyncProblem): boolean {
	return problem === 'unreachable' || problem === 'server';
}

export function problemOfStatus(status: number): SyncProblem {
	if (status === 401) return 'login';
	if (status === 403) return 'no-access';
	if (status === 404) return 'no-database';
	if (status === 413 || status === 507) return 'storage-full';
	return status >= 500 || status === 408 || status === 429 ? 'unreachable' : 'server';
}

/** The problem behind any error raised while syncing (fetch's TypeError, an aborted request, a full disk). */
export function problemOf(error: unknown): SyncProblem {
	if (error instanceof SyncError) return error.problem;
	const names: string[] = [];
	let current: unknown = error;
	for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
		const name = (current as { name?: unknown }).name;
		if (typeof name === 'string') names.push(name);
		current = (current as { inner?: unknown }).inner ?? (current as { cause?: unknown }).cause;
	}
	if (names.includes('QuotaExceededError')) return 'storage-full';
	if (names.includes('TypeError') || names.includes('AbortError') || names.includes('TimeoutError')) return 'unreachable';
	return 'server';
}
