/** The parts of the app, in the order a user meets them; the home page and the menu both list these. */
export interface AppSection {
	href: string;
	title: string;
	summary: string;
}

export const APP_SECTIONS: readonly AppSection[] = [
	{
		href: '/sessies',
		title: 'Assessment-centers',
		summary: 'Opzetten, observeren volgens WAKKER, klasseren, scoren en samen tot consensus komen.'
	},
	{
		href: '/kalibratie',
		title: 'Kalibratie',
		summary: 'Oefenen op beschreven kandidaten en je niveaus vergelijken met een referentie, voor je echt observeert.'
	},
	{
		href: '/rubrieken',
		title: 'Rubrieken',
		summary: 'Het DOne-competentieprofiel met de SAM-gedragsindicatoren, TOCI en de andere instrumenten.'
	},
	{
		href: '/pdp',
		title: "PDP's",
		summary: 'Persoonlijke Doorstroom Plannen: noden, hulpbronnen en acties die je opvolgt.'
	},
	{
		href: '/toci',
		title: 'TOCI-evaluaties',
		summary: 'Zelfevaluatie van de jongere naast de beoordeling van de mentor, met SMART-acties.'
	},
	{
		href: '/checklist',
		title: 'Doorstroomklaar-checklist',
		summary: 'Hoe doorstroomklaar is je organisatie? Score, profiel en actieplan, ook met collega’s.'
	},
	{
		href: '/kpi',
		title: "KPI's",
		summary: 'Sleutelindicatoren per periode, met nulmeting en trends voor directie en financiers.'
	},
	{
		href: '/gegevens',
		title: 'Gegevens en back-up',
		summary: 'Uitwisselen tussen tablets, back-up maken, gegevens van een persoon inzien of wissen.'
	}
];
