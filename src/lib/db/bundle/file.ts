import type { Bundle } from '$lib/engine/exchange';
import { encryptText } from '../crypto';
import { bundleFileName, serializeBundle } from './export';

/** The bundle as a file, encrypted with `passphrase` when one is given. */
export async function bundleToFile(bundle: Bundle, passphrase?: string): Promise<File> {
	const text = serializeBundle(bundle);
	const body = passphrase ? JSON.stringify(await encryptText(text, passphrase)) : text;
	return new File([body], bundleFileName(bundle, Boolean(passphrase)), { type: 'application/json' });
}
