/** A piece of instruction text, with its lead-in label when it has one ("Let op", "Noteer"). */
export interface LabelledPart {
	label?: string;
	text: string;
}

/**
 * Instructions in the rubric files are one line; a sentence that starts with a short phrase and a colon
 * ("Klaarzetten: …", "Na 45 minuten: …") begins a new part, so the text reads as steps on a tablet.
 */
const LABEL_AT_SENTENCE_START = /(?:^|(?<=[.!?]\s))([A-ZÀ-Ý][^.:!?]{0,60}):\s/g;

export function splitLabelledText(text: string): LabelledPart[] {
	const matches = [...text.matchAll(LABEL_AT_SENTENCE_START)];
	if (matches.length === 0) return [{ text }];
	const parts: LabelledPart[] = [];
	const lead = text.slice(0, matches[0]!.index).trim();
	if (lead) parts.push({ text: lead });
	matches.forEach((match, i) => {
		const end = i + 1 < matches.length ? matches[i + 1]!.index : text.length;
		parts.push({ label: match[1]!, text: text.slice(match.index + match[0].length, end).trim() });
	});
	return parts;
}
