import { describe, expect, it } from 'vitest';
import { describeError } from './error-text';

describe('describeError', () => {
	it('puts the message before a WebKit stack, which holds only the frames', () => {
		const error = new TypeError('null is not an object');
		error.stack = 'save@http://127.0.0.1/_app/notes.js:12:5\n@http://127.0.0.1/_app/app.js:1:1';
		expect(describeError(error)).toBe('TypeError: null is not an object\nsave@http://127.0.0.1/_app/notes.js:12:5\n@http://127.0.0.1/_app/app.js:1:1');
	});

	it('keeps a Chromium stack as it is, since it starts with the message', () => {
		const error = new Error('Opslag vol');
		error.stack = 'Error: Opslag vol\n    at save (notes.js:12:5)';
		expect(describeError(error)).toBe('Error: Opslag vol\n    at save (notes.js:12:5)');
	});

	it('gives name and message when there is no stack', () => {
		const error = new RangeError('te groot');
		error.stack = undefined;
		expect(describeError(error)).toBe('RangeError: te groot');
	});

	it.each([
		['een tekst', 'een tekst'],
		[{ code: 42 }, '{"code":42}'],
		[undefined, 'undefined']
	])('describes a thrown non-error %j', (thrown, text) => {
		expect(describeError(thrown)).toBe(text);
	});
});
