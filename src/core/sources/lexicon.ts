// Word lists for attribution, per language. Everything is lower-case.
// A cue form is marked as a participle when it needs a perfect auxiliary
// ("har avvist") to report speech; after "er/ble" it is passive and reports
// nothing ("er anklaget for").

import type { Lang } from '../model';
import { EN_WEEKDAYS, NO_WEEKDAY_NAMES } from '../numbers/calendar';
import { EN_CUE_ADVERBS, withLearnedCues } from './english';

export interface CueForm {
  lemma: string;
  participle?: boolean;
  /** Reports only with an "at/that" clause after it ("viser at"). */
  needsComplement?: boolean;
  /** An intention: reports with "at" or an infinitive ("lover å bidra"). */
  infinitive?: boolean;
  /** An -ing adjunct (", saying …"): the speaker is the subject of the clause it hangs on. */
  adjunct?: boolean;
  /** Reports with a quotation after it too ("kaller forslaget «et slag i ansiktet»"). */
  quotation?: boolean;
}

function forms(list: string): Map<string, CueForm> {
  // "lemma: form form form*" — a trailing * marks a participle, ! needs "at", ^ "at" or "å",
  // « "at" or a quotation.
  const out = new Map<string, CueForm>();
  for (const line of list.trim().split('\n')) {
    const [lemma, rest] = line.split(':');
    for (const raw of rest.trim().split(/\s+/)) {
      // The marks may be combined ("svart!*": a participle that reports only with "at").
      const marks = /[*!^«]*$/.exec(raw)![0];
      const participle = marks.includes('*');
      const infinitive = marks.includes('^');
      const quotation = marks.includes('«');
      const needsComplement = marks.includes('!') || infinitive || quotation;
      const form = raw.slice(0, raw.length - marks.length);
      out.set(form, quotation ? { lemma: lemma.trim(), participle, needsComplement, infinitive, quotation } : { lemma: lemma.trim(), participle, needsComplement, infinitive });
    }
  }
  return out;
}

