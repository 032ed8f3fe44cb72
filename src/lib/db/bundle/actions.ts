import type { Bundle } from '$lib/engine/exchange';
import { recordBackupMade } from './backup-state';
import { buildAssessorWorkBundle, buildBackupBundle, buildPersonExportBundle, buildSessionSetupBundle } from './export';
import { bundleToFile } from './file';
import { shareOrDownload, type HandOver } from './share';

export type ExportWhat = 'setup' | 'own-work' | 'whole-session';

export interface ExportRequest {
	what: ExportWhat;
	sessionId: string;
	assessorId?: string;
	passphrase?: string;
}

/** Where to find a downloaded file: on an iPad that is the Files app. */
const WHERE = 'je vindt het in de map Downloads (op een iPad in de app Bestanden)';

const HOW: Record<HandOver, string> = {
	shared: 'gedeeld',
	'downloaded-no-share': `gedownload: deze browser kan geen bestanden delen, ${WHERE}`,
	downloaded: `gedownload: delen lukte niet, ${WHERE}`,
	cancelled: 'niet gedeeld: delen geannuleerd'
};

async function hand(bundle: Bundle, passphrase: string | undefined): Promise<{ name: string; how: string; done: boolean }> {
	const file = await bundleToFile(bundle, passphrase);
	const outcome = await shareOrDownload(file);
	return { name: file.name, how: HOW[outcome], done: outcome !== 'cancelled' };
}

/** Makes the chosen bundle and hands it over; returns the Dutch status line for the screen. */
export async function exportAndShare(request: ExportRequest): Promise<string> {
	const bundle =
		request.what === 'setup'
			? await buildSessionSetupBundle(request.sessionId)
			: await buildAssessorWorkBundle(request.sessionId, request.what === 'own-work' ? request.assessorId : undefined);
	const { name, how } = await hand(bundle, request.passphrase);
	return `Bestand ${name}${request.passphrase ? ' (versleuteld)' : ''} ${how}.`;
}

/** A full backup file; the date of the last backup is only recorded once the file was handed over. */
export async function makeBackup(passphrase?: string): Promise<string> {
	const bundle = await buildBackupBundle();
	const { name, how, done } = await hand(bundle, passphrase);
	if (done) await recordBackupMade(bundle.createdAt);
	return `Back-up ${name}${passphrase ? ' (versleuteld)' : ''} ${how}.`;
}

/** Everything about one person, as a readable JSON file (right of access). */
export async function exportPerson(candidateId: string, passphrase?: string): Promise<string> {
	const { name, how } = await hand(await buildPersonExportBundle(candidateId), passphrase);
	return `Persoonsexport ${name}${passphrase ? ' (versleuteld)' : ''} ${how}.`;
}
