import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Who may touch the database: `db/` does, `state/` reads and writes through it, and screens get their data
 * through props and send changes out through callbacks. So components may name a database type but never call
 * into it, PDF and chart adapters stay off it entirely (they render what they are given), and state does not
 * reach back into components. Like the engine's purity test, this one names file, line and import.
 */
const LIB = join(process.cwd(), 'src/lib');

/**
 * Files that still break the rule, each to be moved into a state controller. The list only shrinks: a listed
 * file that no longer breaks the rule fails the test, so it is taken off when it is fixed. It is empty now:
 * every screen gets its data through props and sends changes out through callbacks.
 */
const NOT_YET_MOVED: ReadonlySet<string> = new Set<string>([]);

type Room = 'components' | 'pdf' | 'charts' | 'state' | 'other';

export interface BoundaryProblem {
	file: string;
	line: number;
	problem: string;
}

function roomOf(file: string): Room {
	const [, room] = /^src\/lib\/(components|pdf|charts|state)\//.exec(file) ?? [];
	return (room as Room | undefined) ?? 'other';
}

/** Where an import lands, as a path under src/lib ('db/...', 'components/...'), or undefined outside it. */
function target(file: string, specifier: string): string | undefined {
	if (specifier.startsWith('$lib/')) return specifier.slice('$lib/'.length);
	if (!specifier.startsWith('.')) return undefined;
	const path = relative(LIB, resolve(dirname(join(process.cwd(), file)), specifier));
	return path.startsWith('..') ? undefined : path;
}

const intoRoom = (path: string | undefined, room: string) => path !== undefined && (path === room || path.startsWith(`${room}/`));

/** An import that brings in only types: `import type`, or every named specifier marked `type`. */
function isTypeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
	if (ts.isExportDeclaration(node)) return node.isTypeOnly;
	const clause = node.importClause;
	if (!clause) return false; // a side-effect import runs the module
	if (clause.isTypeOnly) return true;
	if (clause.name) return false;
	const bindings = clause.namedBindings;
	return bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
}

function rule(room: Room, path: string | undefined, typeOnly: boolean): string | undefined {
	if (room === 'components' && intoRoom(path, 'db') && !typeOnly)
		return 'een component leest of schrijft de database niet zelf: geef de gegevens via props en de wijzigingen via callbacks aan een controller in src/lib/state';
	if ((room === 'pdf' || room === 'charts') && intoRoom(path, 'db') && !typeOnly)
		return `src/lib/${room} tekent wat het krijgt en raakt de database niet`;
	if (room === 'state' && intoRoom(path, 'components')) return 'src/lib/state kent de componenten niet (de richting is component → state → db)';
	return undefined;
}

/** The TypeScript of a file: a Svelte file's script blocks, a .ts file whole. */
function scriptOf(file: string, text: string): string {
	if (!file.endsWith('.svelte')) return text;
	// Blank out everything but the <script> contents, keeping line numbers.
	let code = text.replace(/[^\n]/g, ' ');
	for (const match of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
		const start = match.index + match[0].indexOf(match[1]!);
		code = code.slice(0, start) + match[1]! + code.slice(start + match[1]!.length);
	}
	return code;
}

export function findBoundaryProblems(file: string, text: string): BoundaryProblem[] {
	const room = roomOf(file);
	if (room === 'other') return [];
	const code = scriptOf(file, text);
	const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
	const problems: BoundaryProblem[] = [];
	const check = (node: ts.Node, specifier: string, typeOnly: boolean) => {
		const problem = rule(room, target(file, specifier), typeOnly);
		if (problem)
			problems.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, problem: `importeert "${specifier}": ${problem}` });
	};
	const visit = (node: ts.Node) => {
		if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
			check(node, node.moduleSpecifier.text, isTypeOnly(node));
		} else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
			check(node, node.arguments[0].text, false);
		} else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
			check(node, node.argument.literal.text, true);
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return problems;
}

