import type { ActionItem } from '../model/plan';
import type { ResolvedItemScore } from './checklist-scoring';

/** How many of the weakest items get a suggested starting action (draaiboek: "Maak een actieplan op basis van deze score"). */
export const SUGGESTED_ACTION_COUNT = 3;

/** Items scoring at or below this (on 0–6: below the middle) are worth a starting action. */
export const WEAK_ITEM_MAX_SCORE = 3;

export interface SuggestedChecklistAction {
	itemId: string;
	text: string;
	timespan: string;
	who: string;
}

/**
 * Starting actions per checklist item, written for this app in the spirit of the draaiboek's advice
 * (breed overleg rond doorstroom, werktempo stapsgewijs naar NEC-niveau, zichtbaar zijn voor bedrijven).
 * The organisation edits them: they are a first draft, never a verdict.
 */
const STARTING_ACTIONS: Record<string, { text: string; timespan: string; who: string }> = {
	'visie-doelstellingen': { text: "Neem 'doorstroom' op in visie en waarden en vertaal het naar twee meetbare operationele doelstellingen.", timespan: '3 maanden', who: 'Directie' },
	'afgebakende-visie': { text: "Schrijf op één blad wat 'doorstroom' voor ons wel en niet inhoudt en bespreek het in een breed overleg.", timespan: '2 maanden', who: 'Directie en coaches' },
	'dagelijks-werk': { text: 'Bespreek in elk teamoverleg één concreet voorbeeld van doorstroom in het dagelijks werk.', timespan: 'Elke maand', who: 'Teamverantwoordelijken' },
	'uitdragen-bedrijfswereld': { text: 'Maak een korte pitch over doorstroom die elke medewerker gebruikt in contacten met bedrijven.', timespan: '2 maanden', who: 'Coaches' },
	'integratie-trajecten': { text: "Voeg een vast punt 'doorstroom' toe aan functionerings- en evaluatiegesprekken en aan de POP's.", timespan: '3 maanden', who: 'HR en coaches' },
	nederlands: { text: 'Plan voor elke doelgroepwerknemer in een doorstroomtraject een taaldoel Nederlands en volg het op.', timespan: '6 maanden', who: 'Coaches' },
	'doelstellingen-doelsector': { text: 'Leg per traject kwalitatieve en kwantitatieve doelen vast die aansluiten op de verwachtingen in de doelsector.', timespan: '3 maanden', who: 'Coaches en werkleiders' },
	sollicitatie: { text: 'Plan een reeks sollicitatietrainingen met oefengesprekken en vacaturebespreking.', timespan: '3 maanden', who: 'Coaches' },
	arbeidsvoorwaarden: { text: 'Vergelijk werktempo, uren en afspraken met een gelijkaardige functie in het NEC en laat ze stapsgewijs groeien.', timespan: '6 maanden', who: 'Werkleiders' },
	'functieprofiel-jobcoach': { text: 'Vul het functieprofiel van de jobcoach aan met communiceren met en prospecteren bij bedrijven.', timespan: '3 maanden', who: 'HR' },
	'vorming-nec': { text: 'Organiseer een vorming over doelgericht communiceren met het NEC voor coaches en werkleiders.', timespan: '6 maanden', who: 'HR' },
	'commerciele-acties': { text: 'Plan telefonische prospecties en bedrijfsbezoeken om de organisatie bij bedrijven bekend te maken.', timespan: '3 maanden', who: 'Coaches' },
	netwerking: { text: 'Neem deel aan een netwerkevent van bedrijven in de regio en volg nieuwe contacten op.', timespan: '3 maanden', who: 'Directie en coaches' }
};

/**
 * Suggests starting actions for the weakest items: at most SUGGESTED_ACTION_COUNT items scoring at or
 * below WEAK_ITEM_MAX_SCORE, weakest first. `weakest` must be ordered (see rankWeakestItems).
 */
export function suggestChecklistActions(weakest: (ResolvedItemScore & { score: number })[]): SuggestedChecklistAction[] {
	return weakest
		.filter((item) => item.score <= WEAK_ITEM_MAX_SCORE)
		.slice(0, SUGGESTED_ACTION_COUNT)
		.map((item) => {
			const action = STARTING_ACTIONS[item.itemId] ?? {
				text: `Bespreek in team wat nodig is om hoger te scoren op item ${item.number}.`,
				timespan: '3 maanden',
				who: 'Team'
			};
			return { itemId: item.itemId, ...action };
		});
}

/** An action row of the previous measurement as it goes into the repeat measurement. */
export interface CarriedAction {
	text: string;
	timespan: string;
	who: string;
	status: ActionItem['status'];
	remarks: string;
	source: ActionItem['source'];
	competencyId?: string;
	dueDate?: string;
	order: number;
}

/**
 * The repeat measurement starts from the previous action plan: every action not yet done ("−" or "+/−")
 * goes along with its status and a remark saying where it came from, so the team follows it up instead of
 * starting an empty plan. Done actions stay with the measurement they belong to.
 */
export function carryOverChecklistActions(previous: readonly ActionItem[], fromLabel: string, remarksLimit: number): CarriedAction[] {
	return previous
		.filter((a) => !a.deletedAt && a.status !== 'volledig')
		.sort((a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt))
		.map((a, order) => {
			const note = `Overgenomen uit ${fromLabel}.`;
			const remarks = a.remarks.trim() ? `${note} ${a.remarks.trim()}` : note;
			return {
				text: a.text,
				timespan: a.timespan,
				who: a.who,
				status: a.status,
				// The note is dropped rather than cutting what the team wrote.
				remarks: remarks.length <= remarksLimit ? remarks : a.remarks,
				source: a.source,
				...(a.competencyId ? { competencyId: a.competencyId } : {}),
				...(a.dueDate ? { dueDate: a.dueDate } : {}),
				order
			};
		});
}
