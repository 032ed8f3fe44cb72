import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The engine runs unchanged in the browser, in Node (CLI, tests) and in a worker: it may import zod and
 * its own files, never the UI, the database, chart or PDF libraries, Node built-ins or browser globals.
 * tsconfig.engine.json checks the same at type level; this test names the file and the offending line.
 */
const ENGINE_DIR = join(process.cwd(), 'src/lib/engine');

const FORBIDDEN_MODULES: readonly { pattern: RegExp; why: string }[] = [
	{ pattern: /^svelte(\/|$)/, why: 'Svelte hoort in de componenten' },
	{ pattern: /^\$app(\/|$)/, why: 'SvelteKit hoort in de routes' },
	{ pattern: /^\$lib\/db(\/|$)/, why: 'de database hoort in src/lib/db' },
	{ pattern: /^\$lib\/(?!engine(\/|$))/, why: 'de engine kent de rest van de app niet; gebruik relatieve imports' },
	{ pattern: /^\$env(\/|$)/, why: 'de engine leest geen omgevingsvariabelen' },
	{ pattern: /^dexie(\/|$)/, why: 'Dexie hoort in src/lib/db' },
	{ pattern: /^chart\.js(\/|$)/, why: 'grafieken horen in src/lib/charts' },
	{ pattern: /^pdfmake(\/|$)/, why: "pdf's horen in src/lib/pdf" },
	{ pattern: /^node:/, why: 'Node-modules bestaan niet in de browser' },
	{ pattern: new RegExp(`^(${builtinModules.map((m) => m.replace(/[/.]/g, '\\$&')).join('|')})(/|$)`), why: 'Node-modules bestaan niet in de browser' }
];

const FORBIDDEN_GLOBALS = new Set(['window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator']);
const GLOBAL_OBJECTS = new Set(['globalThis', 'self']);

export interface PurityProblem {
	file: string;
	line: number;
	problem: string;
}

function listEngineSources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return listEngineSources(path);
		return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
	});
}

function moduleProblem(specifier: string): string | undefined {
	const rule = FORBIDDEN_MODULES.find((r) => r.pattern.test(specifier));
	return rule && `importeert "${specifier}" (${rule.why})`;
}

/** Names declared somewhere in the file (a local `document` variable is not the browser's). */
function declaredNames(source: ts.SourceFile): Set<string> {
	const names = new Set<string>();
	const visit = (node: ts.Node) => {
		if ((ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isFunctionDeclaration(node) || ts.isBindingElement(node)) && node.name && ts.isIdentifier(node.name))
			names.add(node.name.text);
		ts.forEachChild(node, visit);
	};
	visit(source);
	return names;
}

/** Is this identifier read as a free variable (not a property name, key or declaration)? */
function isFreeUse(node: ts.Identifier): boolean {
	const parent = node.parent;
	if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
	if ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent)) && parent.name === node)
		return false;
	if (ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent) || ts.isQualifiedName(parent)) return false;
	return true;
}

export function findPurityProblems(fileName: string, text: string): PurityProblem[] {
	const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
	const local = declaredNames(source);
	const problems: PurityProblem[] = [];
	const report = (node: ts.Node, problem: string) =>
		problems.push({ file: fileName, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, problem });

	const visit = (node: ts.Node) => {
		if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
			const problem = moduleProblem(node.moduleSpecifier.text);
			if (problem) report(node, problem);
		} else if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteralLike(node.arguments[0]!)) {
			const isImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
			const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
			const problem = (isImport || isRequire) && moduleProblem(node.arguments[0].text);
			if (problem) report(node, problem);
		} else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
			const problem = moduleProblem(node.argument.literal.text);
			if (problem) report(node, problem);
		} else if (ts.isIdentifier(node) && FORBIDDEN_GLOBALS.has(node.text) && !local.has(node.text) && isFreeUse(node)) {
			report(node, `gebruikt de browser-global "${node.text}"`);
		} else if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && GLOBAL_OBJECTS.has(node.expression.text) && FORBIDDEN_GLOBALS.has(node.name.text)) {
			report(node, `gebruikt de browser-global "${node.expression.text}.${node.name.text}"`);
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return problems;
}

describe('engine purity', () => {
	it('finds no forbidden import or browser global in src/lib/engine', () => {
		const files = listEngineSources(ENGINE_DIR);
		expect(files.length).toBeGreaterThan(10);
		const problems = files.flatMap((path) => findPurityProblems(relative(process.cwd(), path), readFileSync(path, 'utf8')));
		expect(problems.map((p) => `${p.file}:${p.line}: ${p.problem}`)).toEqual([]);
	});

	it.each([
		["import { mount } from 'svelte';", 'importeert "svelte"'],
		["import { page } from '$app/state';", 'importeert "$app/state"'],
		["import { getDb } from '$lib/db/db';", 'importeert "$lib/db/db"'],
		["import { liveQueryState } from '$lib/db/live.svelte';", 'importeert "$lib/db/live.svelte"'],
		["import Grid from '$lib/components/rubric/IndicatorGrid.svelte';", 'de engine kent de rest van de app niet'],
		["import { Dexie } from 'dexie';", 'importeert "dexie"'],
		["import { Chart } from 'chart.js';", 'importeert "chart.js"'],
		["const pdf = await import('pdfmake/build/pdfmake');", 'importeert "pdfmake/build/pdfmake"'],
		["import { readFileSync } from 'node:fs';", 'importeert "node:fs"'],
		["import { join } from 'path';", 'importeert "path"'],
		["export { x } from 'fs/promises';", 'importeert "fs/promises"'],
		["type Db = import('dexie').Dexie;", 'importeert "dexie"'],
		["const w = window.innerWidth;", 'browser-global "window"'],
		["document.title = 'x';", 'browser-global "document"'],
		["localStorage.setItem('a', 'b');", 'browser-global "localStorage"'],
		["const open = indexedDB.open('x');", 'browser-global "indexedDB"'],
		["const lang = navigator.language;", 'browser-global "navigator"'],
		["const lang = globalThis.navigator?.language;", 'browser-global "globalThis.navigator"']
	])('flags %s', (code, expected) => {
		const problems = findPurityProblems('src/lib/engine/x.ts', `// header\n${code}\n`);
		expect(problems).toEqual([{ file: 'src/lib/engine/x.ts', line: 2, problem: expect.stringContaining(expected) }]);
	});

	it.each([
		"import { z } from 'zod';",
		"import { samLevelValue } from '../rubric/sam-scale';",
		'/** Builds the report document for the window of one session. */ export const x = 1;',
		"const label = 'document en navigator in een tekst';",
		'const report = { document: 1, window: 2 }; const n = report.document + report.window;',
		'function render(document: { title: string }) { return document.title; }',
		"interface Page { window: number }"
	])('allows %s', (code) => {
		expect(findPurityProblems('src/lib/engine/x.ts', code)).toEqual([]);
	});
});
