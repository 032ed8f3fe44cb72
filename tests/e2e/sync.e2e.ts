import { test, expect, type Page } from '@playwright/test';
import { setUpOrganisation } from '../../scripts/couchdb-setup.mjs';
import { startTestCouch, type TestCouch } from '../unit/sync/couch-test-server';
import { seriousAxeViolations } from './helpers/qa';
import { serveBuild, type BuildServer } from './helpers/static-server';
import { assessorId, iAm, observeAndRate, openTablet, setUpSmallCenter, storedRatings, submitRatings, type SmallCenter } from './helpers/tablets';

/**
 * Live sync between two tablets of one organisation, through its CouchDB behind the app's own origin (as
 * docs/sync-server.md sets it up): the lead's set-up reaches Bram's tablet without a file; Bram's draft stays
 * on his tablet and never reaches the server or the lead; once he submits, his levels appear in the lead's
 * consensus matrix by themselves. A reload keeps the tablets syncing. The organisation is set up by IT's own
 * script (database, access, write rules, logins: An as lead, Bram as the assessor he is), on the
 * CouchDB-protocol test server in this process, or on a real CouchDB when COUCHDB_URL is set.
 */

test.use({ serviceWorkers: 'block' });

const AN = 'An Maes';
const BRAM = 'Bram Wouters';
const AC: SmallCenter = { name: 'AC gesynchroniseerd', candidate: 'Cas Peeters', exercise: 'Scenario Magazijn + stock', assessors: [AN, BRAM] };
let couch: TestCouch;
let app: BuildServer;
let organisation: string;
let database: string;
let passwords: Record<string, string>;

test.beforeAll(async () => {
	couch = await startTestCouch();
	organisation = `e2e${crypto.randomUUID().slice(0, 8)}`;
	const setup = await setUpOrganisation({
		url: couch.url,
		auth: couch.adminAuth,
		organisation,
		users: [
			{ name: `an-${organisation}`, lead: true, assessorIds: [] },
			{ name: `bram-${organisation}`, lead: false, assessorIds: [] }
		]
	});
	database = setup.database;
	passwords = setup.passwords;
	app = await serveBuild({ proxy: { prefix: '/couchdb', target: couch.url } });
});

test.afterAll(async () => {
	await app?.stop();
	for (const name of Object.keys(passwords ?? {})) {
		const found = await fetch(`${couch.url}/_users/org.couchdb.user:${name}`, { headers: { Authorization: couch.adminAuth } });
		if (!found.ok) continue;
		const { _rev } = (await found.json()) as { _rev: string };
		await fetch(`${couch.url}/_users/org.couchdb.user:${name}?rev=${_rev}`, { method: 'DELETE', headers: { Authorization: couch.adminAuth } });
	}
	if (couch?.real) await fetch(`${couch.url}/${database}`, { method: 'DELETE', headers: { Authorization: couch.adminAuth } });
	await couch?.close();
});

