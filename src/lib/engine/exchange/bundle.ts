import { z } from '../common/zod-nl';
import { Id, IsoDateTime } from '../model';
import { BundleError } from './errors';
import { assertSafeJsonValue } from './hostile';
import {
	BUNDLE_FORMAT,
	BUNDLE_FORMAT_VERSION,
	BUNDLE_KINDS,
	BUNDLE_LIMITS,
	BUNDLE_TABLES,
	ENCRYPTED_FORMAT,
	TABLE_LABELS,
	type BundleKind,
	type BundleTable
} from './format';
import { Erasure, TABLE_SCHEMAS, recordKey } from './records';

export type BundleRecords = Partial<Record<BundleTable, Record<string, unknown>[]>>;

/** A parsed, fully validated bundle. */
export interface Bundle {
	format: typeof BUNDLE_FORMAT;
	formatVersion: typeof BUNDLE_FORMAT_VERSION;
	kind: BundleKind;
	createdAt: string;
	deviceId: string;
	/** What the bundle is about, shown in the preview (ids only, no personal data). */
	scope?: { sessionId?: string; assessorId?: string; candidateId?: string };
	records: BundleRecords;
	erasures: Erasure[];
}

const tableArrays = Object.fromEntries(
	BUNDLE_TABLES.map((table) => [table, z.array(z.unknown()).max(BUNDLE_LIMITS.maxRecordsPerTable).optional()])
) as Record<BundleTable, z.ZodOptional<z.ZodArray<z.ZodUnknown>>>;

const Envelope = z.strictObject({
	format: z.literal(BUNDLE_FORMAT),
	formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
	kind: z.enum(BUNDLE_KINDS),
	createdAt: IsoDateTime,
	deviceId: z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'is geen geldige toestel-id'),
	scope: z
		.strictObject({ sessionId: Id.optional(), assessorId: Id.optional(), candidateId: Id.optional() })
		.optional(),
	records: z.strictObject(tableArrays),
	erasures: z.array(z.unknown()).max(BUNDLE_LIMITS.maxRecordsPerTable)
});

/** Parses bundle text. Throws a BundleError with a Dutch message; nothing is returned unless all is valid. */
export function parseBundleText(text: string): Bundle {
	if (text.length > BUNDLE_LIMITS.maxBytes) throw tooLarge(text.length);
	if (text.trim() === '') throw new BundleError('empty', 'Het bestand is leeg. Er is niets ingeladen.');
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		throw looksLikeJsonStart(text)
			? new BundleError('truncated', 'Het bestand is onvolledig of beschadigd (het lijkt afgebroken). Maak de export opnieuw op de andere tablet. Er is niets ingeladen.')
			: new BundleError('not-json', 'Dit is geen WAKKER-bestand: de inhoud is geen JSON. Kies een bestand dat WAKKER zelf gemaakt heeft. Er is niets ingeladen.');
	}
	return parseBundleValue(json);
}

