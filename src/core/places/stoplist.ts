// Words that GeoNames knows as a place name (often as one of the unlabelled
// alternate names) but that in running Norwegian or English text are nearly
// always something else. All keys are folded (see normalize.ts).
//
// The build drops alternate names found here; the detector also refuses them
// as single-word places unless the hand tables or the country list name them.

const list = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Towns named like an everyday word or a surname ("Phoenix", "Reading", "Lincoln"): common
 *  words, except right after "in"/"i", where no word but a place's name is capitalised so. */
const PLACES_AS_WORDS_TEXT = 'bar reading bath split mobile orange eagle buffalo phoenix jackson lincoln hamilton normal paradise';
export const PLACES_AS_WORDS = list(PLACES_AS_WORDS_TEXT);

/** Function words and common words that start sentences or headlines. */
export const COMMON_WORDS = list(`
  alle andre at av bak bare begge bra da dag de dei deira deires del dem den denne der deres derfor dermed dersom
  desto det dette disse du eg ei eit eller ellers en ene enhver enn er et ett etter fem fleire flere for fordi fra
  frå før første ganske gjennom god godt han hans har hele heile her hennar hennes hit ho hos hun hva hvem hver
  hvilke hvilken hvis hvor hvordan hvorfor i ifølge igjen ikke ikkje ingen inn innen ja jeg kan kanskje kva kvar
  kvifor kven korleis like likevel lite litt man mange mellom men mens mer meir mest mot må ned nei nok noe noen
  nokre nokon nord nye nytt nå når også om omkring opp oss over på rundt samme samt seg selv sidan siden sin sine
  sitt sjøl skal slik som stor store sør så til tross tusen under uten utan ut utenfor var ved vel vest vi vil ville
  vår våre øst aust år ære være vere mål mor far sol land by fjell sjø hav elv øy bygd
  medan sidan difor likevel berre heller saman utan mellom kring korleis kvifor kvar kven dersom endå enno
  ein eit eitt ingen inga nokon noko sjølv sjølve ikkje ofte alltid aldri heilt mykje mest lite meir der her
  mandag tirsdag onsdag torsdag fredag lørdag søndag måndag tysdag laurdag sundag
  januar februar mars april mai juni juli august september oktober november desember
  the a an and or but if in on at to of for by from with without into onto over under after before about above
  across against along among around behind below beneath beside between beyond during inside near off out outside
  since through throughout toward towards until upon within this that these those there here where when what which
  who whom whose why how all any both each every few many more most much no none not one other some such than then
  too very can could may might must shall should will would is are was were be been being has have had do does did
  he she it its they them their his her our your my we you i me us him yes new old good great best first last next
  man men woman women people hope nice mark central union unity liberty victory independence freedom peace
  progress success union city town village port bay lake river mount mountain north south east west
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  ${PLACES_AS_WORDS_TEXT}
  president minister premier king queen prince princess general colonel captain doctor professor
  parliament congress senate court government church police army navy university college school
  stortinget regjeringen kongen dronningen politiet forsvaret kirken kirka kyrkja staten kommunen fylket byen
  landet riket legevakten legevakta
`);

/** Common first names (Norwegian, Nordic, English and others frequent in
 *  news). Many are also places somewhere; in running text a person is meant
 *  far more often, and a capitalised word after one is a surname. */
export const FIRST_NAMES = list(`
  aase ada adam adrian agnes agnete aksel alexander alf alfred ali alice aline amalie amanda amir ana anders andrea
  andreas anette angela anita anja ann anna anne anneli annette ansgar anton are arild arne arnfinn arnold arve asbjørn
  aslak asle astrid atle audun aud aurora axel barbara beate ben benedicte bengt benjamin bent bente berit bernt birger
  birgit birgitte bjarne bjørg bjørn bjørnar bodil bob bror brit brita britt britt-marie bård børge camilla carina carl
  carlos caroline cathrine cecilie charles charlotte christer christian christina christine christoffer claes clara
  dag dagfinn dagny dagrun daniel david dina dorothea edith edvard egil eili eilif einar eirik eivind elena eli elias
  elin elisabeth elise ella ellen elsa else emil emilie emma erik erika erlend erling espen eva even eyvind filip finn frances
  frank fredrik frida frode geir george georg gerd gina gisle gjermund grete gro gudmund gudrun gunhild gunn gunnar
  gunnhild guri gustav gøran halvard halvor hanna hanne hans harald harriet hege heidi helen helene helga helge hege
  henrik henning henry herman hilde hjalmar hugo håkon håvard idar ida inge inger ingrid ingvild ivar jack jacob
  jakob james jan jane janne jarle jens jesper joachim johan johanne johannes john jon jonas jonathan jorunn jostein
  julie june kai kajsa kari karianne karin karina karl karoline kasper katarina kate katrine kenneth kim kirsten
  kjell kjersti kjetil klara knut kristian kristin kristine kristoffer kåre lars laila laura lea leif lena lene leo
  line linda linn lisa lise liv louise lucas lukas magne magnus maja malin mari maria marianne marie marit marius mark marte
  martin martine mary mats mattias max maya michael michelle mikael mona morten nils nina nora odd oddbjørn oddvar olaf
  olav ole oliver olga oscar oskar paul per peder pernille peter petter philip pia preben ragnar ragnhild randi
  rasmus reidar richard rita robert roger rolf ronny rune runar ruth sander sara sarah signe sigrid sigurd silje
  simen simon siri sissel sivert snorre sofie sofia solveig sondre sophie stein steinar stian stig stine sturla sune
  svein sverre synne synnøve sølvi søren tarjei terje thea thomas thor thorbjørn tom tommy tone tor tora tord tore
  torbjørn torgeir torill tormod torstein trine trond trude trygve turid ulf ulrik unni vegard vera vidar viggo
  vigdis viktor vilde william wenche yngve øystein øyvind åse åsmund
  abdul ahmed alan albert andrew anthony antonio barack bernie boris brian charlie chris donald dmitrij dmitrij
  emmanuel francis françois frederik george hillary igor ivan jean joe joseph juan justin kamala karl-heinz kevin
  larry luis manuel marco maria mario matteo michel mohammed muhammad nicolas olaf olena pablo paolo patrick pedro
  pierre rishi robert sergej sergey stefan steven theresa tony valentina victor vladimir volodymyr
  walter xi yoon
`);

/** Real places whose name is also a common word or a frequent surname
 *  ("Moss", "Time", "Lund", "Strand", "Flora"). They count only after a
 *  locative preposition, before "kommune"/"fylke", or once the same text has
 *  used the name as a place for sure. */
export const CONTEXT_ONLY = list(`
  moss time hole marker lund strand berg vik nes bø sand mo os lom sel gol hol ål ås re hof fet eid eide sund
  fjell fjord stad heim vang vega rana flora don po kos grue dovre sula aure halsa alver lister follo luster
  valle nome tinn grane leka roan osen tana alta bardu stange stokke lier rissa hopen fana arna vika toten sogn
  kinn sande salt bud victoria holm haug lie dahl moen bakke aas
`);