function listSources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return listSources(path);
		const isSource = /\.(ts|svelte)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) && !/\.fixture\.ts$/.test(entry.name);
		return isSource ? [relative(process.cwd(), path)] : [];
	});
}

describe('who touches the database', () => {
	const files = ['components', 'pdf', 'charts', 'state'].flatMap((room) => listSources(join(LIB, room)));
	const problems = files.flatMap((file) => findBoundaryProblems(file, readFileSync(file, 'utf8')));

	it('finds no component, PDF or chart reaching into the database, and no state reaching into components', () => {
		expect(files.length).toBeGreaterThan(50);
		const unlisted = problems.filter((p) => !NOT_YET_MOVED.has(p.file));
		expect(unlisted.map((p) => `${p.file}:${p.line}: ${p.problem}`)).toEqual([]);
	});

	it('lists only files that still break the rule, so the list shrinks as they move', () => {
		const stillBreaking = new Set(problems.map((p) => p.file));
		expect([...NOT_YET_MOVED].filter((file) => !stillBreaking.has(file))).toEqual([]);
	});

	it.each([
		['src/lib/components/x/A.svelte', "<script lang=\"ts\">\n\timport { saveNote } from '$lib/db/observations.repo';\n</script>", 'een component leest of schrijft de database niet zelf'],
		['src/lib/components/x/a.ts', "import { getDb } from '../../db/db';", 'importeert "../../db/db"'],
		['src/lib/components/x/a.ts', "const m = await import('$lib/db/pdp.repo');", 'importeert "$lib/db/pdp.repo"'],
		['src/lib/components/x/a.ts', "import { type Pdp, listPdps } from '$lib/db/pdp.repo';", 'een component leest of schrijft'],
		['src/lib/pdf/a.ts', "import { loadX } from '$lib/db/x.repo';", 'tekent wat het krijgt'],
		['src/lib/charts/a.ts', "import '$lib/db/db';", 'tekent wat het krijgt'],
		['src/lib/state/a.ts', "import Panel from '$lib/components/data/Panel.svelte';", 'kent de componenten niet']
	])('flags %s: %s', (file, code, expected) => {
		expect(findBoundaryProblems(file, code)).toEqual([{ file, line: expect.any(Number), problem: expect.stringContaining(expected) }]);
	});

	it('keeps test fixtures out of the app: no source file imports a *.fixture module', () => {
		const sources = [...listSources(LIB), ...listSources(join(process.cwd(), 'src/routes'))];
		const importing = sources.filter((file) => /from\s+['"][^'"]*\.fixture['"]|import\(\s*['"][^'"]*\.fixture['"]/.test(readFileSync(file, 'utf8')));
		expect(sources.length).toBeGreaterThan(200);
		expect(importing).toEqual([]);
	});

	it('gives the line of a Svelte file, counted from the top of the file', () => {
		const code = '<svelte:options runes />\n<script lang="ts">\n\timport { x } from \'$lib/db/x\';\n</script>\n';
		expect(findBoundaryProblems('src/lib/components/x/A.svelte', code)[0]?.line).toBe(3);
	});

	it.each([
		['src/lib/components/x/A.svelte', "<script lang=\"ts\">\n\timport type { Observation } from '$lib/db/types';\n</script>\n<p>$lib/db in tekst</p>"],
		['src/lib/components/x/a.ts', "import { type Pdp, type PdpAction } from '$lib/db/pdp.repo';"],
		['src/lib/components/x/a.ts', "import { NoteAutosave } from '$lib/state/note-autosave.svelte';"],
		['src/lib/state/a.ts', "import { listPdps } from '$lib/db/pdp.repo';"],
		['src/lib/pdf/a.ts', "import type { ReportSource } from '$lib/state/report-source';"],
		['src/lib/db/a.ts', "import { x } from '$lib/components/x';"]
	])('allows %s: %s', (file, code) => {
		expect(findBoundaryProblems(file, code)).toEqual([]);
	});
});