const NB_VERBS = forms(`
si: sa sier sagt*
uttale: uttalte uttaler uttalt*
opplyse: opplyser opplyste opplyst*
hevde: hevder hevdet hevda
mene: mener mente ment!*
anslå: anslår anslo anslått*
bekrefte: bekrefter bekreftet bekrefta
avvise: avviser avviste avvist*
avkrefte: avkrefter avkreftet avkrefta
dementere: dementerer dementerte dementert*
melde: melder meldte meldt*
skrive: skriver skrev skrevet*
fortelle: forteller fortalte fortalt*
tro: tror trodde trodd!*
understreke: understreker understreket understreka
påpeke: påpeker påpekte påpekt*
advare: advarer advarte advart*
varsle: varsler varslet varsla
kunngjøre: kunngjør kunngjorde kunngjort*
innrømme: innrømmer innrømmet innrømte
erkjenne: erkjenner erkjente erkjent*
konkludere: konkluderer konkluderte konkludert*
avgjøre: avgjør! avgjorde! avgjort!*
forklare: forklarer forklarte forklart*
benekte: benekter benektet benekta
nekte: nekter! nektet!
svare: svarer! svarte! svart!*
oppgi: oppgir oppga oppgitt*
rapportere: rapporterer rapporterte rapportert*
frykte: frykter! fryktet!
anklage: anklager anklaget
presisere: presiserer presiserte presisert*
fremholde: fremholder framholder fremholdt framholdt
poengtere: poengterer poengterte poengtert*
gjenta: gjentar gjentok gjentatt*
antyde: antyder antydet antyda
beregne: beregner! beregnet!
medgi: medgir medga medgitt*
vedgå: vedgår vedgikk vedgått*
tilføye: tilføyer tilføyde tilføyd*
argumentere: argumenterer argumenterte argumentert*
kommentere: kommenterer kommenterte kommentert*
kreve: krever! krevde! krevd!*
vise: viser! viste! vist!*
kalle: kaller« kalte« kalt«*
slå fast: slår slo slått*
legge til/skjul/vekt/ned: legger la lagt*
kritisere: kritiserer kritiserte kritisert*
fordømme: fordømmer fordømte fordømt*
rose: roser roste rost!*
love: lover^ lovet^ lova^
true: truer^ truet^
foreslå: foreslår foreslo foreslått*
anbefale: anbefaler anbefalte anbefalt*
konstatere: konstaterer konstaterte konstatert*
fastslå: fastslår fastslo fastslått*
påstå: påstår påsto påstod påstått*
forsikre: forsikrer forsikret forsikra
beskrive: beskriver! beskrev! beskrevet!*
omtale: omtaler! omtalte! omtalt!*
karakterisere: karakteriserer! karakteriserte! karakterisert!*
tvile på: tviler! tvilte! tvilt!*
etterlyse: etterlyser etterlyste etterlyst*
synes: synes syntes
anta: antar antok antatt*
mistenke: mistenker! mistenkte! mistenkt!*
beklage: beklager beklaget beklaga
innvende: innvender innvendte innvendt*
oppfordre: oppfordrer oppfordret oppfordra
råde: råder^ rådet^ rådde^
be: ber! ba! bedt!*
nevne: nevner! nevnte! nevnt!*
ønske: ønsker! ønsket!
håpe: håper håpet håpa
protestere: protesterer protesterte protestert*
tilbakevise: tilbakeviser tilbakeviste tilbakevist*
beskylde: beskylder beskyldte beskyldt*
erklære: erklærer erklærte erklært*
fremheve: fremhever framhever fremhevet framhevet
peke på: peker pekte pekt*
minne om: minner! minte! minnet!
reagere på: reagerer! reagerte! reagert!*
klage over: klager! klaget! klaga! klagd!*
begrunne: begrunner! begrunnet! begrunna! begrunnet!*
utelukke: utelukker! utelukket! utelukka! utelukt!*
fastholde: fastholder! fastholdt!
stille spørsmål ved: stiller! stilte! stilt!*
oppsummere: oppsummerer oppsummerte oppsummert*
utdype: utdyper utdypet utdypa
forkynne: forkynner forkynte forkynt*
åpne for: åpner! åpnet! åpna!
tale for: taler talte
angi: angir^ anga^ angav^
erfare: erfarer! erfarte! erfart!*
kjenne til: kjenner! kjente!
uttrykke: uttrykker! uttrykte! uttrykt*
spørre: spør! spurte!
avslutte: avslutter! avsluttet!
fortsette: fortsetter! fortsatte!
angripe: angriper angrep angrepet*
gjøre det klart: gjør! gjorde! gjort!
finne det bevist/sannsynlig/godtgjort: finner! fant! funnet!
gi uttrykk for: gir! ga! gav! gitt!
utelukke: utelukker! utelukket! utelukka! utelukt!*
etterlate ingen tvil om: etterlater! etterlot! etterlatt!
holde fast: holder! holdt!
regne med/ut: regner^ regnet^ regna^
forvente: forventer! forventet! forventa!
vente: venter! ventet! venta!
komme til: kommer! kom!
`);

