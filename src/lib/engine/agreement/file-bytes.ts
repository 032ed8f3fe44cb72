import { undefinedBecause, type Undefined } from './estimate';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type DecodedFile = { ok: true; text: string; encoding: TextEncodingName } | Undefined;

export const SPREADSHEET_REFUSAL = 'dit is een rekenbladbestand; bewaar het als CSV';

/**
 * The text of a ratings file from its bytes, as spreadsheet programs and R write them: a byte order mark says
 * UTF-8 or UTF-16; UTF-16 without a mark is recognised by its zero bytes; bytes that are not valid UTF-8 are
 * Windows-1252 (Excel's older "CSV (puntkommagescheiden)" on a Belgian Windows). An .xlsx/.ods (a zip) or an old
 * .xls (an OLE file) is refused with a sentence that says what to do. Pure code (no TextDecoder), so the engine
 * decodes the same way in Node and in every browser.
 */
export function decodeRatingsFile(bytes: Uint8Array): DecodedFile {
	if (isSpreadsheet(bytes)) return undefinedBecause(SPREADSHEET_REFUSAL);
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		const text = decodeUtf8(bytes, 3);
		return text === null ? undefinedBecause('het bestand begint als UTF-8 maar bevat ongeldige tekens') : { ok: true, text, encoding: 'utf-8' };
	}
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: decodeUtf16(bytes, 2, true), encoding: 'utf-16le' };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: decodeUtf16(bytes, 2, false), encoding: 'utf-16be' };
	const unmarked = unmarkedUtf16(bytes);
	if (unmarked !== null) return { ok: true, text: decodeUtf16(bytes, 0, unmarked === 'utf-16le'), encoding: unmarked };
	const utf8 = decodeUtf8(bytes, 0);
	if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8' };
	return { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

function isSpreadsheet(bytes: Uint8Array): boolean {
	const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
	const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
	return zip || ole;
}

/** Text in UTF-16 has a zero byte in every other position for ASCII; CSV is mostly ASCII. */
function unmarkedUtf16(bytes: Uint8Array): TextEncodingName | null {
	const n = Math.min(bytes.length - (bytes.length % 2), 512);
	if (n < 4) return null;
	let evenZeros = 0;
	let oddZeros = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) evenZeros++;
		if (bytes[i + 1] === 0) oddZeros++;
	}
	const pairs = n / 2;
	if (oddZeros > pairs * 0.6 && evenZeros === 0) return 'utf-16le';
	if (evenZeros > pairs * 0.6 && oddZeros === 0) return 'utf-16be';
	return null;
}

const CHUNK = 8192;

function fromCodes(codes: Uint16Array | number[], length: number): string {
	let text = '';
	for (let i = 0; i < length; i += CHUNK) {
		const part = codes instanceof Uint16Array ? codes.subarray(i, Math.min(length, i + CHUNK)) : codes.slice(i, Math.min(length, i + CHUNK));
		text += String.fromCharCode(...part);
	}
	return text;
}

function decodeUtf16(bytes: Uint8Array, start: number, littleEndian: boolean): string {
	const count = Math.floor((bytes.length - start) / 2);
	const units = new Uint16Array(count);
	for (let i = 0, at = start; i < count; i++, at += 2) {
		units[i] = littleEndian ? bytes[at]! | (bytes[at + 1]! << 8) : (bytes[at]! << 8) | bytes[at + 1]!;
	}
	return fromCodes(units, count);
}

/** Strict UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF), or null when the bytes are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array, start: number): string | null {
	const units = new Uint16Array(bytes.length - start);
	let n = 0;
	let i = start;
	while (i < bytes.length) {
		const b = bytes[i]!;
		if (b < 0x80) {
			units[n++] = b;
			i++;
			continue;
		}
		let need: number;
		let code: number;
		let min: number;
		if (b >= 0xc2 && b <= 0xdf) [need, code, min] = [1, b & 0x1f, 0x80];
		else if (b >= 0xe0 && b <= 0xef) [need, code, min] = [2, b & 0x0f, 0x800];
		else if (b >= 0xf0 && b <= 0xf4) [need, code, min] = [3, b & 0x07, 0x10000];
		else return null;
		for (let j = 1; j <= need; j++) {
			const c = bytes[i + j];
			if (c === undefined || (c & 0xc0) !== 0x80) return null;
			code = (code << 6) | (c & 0x3f);
		}
		if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
		if (code >= 0x10000) {
			const v = code - 0x10000;
			units[n++] = 0xd800 | (v >> 10);
			units[n++] = 0xdc00 | (v & 0x3ff);
		} else units[n++] = code;
		i += need + 1;
	}
	return fromCodes(units, n);
}

/** Windows-1252 differs from Latin-1 only in 0x80–0x9F (€, curly quotes, Š, Ž, …). */
const CP1252_HIGH = [
	0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
	0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178
];

function decodeWindows1252(bytes: Uint8Array): string {
	const units = new Uint16Array(bytes.length);
	for (let i = 0; i < bytes.length; i++) {
		const b = bytes[i]!;
		units[i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
	}
	return fromCodes(units, bytes.length);
}
