import { describe, expect, it } from 'vitest';
import { pinProblem } from './pin';

describe('pinProblem', () => {
	it.each([
		['2580', null],
		['80417263', null],
		['123', 'Kies een pincode van 4 tot 8 cijfers.'],
		['123456789', 'Kies een pincode van 4 tot 8 cijfers.'],
		['12a4', 'Een pincode bestaat alleen uit cijfers.'],
		['', 'Een pincode bestaat alleen uit cijfers.'],
		['0000', 'Kies een pincode die niet uit één herhaald cijfer bestaat.'],
		['1234', 'Kies een pincode die geen reeks opeenvolgende cijfers is.'],
		['4321', 'Kies een pincode die geen reeks opeenvolgende cijfers is.']
	])('%s → %s', (pin, problem) => {
		expect(pinProblem(pin)).toBe(problem);
	});
});