const NN_VERBS = forms(`
seie: seier sa sagt*
meine: meiner meinte meint!*
opplyse: opplyser opplyste opplyst*
hevde: hevdar hevda
stadfeste: stadfestar stadfesta
avkrefte: avkreftar avkrefta
dementere: dementerer dementerte dementert*
avvise: avviser avviste avvist*
melde: melder melde meldte meldt*
skrive: skriv skreiv skrive*
fortelje: fortel fortalde fortalte fortalt*
tru: trur trudde trudd!*
understreke: understrekar understreka
åtvare: åtvarar åtvara
varsle: varslar varsla
kunngjere: kunngjer kunngjorde kunngjort*
vedgå: vedgår vedgjekk vedgått*
erkjenne: erkjenner erkjende erkjent*
forklare: forklarar forklarer forklarte forklara
svare: svarar! svara!
anslå: anslår anslo anslått*
rapportere: rapporterer rapporterte rapportert*
uttale: uttaler uttalte uttalt*
frykte: fryktar! frykta!
vise: viser! viste! vist!*
kalle: kallar« kalla«
skildre: skildrar! skildra!
omtale: omtalar! omtala!
karakterisere: karakteriserer! karakteriserte!
tvile på: tvilar! tvila!
syne: syner! synte! synt!*
peike på: peikar peika
slå fast: slår slo slått*
minne om: minner! minte! minna!
reagere på: reagerer! reagerte! reagert!*
klage over: klagar! klaga!
grunngi: grunngir! grunngav! grunngjev! grunngjeve!* grunngitt!*
utelukke: utelukkar! utelukka!
fasthalde: fastheld! fastheldt!
stille spørsmål ved: stiller! stilte! stilt!*
legge til/skjul/vekt/ned: legg la lagt*
kritisere: kritiserer kritiserte kritisert*
fordømme: fordømmer fordømde fordømt*
love: lovar^ lova^
føreslå: føreslår føreslo føreslått*
tilrå: tilrår tilrådde tilrådd*
konstatere: konstaterer konstaterte konstatert*
fastslå: fastslår fastslo fastslått*
påstå: påstår påstod påstått*
synast: synest syntest
tykkje: tykkjer tykte
håpe: håpar håpa
ønskje: ønskjer! ønskte!
be: ber! bad! bede!* bedt!*
nemne: nemner! nemnde! nemnt!*
beklage: beklagar beklaga
oppmode: oppmodar oppmoda
krevje: krev! kravde! kravd!*
etterlyse: etterlyser etterlyste etterlyst*
protestere: protesterer protesterte protestert*
innrømme: innrømmer innrømde innrømte innrømt*
utelukke: utelukkar! utelukka! utelukker! utelukte! utelukt!*
peike på: peikar peika
uttrykkje: uttrykkjer! uttrykte! uttrykt*
spørje: spør! spurde!
avslutte: avsluttar! avslutta!
nekte: nektar! nekta!
rose: rosar rosa roser roste rost!*
påpeike: påpeikar påpeika
presisere: presiserer presiserte presisert*
framheve: framhevar framheva
gjenta: gjentek gjentok gjenteke*
oppgje: oppgjev oppgav oppgitt*
antyde: antydar antyda
mistenkje: mistenkjer! mistenkte! mistenkt!*
oppfordre: oppfordrar oppfordra
rå: rår^ rådde^
forsikre: forsikrar forsikra
erklære: erklærer erklærte erklært*
tilbakevise: tilbakeviser tilbakeviste tilbakevist*
anklage: anklagar anklaga
konkludere: konkluderer konkluderte konkludert*
avgjere: avgjer! avgjorde! avgjort!*
kommentere: kommenterer kommenterte kommentert*
argumentere: argumenterer argumenterte argumentert*
opne for: opnar! opna!
halde fast: held! heldt!
rekne med/ut: reknar^ rekna^
forvente: forventar! forventa!
vente: ventar! venta!
kjenne til: kjenner! kjende!
bekrefte: bekreftar bekrefta
advare: advarar advara
poengtere: poengterer poengterte poengtert*
true: trugar^ truga^ truar^ trua^
oppsummere: oppsummerer oppsummerte oppsummert*
utdjupe: utdjupar utdjupa
angripe: angrip angreip
skulde: skuldar skulda
berekne: bereknar! berekna!
innvende: innvender innvende innvendt*
erfare: erfarer! erfarte! erfart!*
gjere det klart: gjer! gjorde! gjort!
finne det prova/bevist/sannsynleg: finn! fann! funne!
gje uttrykk for: gjev! gav! gjeve!
kome til: kjem! kom!
`);

const EN_VERBS = forms(`
say: said says say
tell: told tells
state: stated states
claim: claimed claims
announce: announced announces
report: reported reports
add: added adds
deny: denied denies
confirm: confirmed confirms
believe: believes! believed!
expect: expects^
warn: warned warns
argue: argued argues
insist: insisted insists
write: wrote writes
estimate: estimated estimates
note: noted notes
explain: explained explains
acknowledge: acknowledged acknowledges
admit: admitted admits
allege: alleged alleges allege!
contend: contend! contended! contends!
maintain: maintained! maintains! maintain!
doubt: doubted! doubts!
testify: testified! testifies!
complain: complain!
caution: caution!
suggest: suggested! suggests!
show: showed! shows!
think: think! thinks!
dispute: disputed disputes
counter: countered! counters! counter!
`);

