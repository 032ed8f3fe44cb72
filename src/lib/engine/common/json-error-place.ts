/**
 * Where a text stops being JSON, as a line and column a person can look up in an editor. JSON.parse says it in
 * English, in a wording that differs per browser and often without a place (V8: `Unexpected token ','`), so this
 * walks the text itself. It only runs after JSON.parse refused the text.
 */
export interface JsonErrorPlace {
	line: number;
	column: number;
	/** The text ended before the JSON did (a truncated file). */
	atEnd: boolean;
}

class Stop {
	constructor(readonly offset: number) {}
}

export function findJsonErrorPlace(text: string): JsonErrorPlace | undefined {
	let i = 0;
	const fail = (): never => {
		throw new Stop(i);
	};
	const space = () => {
		while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
	};
	const literal = (word: string) => {
		for (const ch of word) {
			if (text.charAt(i) !== ch) fail();
			i++;
		}
	};
	const string = () => {
		i++; // opening quote
		while (i < text.length) {
			const ch = text.charAt(i);
			if (ch === '"') {
				i++;
				return;
			}
			if (ch < ' ') fail();
			if (ch === '\\') {
				i++;
				const esc = text.charAt(i);
				if (esc === 'u') {
					for (let k = 1; k <= 4; k++) if (!/[0-9a-fA-F]/.test(text.charAt(i + k))) fail();
					i += 4;
				} else if (!'"\\/bfnrt'.includes(esc) || esc === '') fail();
			}
			i++;
		}
		fail();
	};
	const number = () => {
		const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
		if (!match) fail();
		i += match?.[0].length ?? 0;
	};
	const value = (depth: number): void => {
		if (depth > 10_000) fail();
		space();
		const ch = text.charAt(i);
		if (ch === '{') {
			i++;
			space();
			if (text.charAt(i) === '}') {
				i++;
				return;
			}
			for (;;) {
				space();
				if (text.charAt(i) !== '"') fail();
				string();
				space();
				if (text.charAt(i) !== ':') fail();
				i++;
				value(depth + 1);
				space();
				if (text.charAt(i) === ',') i++;
				else if (text.charAt(i) === '}') {
					i++;
					return;
				} else fail();
			}
		} else if (ch === '[') {
			i++;
			space();
			if (text.charAt(i) === ']') {
				i++;
				return;
			}
			for (;;) {
				value(depth + 1);
				space();
				if (text.charAt(i) === ',') i++;
				else if (text.charAt(i) === ']') {
					i++;
					return;
				} else fail();
			}
		} else if (ch === '"') string();
		else if (ch === 't') literal('true');
		else if (ch === 'f') literal('false');
		else if (ch === 'n') literal('null');
		else number();
	};
	try {
		value(0);
		space();
		if (i < text.length) fail();
		return undefined;
	} catch (error) {
		if (!(error instanceof Stop)) throw error;
		const before = text.slice(0, Math.min(error.offset, text.length));
		const lastBreak = before.lastIndexOf('\n');
		return { line: before.split('\n').length, column: before.length - lastBreak, atEnd: error.offset >= text.length };
	}
}

/**
 * What to say after "bestand.json: " when JSON.parse refused `text`: where it breaks and what to look for, or that the
 * file ends too early (a download or copy that stopped halfway).
 */
export function describeJsonError(text: string): string {
	const place = findJsonErrorPlace(text);
	const hint = 'of er een komma, haakje of aanhalingsteken ontbreekt of te veel staat';
	if (!place) return `geen geldige JSON. Kijk na ${hint}.`;
	if (place.atEnd) return 'geen geldige JSON: het bestand stopt te vroeg. Het is misschien niet helemaal opgeslagen of doorgestuurd.';
	return `geen geldige JSON op regel ${place.line}, teken ${place.column}. Kijk daar na ${hint}.`;
}
