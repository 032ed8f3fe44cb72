import { describe, expect, it } from 'vitest';
import { decryptEnvelope, encryptText, PBKDF2_ITERATIONS } from './crypto';

const FAST = 100_000; // the lowest count a file may state; keeps the other tests quick

describe('passphrase encryption', () => {
	it('round-trips with the default 600,000 PBKDF2-SHA-256 iterations, random salt and IV', async () => {
		const envelope = await encryptText('{"geheim":"Jan"}', 'correct paard batterij');
		expect(envelope.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS });
		expect(PBKDF2_ITERATIONS).toBe(600_000);
		expect(atob(envelope.kdf.salt)).toHaveLength(16);
		expect(atob(envelope.cipher.iv)).toHaveLength(12);
		expect(JSON.stringify(envelope)).not.toContain('Jan');
		expect(await decryptEnvelope(envelope, 'correct paard batterij')).toBe('{"geheim":"Jan"}');
	});

	it('uses a new salt and IV for every file', async () => {
		const a = await encryptText('x', 'wachtwoord1', FAST);
		const b = await encryptText('x', 'wachtwoord1', FAST);
		expect(a.kdf.salt).not.toBe(b.kdf.salt);
		expect(a.cipher.iv).not.toBe(b.cipher.iv);
	});

	it('tells a wrong passphrase apart from a damaged file', async () => {
		const envelope = await encryptText('inhoud', 'wachtwoord1', FAST);
		await expect(decryptEnvelope(envelope, 'wachtwoord2')).rejects.toMatchObject({ code: 'wrong-passphrase', message: expect.stringContaining('wachtwoord is niet juist') });
		const damaged = { ...envelope, ciphertext: envelope.ciphertext.slice(0, -8) };
		await expect(decryptEnvelope(damaged, 'wachtwoord1')).rejects.toMatchObject({ code: 'damaged-encryption' });
		await expect(decryptEnvelope({ ...envelope, kdf: { ...envelope.kdf, iterations: 1e9 } }, 'wachtwoord1')).rejects.toMatchObject({ code: 'damaged-encryption' });
	});

	it('refuses a passphrase shorter than 8 characters', async () => {
		await expect(encryptText('x', 'kort')).rejects.toMatchObject({ message: expect.stringContaining('minstens 8 tekens') });
	});
});