// Verbs that are cues only together with the words right after them (a particle, or the rest of
// an idiom: "gjort det klart at", "gitt uttrykk for at"); the words are the lemma after its verb.
// A Map, not an object: a lemma read off a token is no internalised string, and an object
// probed by it interns it first (asked of every cue form).
const PARTICLES = new Map<string, readonly string[]>();
// A particle written "a/b" is either word: "regner med at" (expects), "har regnet ut at" (calculated).
for (const lemma of ['slå fast', 'legge til/skjul/vekt/ned', 'peike på', 'peke på', 'åpne for', 'opne for', 'tale for', 'halde fast', 'holde fast', 'rekne med/ut', 'regne med/ut', 'kjenne til',
  'gjøre det klart', 'finne det bevist/sannsynlig/godtgjort', 'finne det prova/bevist/sannsynleg', 'gi uttrykk for', 'minne om', 'reagere på', 'klage over', 'stille spørsmål ved', 'etterlate ingen tvil om', 'gjere det klart', 'gje uttrykk for', 'komme til', 'kome til', 'tvile på']) PARTICLES.set(lemma, lemma.split(' ').slice(1));

// Verbs of finding report with "at" alone as well as with their particles: "Undersøkelsen fant at …"
// as "Retten fant det bevist at …" (see foundThat in claims.ts).
const BARE_BEFORE_THAT = new Set(['finne det bevist/sannsynlig/godtgjort', 'finne det prova/bevist/sannsynleg']);

/** Whether a lemma with a particle reports with "at" right after the verb too, its particle left out. */
export function bareBeforeThat(lemma: string): boolean {
  return BARE_BEFORE_THAT.has(lemma);
}

export interface Lexicon {
  verbs: Map<string, CueForm>;
  /** "ifølge", "according to": the source follows. */
  accordingTo: string[][];
  /** "heter det": an impersonal cue whose source is a document or the previous speaker. */
  impersonal: string[][];
  /** Auxiliaries that make a participle active ("har avvist"). */
  perfect: Set<string>;
  /** Auxiliaries that make a participle passive ("er anklaget"). */
  passive: Set<string>;
  /** Complementisers opening reported content. */
  that: Set<string>;
  /** Pronouns that can speak, by what they refer to. */
  personPronouns: Set<string>;
  groupPronouns: Set<string>;
  thingPronouns: Set<string>;
  /** Words that can never be a speaker by themselves. */
  nonSpeakers: Set<string>;
  /** Words that never head a source phrase nor open one, though a phrase reader may reach them:
   *  conjunctions, sentence and focus adverbs, prepositions, negated auxiliaries ("Yet", "only",
   *  "despite", "don't"). */
  notHeads: Set<string>;
  /** Words that may stand between a subject and its verb. */
  adverbs: Set<string>;
  /** Words that end a noun phrase scanned leftwards or rightwards. */
  boundaries: Set<string>;
  /** Subordinators that open a new clause inside a sentence. */
  subordinators: Set<string>;
  /** Relative pronouns opening a clause that can hold its own claim ("noe X har avvist"). */
  relatives: Set<string>;
  /** Prepositions after an impersonal cue that introduce its source ("fra"). */
  from: Set<string>;
  /** Norwegian cue verbs by their infinitive (the lemma's verb), for "kan bekrefte at",
   *  "vil ikkje utelukke at": each reports only with "at", a colon or a quotation after it. */
  infinitives: Map<string, CueForm>;
  /** Leading words dropped from a group's span ("flere ukrainske medier"). */
  quantifiers: Set<string>;
  /** "videre": a continuation of the previous speaker's statement. */
  continuation: Set<string>;
  /** Finite auxiliaries and modals: a phrase followed by one is a clause's subject. */
  auxiliaries: Set<string>;
  /** Prepositions: a phrase right after one is not a subject. */
  prepositions: Set<string>;
  /** Nouns carry definiteness in their ending ("politiet"), so a bare adjective can be told from a noun. */
  suffixedDefinite: boolean;
  /** A genitive name ("Trump's"): the name is group 1. Absent: Norwegian "-s" before a lower-case word. */
  genitive?: RegExp;
}

// "sa fredag": a weekday between cue and speaker reads like an adverb.
const WEEKDAYS = [...NO_WEEKDAY_NAMES.map(([w]) => w), ...EN_WEEKDAYS.keys()];