/** Validates an already parsed JSON value as a bundle. */
export function parseBundleValue(json: unknown): Bundle {
	if (json === null || typeof json !== 'object' || Array.isArray(json)) throw foreign();
	const head = json as Record<string, unknown>;
	if (head.format === ENCRYPTED_FORMAT) {
		throw new BundleError('invalid', 'Dit bestand is versleuteld: geef eerst het wachtwoord op.');
	}
	if (head.format !== BUNDLE_FORMAT) throw foreign();
	assertSupportedVersion(head.formatVersion);
	assertSafeJsonValue(json);

	const envelope = Envelope.safeParse(json);
	if (!envelope.success) throw invalid('De opbouw van het bestand klopt niet', envelope.error);

	const records: BundleRecords = {};
	const seen = new Set<string>();
	for (const table of BUNDLE_TABLES) {
		const rows = envelope.data.records[table];
		if (!rows) continue;
		const schema = TABLE_SCHEMAS[table];
		const parsed: Record<string, unknown>[] = [];
		for (let i = 0; i < rows.length; i++) {
			const result = schema.safeParse(rows[i]);
			if (!result.success) throw invalid(`${TABLE_LABELS[table]}, record ${i + 1}`, result.error);
			const record = result.data as Record<string, unknown>;
			const key = `${table === 'settings' ? 'setting:' : ''}${recordKey(table, record)}`;
			if (seen.has(key)) {
				throw new BundleError('duplicate-id', `${TABLE_LABELS[table]}: de id ${key.slice(0, 80)} komt meer dan eens voor in het bestand. Er is niets ingeladen.`);
			}
			seen.add(key);
			if (table === 'conflicts') assertValidConflictCopy(record, i);
			parsed.push(record);
		}
		records[table] = parsed;
	}

	const erasures: Erasure[] = [];
	const erasureIds = new Set<string>();
	envelope.data.erasures.forEach((row, i) => {
		const result = Erasure.safeParse(row);
		if (!result.success) throw invalid(`Wissing ${i + 1}`, result.error);
		if (erasureIds.has(result.data.id)) {
			throw new BundleError('duplicate-id', `Wissing ${result.data.id.slice(0, 80)} komt meer dan eens voor in het bestand. Er is niets ingeladen.`);
		}
		erasureIds.add(result.data.id);
		erasures.push(result.data);
	});

	const { format, formatVersion, kind, createdAt, deviceId, scope } = envelope.data;
	return { format, formatVersion, kind, createdAt, deviceId, ...(scope ? { scope } : {}), records, erasures };
}

function assertSupportedVersion(version: unknown): void {
	if (typeof version !== 'number' || !Number.isInteger(version)) {
		throw new BundleError('foreign', 'Dit bestand heeft geen geldig formaatversienummer; het komt niet uit WAKKER. Er is niets ingeladen.');
	}
	if (version < BUNDLE_FORMAT_VERSION) {
		throw new BundleError('older-version', `Dit bestand heeft een ouder formaat (versie ${version}) dat deze app niet meer leest. Er is niets ingeladen.`);
	}
	if (version > BUNDLE_FORMAT_VERSION) {
		throw new BundleError('newer-version', `Dit bestand komt uit een nieuwere versie van WAKKER (formaat ${version}, deze app kent ${BUNDLE_FORMAT_VERSION}). Werk de app op deze tablet bij en probeer opnieuw. Er is niets ingeladen.`);
	}
}

function assertValidConflictCopy(record: Record<string, unknown>, index: number): void {
	const table = record.table as Exclude<BundleTable, 'settings' | 'conflicts'>;
	const result = TABLE_SCHEMAS[table].safeParse(record.incoming);
	if (!result.success) throw invalid(`Open conflicten, record ${index + 1}`, result.error);
}

function looksLikeJsonStart(text: string): boolean {
	const start = text.trimStart()[0];
	return start === '{' || start === '[';
}

function foreign(): BundleError {
	return new BundleError('foreign', 'Dit is geen WAKKER-bestand (een ander soort JSON-bestand). Kies een bestand dat WAKKER zelf gemaakt heeft. Er is niets ingeladen.');
}

export function tooLarge(bytes: number): BundleError {
	const mb = (n: number) => Math.round(n / (1024 * 1024));
	return new BundleError('too-large', `Het bestand is te groot (${mb(bytes)} MB; maximaal ${mb(BUNDLE_LIMITS.maxBytes)} MB). Er is niets ingeladen.`);
}

function invalid(where: string, error: z.ZodError): BundleError {
	const issue = error.issues[0];
	const path = issue && issue.path.length > 0 ? `, veld ${issue.path.map(String).join('.').slice(0, 120)}` : '';
	const message = issue?.message ?? 'is ongeldig';
	return new BundleError('invalid', `${where}${path}: ${message.slice(0, 300)}. Het bestand is niet ingeladen; er is niets veranderd.`);
}
