import { z } from '$lib/engine/common/zod-nl';
import { AuditEntry, type Id } from '$lib/engine/model';
import { pinProblem } from '$lib/engine/identity/pin';
import { getDb } from './db';
import { nowIso } from './record-meta';
import { type Result } from '$lib/engine/common/result';

/**
 * Personal PINs, kept on this tablet only (a device-local setting, db/bundle/tables.ts): never in a bundle, a
 * backup or sync. Stored as a salted PBKDF2-SHA-256 hash, never as typed. A PIN of 4 to 8 digits cannot stop
 * someone who copies the database and tries every PIN offline; it stops a colleague who picks the wrong name,
 * or the right one on purpose, on the tablet in front of them.
 */
export const PIN_SETTING_PREFIX = 'pin:';
/** Slow enough that trying all 10,000 four-digit PINs takes minutes on a tablet; one check takes about 0.1 s. */
export const PIN_HASH_ITERATIONS = 100_000;
const SALT_BYTES = 16;

const StoredPin = z.strictObject({
	salt: z.string().max(64),
	hash: z.string().max(128),
	iterations: z.number().int().min(10_000).max(5_000_000),
	setAt: z.string().max(40)
});
type StoredPin = z.infer<typeof StoredPin>;

const keyOf = (assessorId: string) => `${PIN_SETTING_PREFIX}${assessorId}`;

function toBase64(bytes: Uint8Array): string {
	let text = '';
	for (const b of bytes) text += String.fromCharCode(b);
	return btoa(text);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
	const raw = atob(text);
	const bytes = new Uint8Array(raw.length);
	for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
	return bytes;
}

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<string> {
	const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
	const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256);
	return toBase64(new Uint8Array(bits));
}

async function storedPin(assessorId: string): Promise<StoredPin | undefined> {
	const parsed = StoredPin.safeParse((await getDb().settings.get(keyOf(assessorId)))?.value);
	return parsed.success ? parsed.data : undefined;
}

export async function hasPin(assessorId: string): Promise<boolean> {
	return (await storedPin(assessorId)) !== undefined;
}

/** The assessors with a PIN on this tablet. */
export async function listPinnedAssessors(): Promise<Set<string>> {
	const rows = await getDb().settings.where('key').startsWith(PIN_SETTING_PREFIX).toArray();
	return new Set(rows.filter((r) => StoredPin.safeParse(r.value).success).map((r) => String(r.key).slice(PIN_SETTING_PREFIX.length)));
}

/** Whether `pin` is the assessor's PIN (false when they have none). Compared in constant time over the hash. */
export async function verifyPin(assessorId: string, pin: string): Promise<boolean> {
	const stored = await storedPin(assessorId);
	if (!stored) return false;
	const hash = await derive(pin, fromBase64(stored.salt), stored.iterations);
	let difference = hash.length ^ stored.hash.length;
	for (let i = 0; i < Math.min(hash.length, stored.hash.length); i++) difference |= hash.charCodeAt(i) ^ stored.hash.charCodeAt(i);
	return difference === 0;
}

export type PinResult = Result;

/**
 * Sets or changes the assessor's PIN. Changing one asks for the current PIN; a PIN that breaks the rules
 * (engine/identity/pin.ts) is refused and nothing changes.
 */
export async function setPin(assessorId: Id, pin: string, currentPin?: string): Promise<PinResult> {
	const problem = pinProblem(pin);
	if (problem) return { ok: false, problems: [problem] };
	if ((await hasPin(assessorId)) && !(currentPin !== undefined && (await verifyPin(assessorId, currentPin)))) {
		return { ok: false, problems: ['De huidige pincode klopt niet: de pincode is niet gewijzigd.'] };
	}
	const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
	const value: StoredPin = { salt: toBase64(salt), hash: await derive(pin, salt, PIN_HASH_ITERATIONS), iterations: PIN_HASH_ITERATIONS, setAt: nowIso() };
	await getDb().settings.put({ key: keyOf(assessorId), value });
	return { ok: true };
}

/** The assessor removes their own PIN, with that PIN. */
export async function removePin(assessorId: Id, currentPin: string): Promise<PinResult> {
	if (!(await verifyPin(assessorId, currentPin))) return { ok: false, problems: ['De pincode klopt niet: ze is niet verwijderd.'] };
	await getDb().settings.delete(keyOf(assessorId));
	return { ok: true };
}

/**
 * Removes the PIN hash of someone who is in no assessment-center on this tablet any more (as assessor, lead
 * or observer): called when they are taken off one. Returns whether a hash was removed.
 */
export async function forgetPinIfUnused(assessorId: Id): Promise<boolean> {
	const db = getDb();
	return db.transaction('rw', db.settings, db.sessions, async () => {
		const sessions = await db.sessions.toArray();
		const stillIn = sessions.some(
			(s) => !s.deletedAt && (s.assessorIds.includes(assessorId) || (s.observerIds ?? []).includes(assessorId) || s.leadAssessorId === assessorId)
		);
		if (stillIn || !(await db.settings.get(keyOf(assessorId)))) return false;
		await db.settings.delete(keyOf(assessorId));
		return true;
	});
}

/**
 * The lead of an assessment-center wipes a forgotten PIN of one of its assessors, logged in that session's
 * audit log (who, whose, when): the assessor sets a new one afterwards.
 */
export async function resetPin(input: { sessionId: Id; assessorId: Id; leadId: Id; assessorName: string; leadName: string }): Promise<PinResult> {
	const db = getDb();
	return db.transaction('rw', db.settings, db.sessions, db.auditLog, async () => {
		const session = await db.sessions.get(input.sessionId);
		if (!session || session.deletedAt) return { ok: false, problems: ['Dit assessment-center bestaat niet (meer).'] };
		if (session.leadAssessorId !== input.leadId) return { ok: false, problems: ['Alleen de hoofdassessor van dit assessment-center kan een pincode wissen.'] };
		if (!session.assessorIds.includes(input.assessorId) && !(session.observerIds ?? []).includes(input.assessorId)) return { ok: false, problems: ['Deze assessor hoort niet bij dit assessment-center.'] };
		const audit = AuditEntry.safeParse({
			id: crypto.randomUUID(),
			at: nowIso(),
			actorId: input.leadId,
			sessionId: input.sessionId,
			entity: 'assessor',
			entityId: input.assessorId,
			action: 'pincode-gewist',
			summary: `${input.leadName} wiste de pincode van ${input.assessorName} op dit toestel.`.slice(0, 500)
		});
		if (!audit.success) return { ok: false, problems: ['De wissing kon niet gelogd worden; de pincode blijft.'] };
		await db.settings.delete(keyOf(input.assessorId));
		await db.auditLog.add(audit.data);
		return { ok: true };
	});
}