const NB_ADVERBS = [
  'har', 'hadde', 'også', 'ikke', 'nå', 'tidligere', 'allerede', 'fortsatt', 'fremdeles', 'igjen', 'selv',
  'ofte', 'alltid', 'lenge', 'heller', 'bare', 'imidlertid', 'dessuten', 'likevel', 'derimot', 'nemlig',
  'altså', 'da', 'så', 'samtidig', 'senere', 'først', 'nylig', 'overfor', 'kl', 'tirsdagens', 'blant', 'annet',
  'bl.a.', 'sist', 'offentlig', 'åpent', 'klart', 'tydelig', 'kanskje', 'trolig', 'vel', 'jo',
  // Fronted adverbs that are never a speaker: "Her påpekte han …", "Derfor mener hun …".
  'her', 'derfor', 'dermed', 'hjemme', 'heldigvis', 'dessverre',
  ...WEEKDAYS,
];
const NN_ADVERBS = [
  'har', 'hadde', 'òg', 'også', 'ikkje', 'no', 'tidlegare', 'allereie', 'framleis', 'igjen', 'sjølv', 'ofte',
  'alltid', 'lenge', 'heller', 'berre', 'likevel', 'dessutan', 'derimot', 'nemleg', 'altså', 'då', 'så',
  'samstundes', 'seinare', 'først', 'nyleg', 'kanskje', 'truleg', 'jo', 'overfor', 'kl', 'blant', 'anna', 'bl.a.',
  'sist', 'offentleg', 'ope', 'klart', 'tydeleg', 'vel', 'elles',
  // Fronted adverbs that are never a speaker, as in Bokmål: "Her peika ho på …", "Difor meiner han …".
  'her', 'difor', 'derfor', 'dermed', 'heime', 'heldigvis', 'dessverre', ...WEEKDAYS,
];
const EN_ADVERBS = [
  'has', 'had', 'have', 'also', 'not', 'now', 'previously', 'already', 'still', 'again', 'himself',
  'herself', 'themselves', 'often', 'always', 'later', 'recently', 'publicly', 'repeatedly', 'earlier',
  'however', 'first', 'then', 'reportedly', 'separately', ...EN_CUE_ADVERBS, ...WEEKDAYS,
];

// Closed classes of English, from its grammar rather than from any text: none of these is a
// noun, so none can be the speaker a cue's subject reader stops at ("Rihanna who both shared",
// "it only focuses", "will no doubt", "the so called").
const EN_NEGATED = ['do', 'does', 'did', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'wo', 'would', 'ca', 'could', 'should']
  .flatMap((w) => [`${w}n't`, `${w}n’t`]);
const EN_NOT_HEADS = [
  'yet', 'so', 'instead', 'indeed', 'though', 'although', 'perhaps', 'maybe', 'otherwise', 'meanwhile', 'moreover',
  'furthermore', 'nevertheless', 'nonetheless', 'thus', 'hence', 'therefore', 'besides', 'likewise', 'only', 'even',
  'very', 'too', 'quite', 'almost', 'nearly', 'merely', 'simply', 'certainly', 'probably', 'definitely', 'clearly',
  'obviously', 'sometimes', 'never', 'ever', 'no', 'like', 'unlike', 'despite', 'during', 'throughout', 'along',
  'about', 'across', 'around', 'upon', 'within', 'beyond', 'toward', 'towards', 'until', 'amid', 'via', 'do', 'does',
  'did', 'having', 'being', 'same', 'least', 'less', 'best', 'today', 'yesterday', 'tomorrow', 'here', 'well',
  ...EN_NEGATED,
];

