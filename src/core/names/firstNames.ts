// A general lexicon of common first names (Norwegian, Nordic, English and a
// few others frequent in news), with gender: 'm' male, 'f' female, 'u' used
// for both. Written by hand from general knowledge of common names; it is not
// taken from any corpus. Used to tell a person's name from a place name
// ("Per Gram" is a person) and, later, to give a pronoun its gender.
//
// Keys are lower case. Lookup is case-insensitive; a hyphenated double name
// ("Anne-Lise", "Karl-Erik") takes the gender of its parts.

import { KeyFilter } from '../text/keyfilter';

const MALE = `
  aage adam adrian aksel albert alexander alf alfred amund anders andreas anton are arild arne arnfinn arnt arve
  asbjørn aslak asle atle audun axel bendik benjamin bent bernt birger bjarne bjørn bjørnar bjørnar bo bror brede
  bård børge carl christen christer christian christoffer claes dag dagfinn daniel david edvard egil eilif einar
  eirik eivind elias emil endre erik erlend erling even eyvind filip finn fredrik frode geir georg gisle gjermund
  gudbrand gudmund gunnar gustav gøran halfdan halvard halvor hans harald helge henning henrik herman hjalmar
  håkon håvard idar inge ingvar isak ivar jakob jacob jan jarle jens jesper joakim joachim johan johannes jon
  jonas jonatan jostein jørgen jørn kai karl kasper ketil kjartan kjell kjetil knut kolbjørn konrad kristian
  kristoffer kåre lars leif lasse magne magnus mads markus marius martin mathias mats mattias mikael morten
  nikolai nils njål odd oddbjørn oddvar olaf olav ole oscar oskar ottar paul peder per petter pål ragnar reidar
  rolf roald roar rune runar rasmus sander sebastian sigmund sigurd simen simon sindre sivert snorre sondre
  stein steinar sten stian stig sturla svein sveinung sverre syver sølve søren tarjei teodor terje thomas thor
  thorbjørn tobias tom tommy tor tord tore torbjørn torgeir torgrim tormod torstein trond trygve ulf ulrik
  vebjørn vegard vetle vidar viggo vilhelm viktor øystein øyvind åge åsmund
  ola espen ove ronny glenn ståle tarald torkel torleif asgeir arvid ragnvald yngve noah lukas aleksander
  ørjan ørnulf eskil mikkel steffen hallvard arnstein audun bendik brage eilert gaute geirmund harry ingebrigt
  jarl kato kristen lauritz lorentz mons nikolai oddgeir oddmund olve petter preben reidar
  severin sigve sjur skjalg steinulf svenn teodor thorvald tollef torje torvald trym ulv vemund østen
  aaron alan andrew anthony arthur barack ben benny bernard bill billy bob boris brian bruce carlos charles
  chris christopher colin dan daniel dave david dennis dick donald douglas edward eric frank fred gary george
  gordon graham harry henry howard ian jack jake james jeff jeremy jerry jim jimmy joe john johnny jonathan
  joseph josh justin keith ken kenneth kevin larry lee luke malcolm mark matt matthew michael mike mitt neil
  nicholas nick oliver patrick paul peter philip ralph richard rick rishi rob robert roger ronald roy ryan sam
  samuel scott sean simon stephen steve steven stuart ted terry thomas tim timothy tony vincent walter wayne
  william
  abdul abdullah ahmad ahmed ali alessandro andrzej antonio bashar benjamin dmitrij dmitrij emmanuel fernando
  francesco françois giuseppe gerhard hamid hassan hans-peter hussein ibrahim igor ivan jacques jean jens-petter
  josé juan jürgen karim klaus lech luigi luis manuel marco mario matteo mehmet michel mohamed mohammad mohammed
  muhammad nicolas olaf omar pablo paolo pedro pierre rafael recep sergej sergey stefan vladimir volodymyr
  wolfgang xavier yusuf
  phil nate ron chuck bernie don doug greg mitch newt hank ed eddie randy stan walt jay joel jared jason jesse
  kyle lance marcus max nathan pete rudy russ seth todd tyler zach ethan evan brett brad craig dale darren dean
  derek dylan harold julian kent leon lloyd marvin nolan norman perry rex rodney ross shane shawn spencer
  travis trevor troy warren wade kurt glenn gavin cory corey dustin vernon roland bret jeb
`;

