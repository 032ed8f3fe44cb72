/**
 * The part of papaparse 5.7 the engine uses. Declared here instead of installing @types/papaparse, whose
 * `/// <reference types="node" />` would put Node's globals into the engine's type check (which must stay free of
 * Node and DOM types; see tsconfig.engine.json).
 */
declare module 'papaparse' {
	export interface ParseError {
		type: string;
		code: string;
		message: string;
		row?: number;
		index?: number;
	}
	export interface ParseMeta {
		delimiter: string;
		linebreak: string;
		aborted: boolean;
		truncated: boolean;
		cursor: number;
	}
	export interface ParseResult {
		data: string[][];
		errors: ParseError[];
		meta: ParseMeta;
	}
	export interface ParseConfig {
		delimiter?: string;
		delimitersToGuess?: string[];
		newline?: string;
		quoteChar?: string;
		skipEmptyLines?: boolean | 'greedy';
		preview?: number;
		header?: false;
	}
	export function parse(input: string, config?: ParseConfig): ParseResult;
	const Papa: { parse: typeof parse };
	export default Papa;
}