const NB_BOUNDARIES = [
  'at', 'som', 'etter', 'fordi', 'mens', 'når', 'da', 'hvis', 'om', 'men', 'for', 'med', 'til', 'av', 'på', 'i',
  'fra', 'mot', 'under', 'over', 'ved', 'hos', 'uten', 'enn', 'eller', 'der', 'hvor', 'hva', 'hvem', 'hvorfor',
  'før', 'gjennom', 'blant', 'mellom', 'utenfor', 'innenfor', 'langs', 'bak', 'foran',
  'og', 'er', 'var', 'blir', 'ble', 'har', 'hadde', 'vil', 'skal', 'kan', 'må', 'bør', 'ifølge', 'overfor',
  'siden', 'selv', 'dersom', 'slik', 'samt', 'både', 'enten', 'inn', 'ut', 'opp', 'ned', 'ikke', 'også', 'det',
  'dette', 'noe', 'videre', 'torsdag', 'nå', 'hun', 'han', 'de', 'vi', 'jeg',
];
const NN_BOUNDARIES = [
  'at', 'som', 'etter', 'fordi', 'medan', 'når', 'då', 'viss', 'om', 'men', 'for', 'med', 'til', 'av', 'på', 'i',
  'frå', 'mot', 'under', 'over', 'ved', 'hjå', 'hos', 'utan', 'enn', 'eller', 'der', 'kvar', 'kva', 'kven', 'kvifor',
  'før', 'gjennom', 'blant', 'mellom', 'utanfor', 'innanfor', 'langs', 'bak', 'framfor',
  'og', 'er', 'var', 'blir', 'vart', 'vert', 'har', 'hadde', 'vil', 'skal', 'kan', 'må', 'bør', 'ifølgje',
  'sidan', 'sjølv', 'dersom', 'slik', 'samt', 'både', 'anten', 'inn', 'ut', 'opp', 'ned', 'ikkje', 'òg', 'det',
  'dette', 'noko', 'vidare', 'no', 'ho', 'han', 'dei', 'vi', 'me', 'eg', 'overfor',
];
const EN_BOUNDARIES = [
  'that', 'which', 'who', 'after', 'because', 'while', 'when', 'if', 'but', 'for', 'with', 'to', 'of', 'on',
  'in', 'from', 'against', 'under', 'over', 'at', 'by', 'without', 'than', 'or', 'where', 'what', 'why', 'and',
  'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'may', 'might', 'must',
  'should', 'according', 'since', 'as', 'not', 'also', 'it', 'this', 'he', 'she', 'they', 'we', 'i', 'further',
  'whenever', 'wherever',
];

/** "går fram", "går det fram", "kom fram": something emerges from a text ("Det går fram av
 *  rapporten at …"); claims.ts reads the text it emerges from (EMERGES). */
function emerges(verbs: string[], particles: string[]): string[][] {
  return verbs.flatMap((v) => particles.flatMap((p) => [[v, p], [v, 'det', p]]));
}

/** Each lemma of one word as its infinitive, a cue that needs "at" (a verb with a particle,
 *  "slå fast", is left out: its first word alone is too common a verb). */
function infinitivesOf(verbs: Map<string, CueForm>): Map<string, CueForm> {
  const out = new Map<string, CueForm>();
  for (const form of verbs.values()) {
    if (form.lemma.indexOf(' ') < 0 && !out.has(form.lemma) && !verbs.has(form.lemma)) out.set(form.lemma, { lemma: form.lemma, participle: false, needsComplement: true });
  }
  return out;
}

