import { describe, expect, it } from 'vitest';
import { splitLabelledText } from './labelled-text';

describe('splitLabelledText', () => {
	it('splits at sentences that start with a label and a colon', () => {
		expect(splitLabelledText('Klaarzetten: 15 dozen. Opdracht aan de kandidaat (op papier): zet ze in het rek. Na 45 minuten: zeg dat het dringend is.')).toEqual([
			{ label: 'Klaarzetten', text: '15 dozen.' },
			{ label: 'Opdracht aan de kandidaat (op papier)', text: 'zet ze in het rek.' },
			{ label: 'Na 45 minuten', text: 'zeg dat het dringend is.' }
		]);
	});

	it('keeps text before the first label and colons inside a sentence', () => {
		expect(splitLabelledText('Eerst dit. Let op: de tijd is 10:30 en niet later.')).toEqual([
			{ text: 'Eerst dit.' },
			{ label: 'Let op', text: 'de tijd is 10:30 en niet later.' }
		]);
	});

	it('returns the whole text when there is no label', () => {
		expect(splitLabelledText('Gewoon een zin.')).toEqual([{ text: 'Gewoon een zin.' }]);
	});
});