const FEMALE = `
  aase ada agnes agnete alma amalie amanda andrea anette angelica anita anja ann anna anne anneli annette
  astrid aud audhild aurora beate benedicte berit birgit birgitte bjørg bodil borghild brit brita britt
  camilla carina caroline cathrine cecilie charlotte christina christine dagny dagrun dina dorthe ebba edel
  edith eili elen eli elin elisabeth elise ella ellen ellinor elsa else embla emilie emma erna eva frida gerd
  grete gro gudrun gunhild gunn gunnhild guri hanna hanne hedda hege heidi helene helga henriette hilde ida
  ina ine inga inger ingrid ingunn ingvild irene iselin janne jenny johanne jorunn julie june kaia kajsa kari
  karianne karin karina karoline katarina kathrine katrine kirsten kjersti klara kristin kristine laila
  lena lene linda line linn lisa lise liv lotte louise lovise madeleine magnhild maja malin mari maria marianne
  marie marit marta marte martine mathilde mette mia mona nina nora oda oddny oddrun pernille ragna ragnhild
  randi rannveig rebekka ronja runa ruth sara sigrid sigrun silje siri sissel siv sofie solfrid solveig
  sonja stine synne synnøve sølvi teresa thea tone tonje tora torhild torill tove trine trude turid unni
  vibeke vigdis vilde wenche åse åshild
  bente monica torunn ane guro reidun sunniva maren henny signe tuva marthe therese anniken hedvig sylvi
  torild margrethe margareth aslaug solbjørg marita monika hildegunn eldbjørg aslaug bergljot borgny dordi
  eldrid gunvor hjørdis jannicke kjellaug lillian liss margit marthe mildrid oddveig ragnfrid sigfrid
  sigrunn solrun steinunn sunniva torgunn ylva åsne
  alice amy angela ann barbara betty carol caroline catherine diana donna dorothy elizabeth emily emma
  hillary helen jane janet jennifer jessica joan judith julia karen kate kathleen katherine kamala laura
  linda lisa margaret maria marie mary melania michelle nancy nicola olivia patricia rachel rebecca ruth
  sandra sarah sharon sophie susan theresa victoria
  aisha angela annika birgitta brigitte carmen fatima greta ingeborg isabel isabella kristina marine
  natalia olena svetlana ulla ursula valentina yasmin yulia
  debbie deb liz beth kathy cathy peggy meg megan betsy jill carly sheryl cheryl nikki kristen tammy gina diane
  dianne debra deborah erin gloria hannah heather holly joyce judy kay lauren lindsey lori marsha martha melissa
  nicole paula pam pamela rosa samantha stephanie tina tracy valerie wendy whitney zoe abigail allison ashley
  brenda chelsea claire courtney dawn denise elaine joanne kathryn katie leslie lynn maureen molly natalie
  shannon tanya vanessa carla carolyn colleen evelyn frances jacqueline janice jeanne lucy marilyn michele
  renee sheila shirley stacey suzanne sylvia vicki
`;

/** Used for both, or too often for either to tell. */
const UNISEX = `
  kim robin alex eli charlie sam chris jo kris ariel jamie jean-marie morgan sasha noa pat kelly dana kerry
`;

const table = new Map<string, 'm' | 'f' | 'u'>();
const load = (s: string, g: 'm' | 'f' | 'u'): void => {
  for (const w of s.trim().split(/\s+/)) {
    const prev = table.get(w);
    // A name in two lists is unisex.
    table.set(w, prev && prev !== g ? 'u' : g);
  }
};
load(MALE, 'm');
load(FEMALE, 'f');
for (const w of UNISEX.trim().split(/\s+/)) table.set(w, 'u');

// The same names as written in running text ("Espen"): most words asked about are capitalised
// once and are no first name, and this answers them without a lower-cased copy of each.
const capitalised = new Map<string, 'm' | 'f' | 'u'>();
for (const [w, g] of table) if (w.indexOf('-') < 0) capitalised.set(w[0].toUpperCase() + w.slice(1), g);
// Most capitalised words asked about are no first name: the filter turns them
// away by length and first and last letter before the map hashes them.
const CAPITALISED_MAY = new KeyFilter(capitalised.keys());

const isUpperCode = (c: number) => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);

/** "Espen", "Åse": an upper-case letter, then no upper-case letter, hyphen or non-Latin-1 letter.
 *  Such a word lower-cases to its first letter's lower case and the rest as it is. */
export function plainCapitalised(word: string): boolean {
  if (!isUpperCode(word.charCodeAt(0))) return false;
  for (let k = 1; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (isUpperCode(c) || c > 0xff || c === 45) return false;
  }
  return true;
}

/** Gender of a known first name: 'm', 'f', 'u' (both), or undefined when the
 *  word is not a known first name. Case-insensitive; a hyphenated double name
 *  is known when all its parts are ("Anne-Lise", "Karl-Erik"). */
export function firstNameGender(word: string): 'm' | 'f' | 'u' | undefined {
  if (word.length < 2) return undefined;
  if (plainCapitalised(word)) return CAPITALISED_MAY.mayHave(word) ? capitalised.get(word) : undefined;
  const w = word.toLowerCase();
  const g = table.get(w);
  if (g !== undefined || w.indexOf('-') < 0) return g;
  let out: 'm' | 'f' | 'u' | undefined;
  for (const part of w.split('-')) {
    const pg = table.get(part);
    if (pg === undefined) return undefined;
    out = out === undefined || out === pg ? pg : 'u';
  }
  return out;
}

/** Is the word a known first name (any gender)? */
export function isFirstName(word: string): boolean {
  return firstNameGender(word) !== undefined;
}