export const LEXICONS: Record<Lang, Lexicon> = {
  nb: {
    verbs: NB_VERBS,
    accordingTo: [['ifølge'], ['i', 'følge'], ['iflg.'], ['iflg']],
    impersonal: [['heter', 'det'], ['het', 'det'], ['sies', 'det'], ['står', 'det'], ['sto', 'det'], ['stod', 'det'],
      ...emerges(['går', 'gikk', 'kommer', 'kom'], ['fram', 'frem']), ['fremgår'], ['framgår'], ['fremgikk'], ['framgikk']],
    perfect: new Set(['har', 'hadde', 'ha', 'hatt']),
    passive: new Set(['er', 'ble', 'blir', 'var', 'blitt', 'vært', 'være', 'bli']),
    that: new Set(['at', 'om']),
    personPronouns: new Set(['han', 'hun', 'jeg']),
    groupPronouns: new Set(['de', 'vi']),
    thingPronouns: new Set(['den']),
    nonSpeakers: new Set(['det', 'dette', 'denne', 'disse', 'noe', 'som', 'man', 'ingen', 'alle', 'hva', 'hvem', 'du', 'dere', 'ingenting', 'noen', 'deg', 'meg', 'oss', 'dem', 'ham', 'henne', 'seg', 'mer', 'mye', 'lite', 'mest', 'alt']),
    notHeads: new Set(),
    adverbs: new Set(NB_ADVERBS),
    boundaries: new Set(NB_BOUNDARIES),
    subordinators: new Set(['etter', 'mens', 'samtidig', 'fordi', 'selv', 'siden', 'før', 'da', 'men', 'og', 'når']),
    relatives: new Set(['noe', 'som', 'hvilket']),
    from: new Set(['fra']),
    infinitives: infinitivesOf(NB_VERBS),
    quantifiers: new Set(['flere', 'mange', 'noen', 'enkelte', 'alle', 'de', 'den', 'det', 'disse', 'ulike', 'diverse', 'en', 'ei', 'et', 'to', 'tre', 'fire']),
    continuation: new Set(['videre', 'også']),
    suffixedDefinite: true,
    auxiliaries: new Set(['er', 'var', 'blir', 'ble', 'har', 'hadde', 'vil', 'ville', 'skal', 'skulle', 'kan', 'kunne', 'må', 'måtte', 'bør', 'burde', 'kommer', 'går']),
    // "Overfor NTB bekrefter politiet": the outlet after "overfor" is the listener, not the subject.
    prepositions: new Set(['i', 'på', 'til', 'fra', 'ved', 'med', 'av', 'for', 'under', 'etter', 'før', 'mot', 'hos', 'gjennom', 'over', 'uten', 'blant', 'mellom', 'utenfor', 'innenfor', 'langs', 'rundt', 'bak', 'foran', 'overfor']),
  },
  nn: {
    verbs: NN_VERBS,
    accordingTo: [['ifølgje'], ['i', 'følgje'], ['ifølge']],
    impersonal: [['heiter', 'det'], ['heitte', 'det'], ['vert', 'det', 'sagt'], ['står', 'det'], ['stod', 'det'], ['sto', 'det'], ...emerges(['går', 'gjekk', 'kjem', 'kom'], ['fram']), ['framgår'], ['framgjekk']],
    perfect: new Set(['har', 'hadde', 'ha', 'hatt']),
    passive: new Set(['er', 'vart', 'vert', 'blir', 'var', 'vorte', 'blitt', 'vore', 'vere', 'bli']),
    that: new Set(['at', 'om']),
    personPronouns: new Set(['han', 'ho', 'eg']),
    // "Me" is the Nynorsk "vi" (we), not the object "meg".
    groupPronouns: new Set(['dei', 'vi', 'me']),
    thingPronouns: new Set(['den']),
    nonSpeakers: new Set(['det', 'dette', 'denne', 'desse', 'noko', 'som', 'ein', 'ingen', 'alle', 'kva', 'kven', 'du', 'de', 'ingenting', 'nokon', 'deg', 'meg', 'oss', 'dykk', 'henne', 'seg', 'meir', 'mykje', 'lite', 'mest', 'alt']),
    notHeads: new Set(),
    adverbs: new Set(NN_ADVERBS),
    boundaries: new Set(NN_BOUNDARIES),
    subordinators: new Set(['etter', 'medan', 'samstundes', 'fordi', 'sjølv', 'sidan', 'før', 'då', 'men', 'og', 'når']),
    relatives: new Set(['noko', 'som']),
    from: new Set(['frå']),
    infinitives: infinitivesOf(NN_VERBS),
    quantifiers: new Set(['fleire', 'mange', 'nokre', 'somme', 'alle', 'dei', 'den', 'det', 'desse', 'ulike', 'ein', 'ei', 'eit', 'to', 'tre', 'fire']),
    continuation: new Set(['vidare', 'òg', 'også']),
    suffixedDefinite: true,
    auxiliaries: new Set(['er', 'var', 'blir', 'vart', 'vert', 'har', 'hadde', 'vil', 'ville', 'skal', 'skulle', 'kan', 'kunne', 'må', 'måtte', 'bør', 'burde', 'kjem', 'går']),
    prepositions: new Set(['i', 'på', 'til', 'frå', 'ved', 'med', 'av', 'for', 'under', 'etter', 'før', 'mot', 'hjå', 'hos', 'gjennom', 'over', 'utan', 'blant', 'mellom', 'utanfor', 'innanfor', 'langs', 'rundt', 'bak', 'framfor', 'overfor']),
  },
  en: {
    verbs: withLearnedCues(EN_VERBS),
    accordingTo: [['according', 'to']],
    impersonal: [['it', 'said'], ['it', 'says'], ['it', 'is', 'said']],
    perfect: new Set(['has', 'have', 'had']),
    passive: new Set(['is', 'was', 'are', 'were', 'been', 'be', 'being']),
    that: new Set(['that', 'whether']),
    personPronouns: new Set(['he', 'she', 'i']),
    groupPronouns: new Set(['they', 'we']),
    thingPronouns: new Set(['it']),
    nonSpeakers: new Set(['this', 'that', 'these', 'those', 'which', 'who', 'one', 'nobody', 'everyone', 'all', 'what', 'whether', 'you', 'there', 'me', 'him', 'us', 'them', 'more', 'much', 'little', 'most', 'yes', 'nothing', 'something', 'anything']),
    notHeads: new Set(EN_NOT_HEADS),
    adverbs: new Set(EN_ADVERBS),
    boundaries: new Set(EN_BOUNDARIES),
    subordinators: new Set(['after', 'while', 'because', 'since', 'before', 'when', 'but', 'and', 'as', 'whereas']),
    relatives: new Set(['which', 'who', 'something']),
    from: new Set(['from', 'by']),
    // English lists its base forms among the cues already ("can confirm that").
    infinitives: new Map(),
    quantifiers: new Set(['several', 'many', 'some', 'all', 'the', 'a', 'an', 'these', 'those', 'various', 'two', 'three', 'four']),
    continuation: new Set(['further', 'also']),
    suffixedDefinite: false,
    genitive: /^(.+?)['’]s?$/u,
    auxiliaries: new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'cannot']),
    prepositions: new Set(['in', 'on', 'at', 'to', 'from', 'with', 'by', 'after', 'before', 'for', 'of', 'during', 'under', 'over', 'against', 'without', 'among', 'between', 'through', 'near', 'outside', 'inside']),
  },
};