async function connect(page: Page, person: 'an' | 'bram') {
	const user = `${person}-${organisation}`;
	await page.goto('/gegevens/synchronisatie');
	await page.getByLabel('Serveradres').fill('/couchdb');
	await page.getByLabel('Database van de organisatie').fill(database);
	await page.getByLabel('Gebruikersnaam').fill(user);
	await page.getByLabel('Wachtwoord').fill(passwords[user]!);
	await page.getByRole('button', { name: 'Aanmelden en verbinding testen' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Verbinding gelukt' })).toBeVisible();
	await page.getByRole('button', { name: 'Synchroniseren starten' }).click();
	await expect(page.getByRole('button', { name: 'Synchroniseren stoppen' })).toBeVisible();
}

/** The ratings on the server (as its admin reads them): each document is `{ table, data }` with id `table:key`. */
async function serverRatings(): Promise<Array<{ authorId: string; submittedAt?: string }>> {
	const response = await fetch(`${couch.url}/${database}/_all_docs?include_docs=true`, { headers: { Authorization: couch.adminAuth } });
	const body = (await response.json()) as { rows: Array<{ id: string; doc?: { table?: string; data?: { authorId: string; submittedAt?: string } } }> };
	return body.rows.filter((r) => r.doc?.table === 'ratings' && r.doc.data).map((r) => r.doc!.data!);
}

test('two tablets sync through the server: the set-up arrives, drafts stay home, a submitted rating shows up by itself', async ({ browser }) => {
	test.setTimeout(300_000);
	const lead = await openTablet(browser, app.url);
	const bram = await openTablet(browser, app.url);
	const A = lead.page;
	const B = bram.page;

	// The lead sets up the assessment-center and turns sync on; Bram's tablet gets it without any file.
	await connect(A, 'an');
	const sessionPath = await setUpSmallCenter(A, AC);
	await iAm(A, AN);
	await connect(B, 'bram');
	await B.goto('/sessies');
	await expect(B.getByRole('link', { name: AC.name })).toBeVisible({ timeout: 30_000 });
	// A reload does not stop syncing: the tablet picks it up again on any page.
	await B.reload();
	// IT gives Bram's login the role of the assessor he is in this assessment-center (his notes and ratings),
	// with the id Bram reads on his Synchronisatie screen.
	await B.goto('/gegevens/synchronisatie');
	await B.getByText("Voor de beheerder van de server: assessor-id's").click();
	const bramId = (await B.getByRole('row', { name: new RegExp(`^${BRAM}`) }).locator('code').innerText()).trim();
	expect(bramId).toBe(await assessorId(B, BRAM));
	expect(await seriousAxeViolations(B)).toEqual([]);
	await setUpOrganisation({ url: couch.url, auth: couch.adminAuth, organisation, users: [{ name: `bram-${organisation}`, lead: false, assessorIds: [bramId] }] });
	await B.goto(sessionPath);
	await iAm(B, BRAM);

	// Both rate; An submits, Bram keeps a draft.
	await observeAndRate(A, sessionPath, AC, 'An ziet: zet de dozen per bestemming klaar zonder dat iemand het vraagt.', 'Goed');
	await submitRatings(A);
	await observeAndRate(B, sessionPath, AC, 'Bram ziet: vraagt welke doos eerst moet.', 'Matig');
	const ratePath = new URL(B.url()).pathname;
	const anId = await assessorId(B, AN);
	// An's submitted ratings reach Bram's tablet; the screen keeps them hidden from him (blind), as on one tablet.
	await expect.poll(async () => (await storedRatings(B)).filter((r) => r.authorId === anId && r.submittedAt).length, { timeout: 30_000 }).toBe(2);
	await expect(B.getByText('Beoordelingen van alle assessoren')).toHaveCount(0);
	// Bram's draft: on his tablet only. Given time to travel, it is neither on the server nor on the lead's tablet.
	expect((await storedRatings(B)).filter((r) => r.authorId === bramId && !r.submittedAt)).toHaveLength(2);
	await B.waitForTimeout(3_000);
	expect((await serverRatings()).filter((r) => r.authorId === bramId)).toEqual([]);
	expect((await storedRatings(A)).filter((r) => r.authorId === bramId)).toEqual([]);
	await A.goto(`${sessionPath}/consensus`);
	const initiatief = A.getByRole('region', { name: /Consensusmatrix/ }).getByRole('button', { name: new RegExp(`^${AC.candidate}, Initiatief\\.`) });
	await expect(initiatief).toHaveAttribute('aria-label', new RegExp(`${BRAM}: nog niet ingediend`));

	// Bram submits: the lead's open consensus matrix shows his level by itself, no reload, no file.
	await B.goto(ratePath);
	await submitRatings(B);
	const submitted = Date.now();
	await expect(initiatief).toHaveAttribute('aria-label', new RegExp(`${AN}: Goed, ${BRAM}: Matig`), { timeout: 30_000 });
	console.log(`sync e2e: a submitted rating was visible on the other tablet after ${Date.now() - submitted} ms`);
	expect((await serverRatings()).filter((r) => r.authorId === bramId && r.submittedAt)).toHaveLength(2);
	await A.screenshot({ path: '/tmp/sync-matrix-lead.png', fullPage: true });
	expect(lead.errors).toEqual([]);
	expect(bram.errors).toEqual([]);
	await lead.context.close();
	await bram.context.close();
});
