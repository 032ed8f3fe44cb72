import { BundleError } from './errors';
import { BUNDLE_LIMITS, FORBIDDEN_KEYS } from './format';

/**
 * Walks parsed JSON once, without recursion (a deeply nested file cannot overflow the stack), and
 * refuses keys that could reach a prototype, nesting deeper than a real bundle has and overlong strings.
 * Runs before any schema so that zod never sees a hostile value.
 */
export function assertSafeJsonValue(root: unknown, limits: { maxDepth: number; maxStringLength: number } = BUNDLE_LIMITS): void {
	const stack: Array<{ value: unknown; depth: number; path: string }> = [{ value: root, depth: 0, path: '' }];
	while (stack.length > 0) {
		const { value, depth, path } = stack.pop()!;
		if (typeof value === 'string') {
			if (value.length > limits.maxStringLength) {
				throw new BundleError('string-too-long', `Het bestand bevat een tekst van ${value.length} tekens${where(path)}; het maximum is ${limits.maxStringLength}. Er is niets ingeladen.`);
			}
			continue;
		}
		if (value === null || typeof value !== 'object') continue;
		if (depth >= limits.maxDepth) {
			throw new BundleError('too-deep', `Het bestand is dieper genest dan een WAKKER-bestand kan zijn (meer dan ${limits.maxDepth} niveaus). Er is niets ingeladen.`);
		}
		if (Array.isArray(value)) {
			for (let i = 0; i < value.length; i++) stack.push({ value: value[i], depth: depth + 1, path: `${path}[${i}]` });
			continue;
		}
		for (const key of Object.keys(value)) {
			if (FORBIDDEN_KEYS.has(key)) {
				throw new BundleError('hostile', `Het bestand bevat een verboden sleutel "${key}"${where(path)}. Zo'n bestand komt niet uit WAKKER en wordt geweigerd. Er is niets ingeladen.`);
			}
			if (key.length > limits.maxStringLength) {
				throw new BundleError('string-too-long', `Het bestand bevat een veldnaam van ${key.length} tekens. Er is niets ingeladen.`);
			}
			stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1, path: `${path}.${key}` });
		}
	}
}

function where(path: string): string {
	return path ? ` (bij ${path.slice(0, 200)})` : '';
}