/** Whether a word is the particle written `part` ("ut" is "med/ut"). */
export function isParticle(w: string, part: string): boolean {
  return w === part || (part.indexOf('/') > 0 && part.split('/').includes(w));
}

// Particles of idioms that report only with the words after them: "legger vekt på at", "legg ikkje
// skjul på at", "har lagt ned påstand om" ("la ned arbeidet" is no report). A closing "at" opens
// the content; the words before it are the cue's.
const PARTICLE_TAILS = new Map<string, readonly string[]>([['skjul', ['på', 'at']], ['vekt', ['på', 'at']], ['ned', ['påstand', 'om']]]);

/** The words a particle reports only before, if it is such an idiom's. */
export function particleTail(particle: string): readonly string[] | undefined {
  return PARTICLE_TAILS.get(particle);
}

export function particleOf(lemma: string): readonly string[] | undefined {
  // Every lemma with a particle is written with a space ("slå fast"): most are turned away without a lookup.
  return lemma.indexOf(' ') < 0 ? undefined : PARTICLES.get(lemma);
}

/** Verbs of opinion that take "på … som": "X ser på Y som en trussel". */
/** Norwegian subordinators that open a fronted clause ("Da …, sa hun"); "og" and "men" join main clauses. */
export const FRONTING = new Set(['da', 'då', 'når', 'fordi', 'mens', 'medan', 'siden', 'sidan', 'dersom', 'hvis', 'viss', 'etter', 'selv', 'sjølv']);

export const REGARD_AS: Record<Lang, { verb: Set<string>; prep: string; as: string }> = {
  nb: { verb: new Set(['ser', 'så']), prep: 'på', as: 'som' },
  nn: { verb: new Set(['ser', 'såg']), prep: 'på', as: 'som' },
  en: { verb: new Set(['see', 'sees', 'saw', 'view', 'views', 'viewed', 'regard', 'regards', 'regarded']), prep: '', as: 'as' },
};

/** Evidence phrases that make their subject a source without a claim of their own. */
export const EVIDENCE_NOUNS = new Set([
  'opplysninger', 'informasjon', 'bevis', 'indikasjoner', 'kunnskap', 'etterretning', 'opplysingar',
  'prov', 'information', 'evidence', 'intelligence', 'indications',
]);
