/**
 * The note bank of the demo: observed behaviour written the way WAKKER asks (Aantekenen: concrete,
 * factual, what someone does or says), one sentence per note, keyed by competency and the SAM level
 * (1 = onvoldoende … 4 = zeer goed) the behaviour points to. `exercise` limits a note to the exercise
 * it describes; `indicator` names the indicator row it belongs to when the profile has that row.
 */
import type { SamLevelValue } from '../rubric/sam-scale';

export type DemoTemplateId = 'magazijn-stock' | 'fietsherstelling' | 'kookopdracht';

export interface DemoNote {
	text: string;
	level: SamLevelValue;
	exercise?: DemoTemplateId;
	indicator?: string;
}

const M = 'magazijn-stock';
const F = 'fietsherstelling';
const K = 'kookopdracht';

export const DEMO_NOTES: Readonly<Record<string, readonly DemoNote[]>> = {
	initiatief: [
		{ level: 1, exercise: M, indicator: 'werk-zien', text: 'Blijft na het uitpakken van de levering aan de tafel staan tot de begeleider een nieuwe opdracht geeft.' },
		{ level: 1, indicator: 'werk-zien', text: 'Vraagt na 10 minuten aan de begeleider wat er moet gebeuren.' },
		{ level: 1, exercise: K, indicator: 'problemen-melden', text: 'Ziet dat de kraan lekt, zegt er niets over en gaat verder met snijden.' },
		{ level: 1, indicator: 'taak-afronden', text: 'Legt het gereedschap neer en wacht zonder iets te zeggen tot de begeleider komt kijken.' },
		{ level: 2, exercise: M, indicator: 'actie-ondernemen', text: 'Begint pas aan het sorteren van de retourdozen nadat de begeleider ernaar wijst.' },
		{ level: 2, exercise: F, indicator: 'problemen-melden', text: 'Merkt de lekke binnenband op, maar meldt het pas wanneer de begeleider vraagt hoe het gaat.' },
		{ level: 2, indicator: 'taak-afronden', text: "Zegt 'klaar' zonder te vermelden dat twee onderdelen van de opdracht niet gedaan zijn." },
		{ level: 2, indicator: 'werk-zien', text: 'Kijkt rond wanneer de eigen taak af is en begint na 5 minuten aan de afwas die klaarstaat.' },
		{ level: 3, exercise: M, indicator: 'werk-zien', text: 'Zet de dozen op de juiste rekken zonder het te vragen.' },
		{ level: 3, exercise: M, indicator: 'problemen-melden', text: 'Meldt aan de begeleider dat er 3 dozen beschadigd zijn en legt ze apart.' },
		{ level: 3, indicator: 'taak-afronden', text: "Gaat na het afwerken van de eigen taak naar de begeleider: 'Wat mag ik nu doen?'" },
		{ level: 3, exercise: F, indicator: 'werk-zien', text: 'Ziet dat de werkbank vol ligt en ruimt de losse onderdelen op in het bakje.' },
		{ level: 3, indicator: 'actie-ondernemen', text: 'Haalt zelf een nieuwe vuilniszak wanneer de vuilbak vol is.' },
		{ level: 4, exercise: M, indicator: 'werk-zien', text: 'Ziet dat de pallet scheef staat, zet hem recht en vraagt daarna of het zo goed is.' },
		{ level: 4, exercise: M, indicator: 'actie-ondernemen', text: 'Stelt voor om de bestelbonnen per rek te sorteren en doet het meteen.' },
		{ level: 4, exercise: F, indicator: 'taak-afronden', text: "Meldt bij het afronden: 'Remmen afgesteld, ketting gesmeerd, achterlicht werkt niet: nieuw lampje nodig.'" },
		{ level: 4, exercise: K, indicator: 'problemen-melden', text: 'Merkt dat de oven niet opwarmt, meldt het meteen en stelt voor het gerecht in de pan te garen.' },
		{ level: 4, indicator: 'actie-ondernemen', text: 'Neemt zonder vragen de bezem wanneer er bloem op de grond valt en waarschuwt de anderen voor de gladde vloer.' }
	],
	zelfstandigheid: [
		{ level: 1, text: 'Vraagt bij elke stap van de werkinstructie opnieuw wat er moet gebeuren (6 keer in 15 minuten).' },
		{ level: 1, text: 'Stopt met werken wanneer de begeleider de ruimte verlaat en begint pas opnieuw wanneer die terugkomt.' },
		{ level: 1, exercise: K, text: 'Vraagt bij elke stap van het recept aan een medekandidaat wat er bedoeld wordt.' },
		{ level: 2, text: 'Werkt de eerste opdracht alleen af; vraagt daarna 3 keer om bevestiging voor de volgende stap.' },
		{ level: 2, exercise: F, text: 'Vraagt de begeleider waar de bandenlichters liggen zonder eerst zelf te zoeken.' },
		{ level: 2, exercise: M, text: 'Zoekt de artikelnummers eerst zelf, maar vraagt na 2 minuten zoeken de begeleider om hulp.' },
		{ level: 3, text: 'Leest de werkinstructie en begint zonder vragen aan de eerste stap.' },
		{ level: 3, exercise: F, text: 'Zoekt de bandenlichters zelf en vindt ze in de kast van het atelier.' },
		{ level: 3, exercise: M, text: 'Zoekt de artikelnummers zelf op in de stocklijst.' },
		{ level: 4, exercise: K, text: 'Werkt het hele recept af zonder hulp te vragen en controleert zelf de boodschappenlijst.' },
		{ level: 4, exercise: M, text: 'Lost een ontbrekend artikel zelf op door in de reservelijst te kijken en noteert de wijziging op de bon.' },
		{ level: 4, exercise: F, text: 'Schrijft eerst de stappen van de herstelling op een blad en volgt die zonder hulp.' },
		{ level: 4, text: 'Werkt de hele opdracht af zonder hulp en toont het resultaat pas wanneer alles gecontroleerd is.' }
	],
	nauwkeurigheid: [
		{ level: 1, exercise: M, text: 'Telt 24 stuks waar er 42 op de bon staan en controleert niet opnieuw.' },
		{ level: 1, exercise: M, text: 'Zet 4 dozen op een verkeerde rekplaats.' },
		{ level: 1, exercise: K, text: 'Weegt de bloem niet af en giet ze op het zicht in de kom.' },
		{ level: 1, exercise: F, text: 'Draait de wielmoeren niet vast; het wiel slingert bij de controle.' },
		{ level: 1, text: 'Laat de helft van de checklist leeg bij het afgeven.' },
		{ level: 2, exercise: M, text: 'Telt de stock correct, maar noteert 2 artikelnummers fout op de lijst.' },
		{ level: 2, exercise: K, text: 'Snijdt de groenten in ongelijke stukken, sommige 3 keer groter dan gevraagd.' },
		{ level: 2, exercise: F, text: 'Plakt de band, maar vergeet het ventieldopje terug te plaatsen.' },
		{ level: 2, text: 'Vult de checklist in, maar slaat 2 van de 12 lijnen over.' },
		{ level: 3, exercise: M, text: 'Controleert elke doos met de bestelbon en zet een vinkje per lijn.' },
		{ level: 3, exercise: K, text: 'Meet de hoeveelheden af met de maatbeker volgens het recept.' },
		{ level: 3, exercise: F, text: 'Pompt de band op tot de druk die op de zijkant staat en controleert met de manometer.' },
		{ level: 3, text: 'Vult alle lijnen van de checklist in voor het afgeven.' },
		{ level: 4, exercise: M, text: 'Telt de stock twee keer en schrijft bij het enige verschil een opmerking op de lijst.' },
		{ level: 4, exercise: F, text: 'Legt de onderdelen in volgorde van demontage op een doek en zet alles in dezelfde volgorde terug.' },
		{ level: 4, exercise: K, text: 'Proeft de saus, voegt zout toe en noteert de aanpassing bij het recept.' },
		{ level: 4, text: 'Overloopt bij het afgeven de checklist lijn per lijn en verbetert zelf één vergeten punt.' }
	],
	samenwerken: [
		{ level: 1, exercise: M, text: 'Neemt de transpallet weg bij de medekandidaat die ermee bezig is, zonder iets te vragen.' },
		{ level: 1, exercise: K, text: 'Antwoordt niet wanneer een medekandidaat vraagt waar de snijplank ligt.' },
		{ level: 1, text: 'Werkt alleen aan de eigen taak en helpt niet wanneer de medekandidaat een zware bak niet getild krijgt.' },
		{ level: 2, exercise: M, text: 'Helpt bij het tillen van de zware doos nadat de medekandidaat het twee keer vraagt.' },
		{ level: 2, exercise: K, text: 'Spreekt de taakverdeling niet af; beide kandidaten snijden dezelfde ui.' },
		{ level: 2, text: "Zegt tegen de medekandidaat 'doe maar', maar kijkt daarna niet meer wat die doet." },
		{ level: 3, exercise: M, text: 'Spreekt met de medekandidaat af wie welke rekken vult.' },
		{ level: 3, exercise: K, text: 'Vraagt aan de medekandidaat of die hulp nodig heeft bij de afwas.' },
		{ level: 3, text: 'Geeft de medekandidaat de schaal aan voor die erom vraagt.' },
		{ level: 4, exercise: M, text: 'Stelt voor om in duo te werken: één leest de bon voor, de ander zet weg; wisselt na 20 minuten van rol.' },
		{ level: 4, exercise: K, text: 'Legt de medekandidaat rustig uit hoe de mixer werkt en laat die het zelf proberen.' },
		{ level: 4, text: 'Vraagt aan het einde aan de medekandidaat wat er de volgende keer beter kan en noteert het.' }
	],
	werkorganisatie: [
		{ level: 1, exercise: M, text: 'Begint aan drie taken tegelijk en heeft er na 45 minuten nog geen enkele af.' },
		{ level: 1, exercise: K, text: 'Zet de aardappelen pas op na 60 minuten; het gerecht is niet klaar op het afgesproken uur.' },
		{ level: 1, text: 'Laat de werkplek achter zonder op te ruimen.' },
		{ level: 2, exercise: M, text: 'Werkt de bestellijst af in willekeurige volgorde en loopt 5 keer naar hetzelfde rek.' },
		{ level: 2, exercise: K, text: 'Laat de afwas staan tot het einde van de opdracht; het aanrecht staat vol.' },
		{ level: 2, text: 'Vraagt halverwege hoeveel tijd er nog is en moet daarna een stap overslaan.' },
		{ level: 3, exercise: M, text: 'Werkt de bestellijst rek per rek af.' },
		{ level: 3, exercise: K, text: 'Zet eerst het water op en snijdt intussen de groenten.' },
		{ level: 3, text: 'Ruimt na elke stap de gebruikte materialen op.' },
		{ level: 4, exercise: M, text: 'Maakt bij de start een volgorde op de bon en is 10 minuten voor tijd klaar, inclusief opruimen.' },
		{ level: 4, exercise: K, text: 'Schrijft een tijdsplanning op het whiteboard en houdt zich eraan; de soep is klaar om 11u30 zoals afgesproken.' },
		{ level: 4, text: 'Legt alle benodigdheden klaar voor de start en werkt de opdracht zonder onderbreking af.' }
	],
	discipline: [
		{ level: 1, exercise: M, text: 'Draagt geen veiligheidsschoenen, ook niet nadat de begeleider erom vraagt.' },
		{ level: 1, text: 'Kijkt 4 keer op de gsm tijdens de opdracht, hoewel de afspraak was hem in het kastje te leggen.' },
		{ level: 1, text: 'Komt 20 minuten te laat terug van de pauze.' },
		{ level: 2, exercise: K, text: 'Wast de handen pas na de opmerking van de begeleider.' },
		{ level: 2, text: 'Komt 5 minuten te laat terug van de pauze.' },
		{ level: 2, exercise: M, text: 'Draagt het fluohesje, maar doet het na 20 minuten uit omdat het warm is.' },
		{ level: 3, exercise: M, text: 'Draagt de veiligheidsschoenen en het fluohesje tijdens de hele opdracht.' },
		{ level: 3, exercise: K, text: 'Wast de handen voor de start en na het snijden van het vlees.' },
		{ level: 3, text: 'Is op het afgesproken uur terug van de pauze.' },
		{ level: 4, exercise: M, text: 'Wijst een medekandidaat op de afspraak om de nooduitgang vrij te houden en zet de kar opzij.' },
		{ level: 4, exercise: K, text: 'Volgt het HACCP-blad stap voor stap en vult de temperatuur van de koelkast in.' },
		{ level: 4, text: 'Legt de gsm bij de start in het kastje en herinnert een medekandidaat aan die afspraak.' }
	],
	leervermogen: [
		{ level: 1, exercise: F, text: 'Maakt na de uitleg bij het tweede wiel dezelfde fout opnieuw.' },
		{ level: 1, exercise: K, text: 'Kijkt weg tijdens de uitleg over de mixer en gebruikt hem daarna op de verkeerde stand.' },
		{ level: 1, text: "Zegt na de uitleg: 'Dat hoef ik niet te weten.'" },
		{ level: 2, exercise: F, text: 'Past de uitleg over het bandenlichten toe bij het tweede wiel, maar vergeet één stap.' },
		{ level: 2, exercise: K, text: 'Vraagt twee keer opnieuw hoe de vaatwasser werkt.' },
		{ level: 2, text: 'Knikt tijdens de uitleg, maar vraagt daarna aan een medekandidaat wat er gezegd werd.' },
		{ level: 3, exercise: F, text: 'Vraagt waarom de ketting eerst ontvet moet worden en past het meteen toe.' },
		{ level: 3, exercise: K, text: 'Doet de snijtechniek na zoals getoond en werkt daarna sneller.' },
		{ level: 3, text: 'Herhaalt de uitleg in eigen woorden voor te beginnen.' },
		{ level: 4, exercise: F, text: 'Stelt vragen over de verschillende remtypes en legt het daarna uit aan een medekandidaat.' },
		{ level: 4, exercise: K, text: 'Noteert de tips van de begeleider in een boekje en past ze toe bij de volgende stap.' },
		{ level: 4, text: 'Vraagt na de opdracht wat er beter kon en schrijft het op.' }
	],
	stressbestendigheid: [
		{ level: 1, exercise: F, text: 'Gooit de bandenlichter op de werkbank wanneer de band niet van de velg gaat en stopt met werken.' },
		{ level: 1, exercise: K, text: 'Loopt weg uit de keuken wanneer de begeleider meldt dat er nog 15 minuten zijn.' },
		{ level: 1, text: "Roept 'Dit lukt me niet!' en laat het werk 5 minuten liggen." },
		{ level: 2, text: 'Zucht luid wanneer de tijd bijna om is en slaat een stap van de werkinstructie over.' },
		{ level: 2, text: 'Vraagt 3 keer in 10 minuten hoeveel tijd er nog is.' },
		{ level: 2, exercise: K, text: 'Laat een bord vallen wanneer de extra bestelling binnenkomt en blijft er een minuut naar kijken.' },
		{ level: 3, exercise: K, text: 'Blijft in hetzelfde tempo doorwerken wanneer de begeleider een extra bestelling geeft.' },
		{ level: 3, exercise: F, text: "Zegt 'even kijken' wanneer de band niet lukt en probeert het opnieuw." },
		{ level: 3, text: 'Werkt verder zonder zichtbare haast wanneer de begeleider meldt dat er nog 10 minuten zijn.' },
		{ level: 4, exercise: K, text: 'Verdeelt, wanneer de tijd bijna om is, het werk opnieuw en blijft rustig praten.' },
		{ level: 4, exercise: F, text: 'Krijgt halverwege een dringende extra herstelling en werkt beide af zonder zichtbare haast.' },
		{ level: 4, text: "Stelt een medekandidaat die in paniek raakt gerust: 'We doen het stap voor stap.'" }
	],
	flexibiliteit: [
		{ level: 1, exercise: F, text: "Weigert met de andere sleutel te werken: 'Dat is niet hoe ik het geleerd heb.'" },
		{ level: 1, exercise: K, text: 'Blijft het oorspronkelijke recept volgen nadat de begeleider meldt dat er geen room meer is.' },
		{ level: 1, text: 'Stopt met werken wanneer de opdracht verandert en wacht op nieuwe uitleg.' },
		{ level: 2, text: 'Stapt na aandringen over op de vervangopdracht, maar klaagt er twee keer over.' },
		{ level: 2, exercise: F, text: 'Gaat pas verder aan de andere fiets nadat de begeleider het voor de tweede keer vraagt.' },
		{ level: 3, exercise: F, text: 'Schakelt zonder commentaar over op de andere fiets wanneer het onderdeel ontbreekt.' },
		{ level: 3, exercise: K, text: 'Past het recept aan wanneer er geen room is en gebruikt melk.' },
		{ level: 3, text: 'Neemt de nieuwe taak meteen op wanneer de begeleider de volgorde wijzigt.' },
		{ level: 4, exercise: F, text: 'Stelt zelf een alternatief voor wanneer het onderdeel ontbreekt en legt uit waarom.' },
		{ level: 4, exercise: K, text: 'Neemt bij afwezigheid van een medekandidaat meteen diens taak over en herverdeelt de eigen taken.' },
		{ level: 4, text: 'Vraagt bij een wijziging in de opdracht wat er nu voorrang heeft en past de eigen planning aan.' }
	]
};

/** Factual notes that belong to no competency in particular (they stay unclassified). */
export const DEMO_GENERAL_NOTES: readonly string[] = [
	'Komt 5 minuten voor de start binnen, hangt de jas aan de kapstok en gaat bij de werkplek staan.',
	'Luistert naar de uitleg van de begeleider met de armen gekruist.',
	'Neemt een slok water en leest de werkinstructie opnieuw.',
	'Vraagt waar de toiletten zijn.',
	"Zegt tegen de medekandidaat: 'Dit heb ik vroeger ook gedaan.'",
	'Kijkt tijdens de uitleg naar het werkblad en knikt twee keer.',
	'Vraagt aan het einde of er morgen nog een opdracht is.'
];

/**
 * Notes that interpret instead of describe: the mistake WAKKER warns about ("geen persoonlijkheidstrekken").
 * The demo keeps a few so the note coach has something to flag.
 */
export const DEMO_INTERPRETIVE_NOTES: readonly string[] = [
	'Lijkt ongemotiveerd, hangt tegen het rek.',
	'Is duidelijk lui vandaag.',
	'Komt arrogant over tegenover de begeleider.'
];
