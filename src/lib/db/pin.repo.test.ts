import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useDatabase, WakkerDatabase } from './db';
import { addAssessorToSession } from './assessors.repo';
import { buildBackupBundle, buildSessionSetupBundle } from './bundle/export';
import { hasPin, listPinnedAssessors, PIN_SETTING_PREFIX, removePin, resetPin, setPin, verifyPin } from './pin.repo';
import { createSession } from './sessions.repo';

let db: WakkerDatabase;
beforeEach(() => {
	db = new WakkerDatabase(`test-${crypto.randomUUID()}`);
	useDatabase(db);
});
afterEach(async () => {
	await db.delete();
});

async function sessionWithTwo() {
	const session = await createSession({ name: 'AC najaar', location: 'Gent', days: [] });
	if (!session.ok) throw new Error(session.problems.join(' '));
	const lead = await addAssessorToSession(session.value.id, 'An Peeters');
	const other = await addAssessorToSession(session.value.id, 'Youssef El Amrani');
	if (!lead.ok || !other.ok) throw new Error('assessor');
	return { sessionId: session.value.id, lead: lead.value, other: other.value };
}

describe('personal PINs', () => {
	it('stores a salted hash, never the PIN, and checks it', async () => {
		const { other } = await sessionWithTwo();
		expect(await setPin(other.id, '2580')).toEqual({ ok: true });
		expect(await hasPin(other.id)).toBe(true);
		expect(await verifyPin(other.id, '2580')).toBe(true);
		expect(await verifyPin(other.id, '2581')).toBe(false);
		const stored = await db.settings.get(`${PIN_SETTING_PREFIX}${other.id}`);
		expect(JSON.stringify(stored)).not.toContain('2580');
		// The same PIN for two people gives two different hashes (a salt each).
		const { lead } = await sessionWithTwo();
		await setPin(lead.id, '2580');
		const a = (stored?.value as { hash: string }).hash;
		const b = ((await db.settings.get(`${PIN_SETTING_PREFIX}${lead.id}`))?.value as { hash: string }).hash;
		expect(a).not.toBe(b);
	});

	it('refuses a weak PIN in Dutch and changes only with the current PIN', async () => {
		const { other } = await sessionWithTwo();
		expect(await setPin(other.id, '1234')).toEqual({ ok: false, problems: ['Kies een pincode die geen reeks opeenvolgende cijfers is.'] });
		expect(await hasPin(other.id)).toBe(false);
		await setPin(other.id, '2580');
		expect(await setPin(other.id, '7391')).toEqual({ ok: false, problems: ['De huidige pincode klopt niet: de pincode is niet gewijzigd.'] });
		expect(await setPin(other.id, '7391', '0000')).toMatchObject({ ok: false });
		expect(await verifyPin(other.id, '2580')).toBe(true);
		expect(await setPin(other.id, '7391', '2580')).toEqual({ ok: true });
		expect(await verifyPin(other.id, '7391')).toBe(true);
		expect(await removePin(other.id, '2580')).toMatchObject({ ok: false });
		expect(await removePin(other.id, '7391')).toEqual({ ok: true });
		expect(await hasPin(other.id)).toBe(false);
	});

	it('only the lead wipes a forgotten PIN, and the wipe is in the audit log', async () => {
		const { sessionId, lead, other } = await sessionWithTwo();
		await setPin(other.id, '2580');
		await setPin(lead.id, '7391');
		const refused = await resetPin({ sessionId, assessorId: lead.id, leadId: other.id, assessorName: lead.name, leadName: other.name });
		expect(refused).toEqual({ ok: false, problems: ['Alleen de hoofdassessor van dit assessment-center kan een pincode wissen.'] });
		expect(await hasPin(lead.id)).toBe(true);
		expect(await resetPin({ sessionId, assessorId: other.id, leadId: lead.id, assessorName: other.name, leadName: lead.name })).toEqual({ ok: true });
		expect(await hasPin(other.id)).toBe(false);
		expect([...(await listPinnedAssessors())]).toEqual([lead.id]);
		const log = await db.auditLog.where('sessionId').equals(sessionId).toArray();
		expect(log).toEqual([expect.objectContaining({ actorId: lead.id, entity: 'assessor', entityId: other.id, action: 'pincode-gewist', summary: 'An Peeters wiste de pincode van Youssef El Amrani op dit toestel.' })]);
	});

	it('never travels: not in a set-up bundle and not in a backup', async () => {
		const { sessionId, other } = await sessionWithTwo();
		await setPin(other.id, '2580');
		for (const bundle of [await buildSessionSetupBundle(sessionId), await buildBackupBundle()]) {
			const settings = (bundle.records as Record<string, { key: string }[] | undefined>).settings ?? [];
			expect(settings.some((s) => s.key.startsWith(PIN_SETTING_PREFIX))).toBe(false);
			expect(JSON.stringify(bundle)).not.toContain(PIN_SETTING_PREFIX);
		}
	});
});
