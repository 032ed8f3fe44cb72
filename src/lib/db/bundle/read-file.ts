import { BUNDLE_LIMITS, BundleError, parseBundleText, tooLarge, type Bundle } from '$lib/engine/exchange';
import { decryptEnvelope, isEncryptedEnvelope } from '../crypto';

export type ReadResult = { status: 'ok'; bundle: Bundle } | { status: 'needs-passphrase' };

/**
 * Reads and validates a bundle file completely before anything touches the database. An encrypted file
 * without passphrase returns `needs-passphrase`; every other problem throws a BundleError (Dutch).
 */
export async function readBundleFile(file: Blob, passphrase?: string): Promise<ReadResult> {
	if (file.size > BUNDLE_LIMITS.maxBytes) throw tooLarge(file.size);
	let text: string;
	try {
		text = await file.text();
	} catch {
		throw new BundleError('not-json', 'Het bestand kon niet gelezen worden. Kies het opnieuw. Er is niets ingeladen.');
	}
	return readBundleText(text, passphrase);
}

export async function readBundleText(text: string, passphrase?: string): Promise<ReadResult> {
	if (text.length > BUNDLE_LIMITS.maxBytes) throw tooLarge(text.length);
	const trimmed = text.trimStart();
	// Only the small encrypted envelope is parsed here; a plain bundle is parsed once, in parseBundleText.
	if (trimmed.startsWith('{') && trimmed.slice(0, 200).includes('"wakker-bundle-encrypted"')) {
		let json: unknown;
		try {
			json = JSON.parse(text);
		} catch {
			throw new BundleError('truncated', 'Het versleutelde bestand is onvolledig of beschadigd (het lijkt afgebroken). Maak de export opnieuw. Er is niets ingeladen.');
		}
		if (isEncryptedEnvelope(json)) {
			if (passphrase === undefined) return { status: 'needs-passphrase' };
			return { status: 'ok', bundle: parseBundleText(await decryptEnvelope(json, passphrase)) };
		}
	}
	return { status: 'ok', bundle: parseBundleText(text) };
}
