import { z } from '$lib/engine/common/zod-nl';
import { BundleError, ENCRYPTED_FORMAT } from '$lib/engine/exchange';
import { MIN_PASSPHRASE_LENGTH } from '$lib/engine/exchange/passphrase';

/**
 * PBKDF2-SHA-256 iterations for the key of an encrypted bundle: 600,000, the OWASP Password Storage
 * Cheat Sheet recommendation for PBKDF2-HMAC-SHA256 (2023). About half a second on a tablet, once per
 * export or import; slows down guessing the passphrase of a lost file by the same factor.
 */
export const PBKDF2_ITERATIONS = 600_000;
/** Accepted range when reading a file, so a crafted file cannot make the tablet hash for minutes. */
const MIN_ITERATIONS = 100_000;
const MAX_ITERATIONS = 5_000_000;
const SALT_BYTES = 16;
/** 96-bit IV: the size AES-GCM is specified for (NIST SP 800-38D, 8.2). Random per file. */
const IV_BYTES = 12;
const AES_KEY_BITS = 256;

const Base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

export const EncryptedEnvelope = z.strictObject({
	format: z.literal(ENCRYPTED_FORMAT),
	formatVersion: z.literal(1),
	kdf: z.strictObject({
		name: z.literal('PBKDF2'),
		hash: z.literal('SHA-256'),
		iterations: z.number().int().min(MIN_ITERATIONS).max(MAX_ITERATIONS),
		salt: Base64
	}),
	cipher: z.strictObject({ name: z.literal('AES-GCM'), iv: Base64 }),
	/** SHA-256 of the ciphertext: tells a damaged file apart from a wrong passphrase. */
	ciphertextSha256: z.string().regex(/^[0-9a-f]{64}$/),
	ciphertext: Base64
});
export type EncryptedEnvelope = z.infer<typeof EncryptedEnvelope>;

/** Encrypts `plaintext` with a key derived from `passphrase` (AES-GCM 256, PBKDF2-SHA-256). */
export async function encryptText(plaintext: string, passphrase: string, iterations: number = PBKDF2_ITERATIONS): Promise<EncryptedEnvelope> {
	if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
		throw new BundleError('invalid', `Kies een wachtwoord van minstens ${MIN_PASSPHRASE_LENGTH} tekens.`);
	}
	const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
	const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
	const key = await deriveKey(passphrase, salt, iterations);
	const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(plaintext)));
	return {
		format: ENCRYPTED_FORMAT,
		formatVersion: 1,
		kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
		cipher: { name: 'AES-GCM', iv: toBase64(iv) },
		ciphertextSha256: await sha256Hex(ciphertext),
		ciphertext: toBase64(ciphertext)
	};
}

/** Whether parsed JSON claims to be an encrypted bundle (then a passphrase is needed). */
export function isEncryptedEnvelope(json: unknown): boolean {
	return typeof json === 'object' && json !== null && (json as { format?: unknown }).format === ENCRYPTED_FORMAT;
}

/** Decrypts an envelope; a wrong passphrase and a damaged file each give their own Dutch message. */
export async function decryptEnvelope(json: unknown, passphrase: string): Promise<string> {
	const parsed = EncryptedEnvelope.safeParse(json);
	if (!parsed.success) {
		throw new BundleError('damaged-encryption', 'Het versleutelde bestand is beschadigd of onvolledig: de opbouw klopt niet. Er is niets ingeladen.');
	}
	const envelope = parsed.data;
	const ciphertext = fromBase64(envelope.ciphertext);
	const salt = fromBase64(envelope.kdf.salt);
	const iv = fromBase64(envelope.cipher.iv);
	if ((await sha256Hex(ciphertext)) !== envelope.ciphertextSha256 || salt.length !== SALT_BYTES || iv.length !== IV_BYTES) {
		throw new BundleError('damaged-encryption', 'Het versleutelde bestand is beschadigd of onvolledig (de controlesom klopt niet). Maak de export opnieuw. Er is niets ingeladen.');
	}
	const key = await deriveKey(passphrase, salt, envelope.kdf.iterations);
	try {
		const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, ciphertext);
		return new TextDecoder('utf-8', { fatal: true }).decode(plain);
	} catch {
		throw new BundleError('wrong-passphrase', 'Het wachtwoord is niet juist. Controleer hoofdletters en probeer opnieuw. Er is niets ingeladen.');
	}
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
	const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
	return crypto.subtle.deriveKey(
		{ name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
		material,
		{ name: 'AES-GCM', length: AES_KEY_BITS },
		false,
		['encrypt', 'decrypt']
	);
}

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
	return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Chunked, so a 100 MB backup does not exceed the argument limit of String.fromCharCode. */
function toBase64(bytes: Uint8Array): string {
	const CHUNK = 0x8000;
	let binary = '';
	for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
	return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
	try {
		const binary = atob(text);
		const bytes = new Uint8Array(binary.length);
		for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
		return bytes;
	} catch {
		throw new BundleError('damaged-encryption', 'Het versleutelde bestand is beschadigd (ongeldige tekens). Er is niets ingeladen.');
	}
}
