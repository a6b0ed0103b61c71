// Who is who across sentences: the mention layer and speaker coreference
// (src/core/sources/mentions.ts, entities.ts, resolve.ts). Every sentence here
// is written for the test.
import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import type { Analysis, LangOption } from '../../src/core/model';
import { claimWith } from './claimAt';

function run(text: string, language: LangOption = 'nb'): Analysis {
  return analyze(text, { language });
}


describe('coreference: pronouns', () => {
  it('resolves a pronoun to a person named in an earlier sentence that claims nothing', () => {
    const t = 'Lege Siri Haugen har jobbet på legevakten i Tromsø i tjue år. Hun mener at køene må ned.';
    assert.equal(claimWith(run(t), t, 'køene').source, 'Siri Haugen');
  });

  it('resolves a pronoun to a person brought in by an indefinite noun, even after a preposition', () => {
    const t = 'Vakta på brannstasjonen får en melding fra en redd kvinne. Hun forteller at naboen har lagt seg på taket.';
    assert.equal(claimWith(run(t), t, 'naboen').source, 'en redd kvinne');
    const u = 'Kari Lie fikk en telefon fra en kompis.\n\n– Bussen har kjørt av veien. Alle er uskadd, forteller han.';
    assert.equal(claimWith(run(u), u, 'uskadd').source, 'en kompis');
  });

  it('prefers the subject of the nearest sentence over a person it only talks about', () => {
    const t = 'Ole Brandt ringte til Per Sunde i går. Han forteller at avtalen er i boks.';
    assert.equal(claimWith(run(t), t, 'avtalen').source, 'Ole Brandt');
  });

  it('gives a pronoun the speaker of the sentence before, not a person named in what she said', () => {
    const t = 'Kari Nes mener at dommeren tok feil. Hun sier at hun vil anke dommen.';
    assert.equal(claimWith(run(t), t, 'anke').source, 'Kari Nes');
    const u = 'Kari Nes meiner at dommaren tok feil. Ho seier at ho vil anke dommen.';
    assert.equal(claimWith(run(u, 'nn'), u, 'anke').source, 'Kari Nes');
  });

  it('keeps a speaker once a pronoun has told its gender', () => {
    const t = 'Kari Vik og Jon Eide sitter i styret. Hun sier at styret er samlet. Jon Eide er ikke enig. Hun mener likevel at saken er avgjort.';
    assert.equal(claimWith(run(t), t, 'saken er avgjort').source, 'Kari Vik');
  });

  it('gives "sier hun" to the last woman who spoke when a man spoke since, not to him', () => {
    const t = 'Kari Nilsen og Per Olsen har vært naboer i tjue år. Nå er de uvenner.\n\n– Han har bygget garasjen over tomtegrensen, sier Nilsen.\n\nOlsen avviser dette.\n\n– Jeg har papirer på at alt er lovlig, sier han.\n\nHun har nå gått til retten med saken.\n\n– Jeg ser ingen annen utvei, sier hun.';
    assert.equal(claimWith(run(t), t, 'annen utvei').source, 'Kari Nilsen');
  });

  it('resolves a pronoun after ", sa president X" to X, not the title', () => {
    const t = 'Grensen holder, sa president Ana Silva torsdag. Hun sa videre at hæren er klar.';
    assert.equal(claimWith(run(t), t, 'hæren').source, 'Ana Silva');
  });

  it('takes a title nobody is named with as the source, and as an antecedent', () => {
    const t = 'Konsernsjefen varsler kutt i staben. Han mener at selskapet må spare.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'kutt').source.toLowerCase(), 'konsernsjefen');
    assert.equal(claimWith(a, t, 'spare').source.toLowerCase(), 'konsernsjefen');
  });

  it('does not let a lone first name reach a person named many articles before', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `Avsnitt ${i + 1} handler om været.`).join('\n\n');
    const t = `Espen Moe er lege.\n\n${filler}\n\n– Det går bra, sier Espen.`;
    assert.equal(claimWith(run(t), t, 'Det går bra').source, 'Espen');
  });

  it('reads a body\'s noun afresh in a later article of a paper: "retten", "Direktoratet" are the ones named there', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `Avsnitt ${i + 1} handler om været.`).join('\n\n');
    // The first article never names its court or its directorate: the nouns stand as written.
    const t = `Saken var oppe i retten i går. Retten mener at tiltalte lyver.\n\nDirektoratet sier at tallene er feil.\n\n${filler}\n\n`
      + 'En sykepleier ble dømt i Bodø tingrett fredag. Retten mener at hun handlet grovt uaktsomt.\n\n'
      + 'Tallene kommer fra Fiskeridirektoratet. Direktoratet sier at kvoten blir lavere.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'tiltalte lyver').source, 'Retten');
    assert.equal(claimWith(a, t, 'grovt uaktsomt').source, 'Bodø tingrett');
    assert.equal(claimWith(a, t, 'kvoten').source, 'Fiskeridirektoratet');
  });

  it('takes a surname far on in a paper for the person of that surname named lately', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `Avsnitt ${i + 1} handler om været.`).join('\n\n');
    const t = `– Vi er klare, sier Aaberg.\n\n${filler}\n\nBonde Tove Aaberg har mistet tre sauer. – Det var ulv, sier Aaberg.`;
    const a = run(t);
    assert.equal(claimWith(a, t, 'Vi er klare').source, 'Aaberg');
    assert.equal(claimWith(a, t, 'Det var ulv').source, 'Tove Aaberg');
  });

  it('keeps a claim whose pronoun has no antecedent, with an unknown source', () => {
    const t = 'Han sier at det blir regn hele helgen.';
    const c = claimWith(run(t), t, 'regn');
    assert.equal(c.source, '');
    assert.deepEqual(c.sourceIds, []);
  });

  it('resolves Nynorsk "ho"', () => {
    const t = 'Ordførar Randi Aas opna den nye ferjekaia i går. Ho seier at kaia var på plass i tide.';
    assert.equal(claimWith(run(t, 'nn'), t, 'kaia var').source, 'Randi Aas');
  });

  it('does not give a plural title to the one person named with that title', () => {
    const t = 'Forskar Marit Aasen trur at fleire vil flytte heim. Forskarane meiner at villaksen er truga.';
    assert.equal(claimWith(run(t, 'nn'), t, 'villaksen').source, 'Forskarane');
  });

  it('gives a definite head noun the organisation named in full before, also opening a sentence', () => {
    const t = 'Ifølgje Statens vegvesen er vegen stengd. Vegvesenet meiner at raset er stort.\n\nKunnskapsdepartementet varsla at skulen får pengar. Departementet seier at det hastar.\n\nKari Johansen sa at det er bra. Hansen sa at det er dårleg.';
    const a = run(t, 'nn');
    assert.equal(claimWith(a, t, 'raset er stort').source, 'Statens vegvesen');
    assert.equal(claimWith(a, t, 'det hastar').source, 'Kunnskapsdepartementet');
    // A surname is nobody's head noun.
    assert.equal(claimWith(a, t, 'dårleg').source, 'Hansen');
  });

  it('gives English "the agency" the agency named in full before, and keeps a new head noun apart', () => {
    const t = 'According to the Coastal Flood Agency, the river rose two metres.\n\nThe agency warned that more storms were coming. The committee said it would meet on Friday.';
    const a = run(t, 'en');
    assert.equal(claimWith(a, t, 'more storms').source, 'Coastal Flood Agency');
    assert.equal(claimWith(a, t, 'would meet').source, 'committee');
  });

  it('resolves English "she" to the woman just named, not the last man who spoke', () => {
    const t = 'Tom Berg, an adviser to the campaign, said the race was close.\n\nMayor Ellen Ford toured the harbour on Friday. She promised that the pier would be rebuilt.';
    assert.equal(claimWith(run(t, 'en'), t, 'the pier').source, 'Ellen Ford');
  });

  it('does not give "han" to a poll that spoke last', () => {
    const t = 'Ifølgje ei måling frå Opinion har partiet 12 prosent.\n\nLeiaren er roleg.\n\n– Vi har ei god sak, seier han.';
    assert.notEqual(claimWith(run(t, 'nn'), t, 'god sak').source, 'måling frå Opinion');
  });
});

describe('coreference: names and titles', () => {
  it('gives a surname the full name met before', () => {
    const t = 'Siv Lunde leder utvalget. – Vi trenger mer tid, sier Lunde.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'mer tid').source, 'Siv Lunde');
  });

  it('resolves a title used as a noun to the person named with it', () => {
    const t = 'Rektor Per Olsen ved Holmen skole sier at skolen må pusses opp. Rektoren forteller at elevene fryser om vinteren.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'elevene fryser').source, 'Per Olsen');
  });

  it('files a definite title before a comma apposition under the name, not as a person of its own', () => {
    const t = 'Ordføreren i Voss, Hans Erik Ringkjøb, sier at kommunen må spare. Ordføreren mener staten har sviktet.';
    assert.equal(claimWith(run(t), t, 'staten har').source, 'Hans Erik Ringkjøb');
    const n = 'Leiaren, Kari Nes, seier at klubben slit. Leiaren meiner at fleire må bidra.';
    assert.equal(claimWith(run(n, 'nn'), n, 'fleire må').source, 'Kari Nes');
  });

  it('gives a title noun the person last named with that title, not an older one', () => {
    // A compound title's head ("direktør") goes to the latest compound; a definite form filed
    // for someone before ("rådmannen") goes to the person named with the title since.
    const t = 'Avdelingsdirektør i Helsedirektoratet, Siri Lunde, sier at køene er kortere. Sykehusdirektør Anne Lund sier at sykehuset har for få senger. Direktøren advarer mot nye kutt.';
    assert.equal(claimWith(run(t), t, 'nye kutt').source, 'Anne Lund');
    const r = 'Rådmannen i Bodø, Kari Nes, mener at saken må utredes. Ingrid Bakke er rådmann i Sauda. Rådmannen opplyser at budsjettet må kuttes.';
    assert.equal(claimWith(run(r), r, 'budsjettet').source, 'Ingrid Bakke');
    // A title someone was named with as it stands keeps them over a later compound's head.
    const d = 'Direktør Per Moe sier at salget går bra. Sykehusdirektør Anne Lund sier at sykehuset sliter. Direktøren mener at prisene må opp.';
    assert.equal(claimWith(run(d), d, 'prisene').source, 'Per Moe');
  });

  it('files a title given as what a named person is ("X er ordfører i Voss")', () => {
    const t = 'Hans Erik Ringkjøb er ordfører i Voss. Ordføreren mener staten har sviktet.';
    assert.equal(claimWith(run(t), t, 'staten har').source, 'Hans Erik Ringkjøb');
    // A company is no person, whatever it is said to be.
    const c = 'Equinor er operatør på feltet. Operatøren mener at feltet er lønnsomt.';
    assert.notEqual(claimWith(run(c), c, 'lønnsomt').source, 'Equinor');
  });

  it('takes the name of a title-and-name apposition after the cue, and the outlet it was said to', () => {
    const t = 'Ordningen fortsetter, bekrefter kommunikasjonssjef i Statens vegvesen, Lars Dahl, overfor Bladet.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'Ordningen').source, 'Lars Dahl');
    const sources = a.entities.filter((e) => e.kind === 'source').map((e) => e.text);
    assert.ok(sources.includes('Lars Dahl') && sources.includes('Bladet'), sources.join(', '));
    assert.ok(!sources.some((s) => s.includes('kommunikasjonssjef')), sources.join(', '));
  });

  it('reads a title after a genitive name as the role of the name that follows', () => {
    const t = '– Vi er klare til å hjelpe, sa Sveriges statsminister Olof Ek.';
    assert.equal(claimWith(run(t), t, 'klare').source, 'Olof Ek');
  });

  it('lists everyone named as a person or an organisation, speaking or not', () => {
    const t = 'Anne Moen møtte NHO i går. Hun sier at kvoten er for lav.';
    const a = run(t);
    const people = a.entities.filter((e) => e.kind === 'person');
    const orgs = a.entities.filter((e) => e.kind === 'organisation');
    assert.deepEqual(people.map((e) => e.text), ['Anne Moen']);
    assert.equal(people[0].kind === 'person' && people[0].meta.sourceId !== undefined, true, 'Anne Moen speaks');
    assert.deepEqual(orgs.map((e) => e.text), ['NHO']);
  });
});

describe('coreference: "dei" after one person spoke for the group', () => {
  it('gives "Dei" the group opening the story, not the person quoted since', () => {
    const t = 'Innbyggjarane i Lofoten er opprørte over ferjetilbodet.\n\n– Dette tek livet av øyane, seier Arne Strand i velforeininga.\n\nHan meiner fylket har svikta.\n\nDei krev at ferja går oftare.';
    assert.match(claimWith(run(t, 'nn'), t, 'ferja går oftare').source, /Innbyggjarane/);
  });
});

describe('coreference: one group whatever its inflection', () => {
  it('files "Ekspertene" under "Eksperter" and "demonstranter" under "Demonstrantene", as one source each', () => {
    const t = 'Eksperter advarer mot tiltaket. Ekspertene mener det er for dyrt.\n\nDemonstrantene krever at planen stoppes. Flere demonstranter sier at de vil fortsette.';
    const a = run(t);
    assert.deepEqual(a.sources.map((s) => [s.name, s.claims.length]), [['Eksperter', 2], ['Demonstrantene', 2]]);
  });
  it('only lately: in a paper of many stories, neighbours far on are other neighbours', () => {
    const filler = Array.from({ length: 35 }, (_, i) => `Sak ${i + 1} handler om noe annet.`).join('\n\n');
    const t = `Naboene sier at bråket er ille.\n\n${filler}\n\nFlere naboer sier at parken er fin.`;
    assert.deepEqual(run(t).sources.map((s) => [s.name, s.claims.length]), [['Naboene', 1], ['naboer', 1]]);
    // Close by, the same group.
    const near = 'Naboene sier at bråket er ille.\n\nFlere naboer sier at parken er fin.';
    assert.deepEqual(run(near).sources.map((s) => [s.name, s.claims.length]), [['Naboene', 2]]);
  });
  it('does so in Nynorsk, and keeps groups with other heads apart', () => {
    const t = 'Forskarar åtvarar mot planen. Forskarane meiner at han er for dyr. Lærarane seier at dei er nøgde.';
    const a = run(t, 'nn');
    assert.deepEqual(a.sources.map((s) => [s.name, s.claims.length]), [['Forskarar', 2], ['Lærarane', 1]]);
  });
});

describe('coreference: a compound of "rådmann"', () => {
  it('files "fylkesrådmannen" under the person named with that title', () => {
    const t = 'Ordførar Kjell Dale og fylkesrådmann Eva Myren la fram budsjettet.\n\nDale er nøgd.\n\n– Vi har ikkje meir å gå på, seier fylkesrådmannen.';
    assert.equal(claimWith(run(t, 'nn'), t, 'ikkje meir').source, 'Eva Myren');
  });
});

describe('coreference: quotations across paragraphs', () => {
  it('gives a dash quotation without a cue to the person named since the last speaker', () => {
    const t = '– Dette er bra, sier Ola Hansen.\n\nMen naboen Grete Lie er ikke enig.\n\n– Dette er en dårlig løsning for alle som bor her.';
    assert.equal(claimWith(run(t), t, 'dårlig løsning').source, 'Grete Lie');
  });

  it('gives a dash paragraph with nobody before it the speaker the passage names in its next paragraph', () => {
    const t = 'Fabrikken i Høyanger stengjer til sommaren.\n\n– Det kjem som eit sjokk på oss alle.\n\n– Vi visste ingenting, seier tillitsvald Åse Flatebø.';
    assert.equal(claimWith(run(t, 'nn'), t, 'sjokk').source, 'Åse Flatebø');
    const q = 'Tor Hus har sunget i koret i femti år.\n\nHvorfor slutter du nå?\n\n– Stemmen holder ikke lenger.\n\nHva blir det neste?\n\n– Mer tid med barnebarna, sier Hus.';
    assert.equal(claimWith(run(q), q, 'Stemmen holder').source, 'Tor Hus');
  });

  it('keeps the interviewee across a question, and the question is no claim', () => {
    const t = 'Skolen skal legges ned, sier rektor Anne Moen.\n\n– Hva gjør dere nå?\n\n– Vi kjemper videre for elevene.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'kjemper videre').source, 'Anne Moen');
    assert.ok(!a.claims.some((c) => c.text.includes('Hva gjør')), 'the question is a claim');
  });

  it('keeps the interviewee when the questions are paragraphs of their own without a dash', () => {
    const t = 'Daglig leder Anne Berg forteller at verftet har tapt penger i år.\n\nHvorfor stenger dere avdelingen?\n\n– Vi har ikke råd til å fortsette.\n\nHva skjer med de ansatte?\n\n– De får tilbud om jobb i Bergen.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'ikke råd').source, 'Anne Berg');
    assert.equal(claimWith(a, t, 'tilbud om jobb').source, 'Anne Berg');
    assert.ok(!a.claims.some((c) => c.text.includes('Hvorfor')), 'the question is a claim');
  });

  it('keeps the interviewee across a question that opens on what it asks about, in Bokmål and Nynorsk', () => {
    const t = 'Lise Hovland (31) fra Stryn vant sitt første norgesmesterskap lørdag.\n\nDu har slitt med skader i to sesonger. Hvor tungt har det vært?\n\n– Det har vært tøft, det skal jeg ikke legge skjul på.\n\n– Men familien har hatt mer tro på meg enn jeg selv.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'vært tøft').source, 'Lise Hovland');
    assert.equal(claimWith(a, t, 'mer tro på meg').source, 'Lise Hovland');
    assert.ok(!a.claims.some((c) => c.text.includes('Hvor tungt')), 'the question is a claim');
    const n = 'Sondre Lid (24) frå Voss vann det første rennet sitt laurdag.\n\nDu har vore skadd lenge. Kva gjorde du annleis i sommar?\n\n– Eg trena mindre, rett og slett.';
    assert.equal(claimWith(run(n, 'nn'), n, 'trena mindre').source, 'Sondre Lid');
  });

  it('gives "seier han" closing an interview\'s last answer to the interviewee, not to a person named after it', () => {
    const t = 'Sondre Lid (24) frå Voss vann det første rennet sitt laurdag.\n\nKva tenkte du på siste skyting?\n\n– Ærleg talt tenkte eg ikkje så mykje.\n\nKva gjorde du annleis i sommar?\n\n– Eg trena mindre, rett og slett.\n\nKva skal du gjere i kveld?\n\n– Eg skal ete pizza med laget, seier han og ler.\n\nLeiaren i skiskyttarlaget, Marit Dalseth, fortel at det vart fullt kaos i klubbhuset.';
    const a = run(t, 'nn');
    assert.equal(claimWith(a, t, 'ete pizza').source, 'Sondre Lid');
    assert.equal(claimWith(a, t, 'fullt kaos').source, 'Marit Dalseth');
    // "han" is no woman who spoke before: with nobody fitting, the answer keeps an unknown source.
    const w = 'Kari Nes (24) frå Voss vann rennet laurdag.\n\nKva tenkte du?\n\n– Ingenting.\n\nKva no?\n\n– Pizza, seier han.';
    assert.notEqual(claimWith(run(w, 'nn'), w, 'Pizza').source, 'Kari Nes');
  });

  it('gives a dash headline of a whole sentence to the first person quoted below it', () => {
    const t = '– Eg har drøymt om dette sidan eg var sju år\n\nSondre Lid (24) frå Voss vann det første rennet sitt laurdag.\n\n– Eg trur ikkje heilt på det enno, seier ein strålande Lid.';
    assert.equal(claimWith(run(t, 'nn'), t, 'drøymt om dette').source, 'Sondre Lid');
  });

  it('gives "sier hun" to the unnamed speaker just before, whose gender nobody gave, not to the last woman named', () => {
    const t = 'Kari Holm krever at pårørende får se medisinlisten.\n\n– Vi kjenner dem best, sier hun.\n\nTilsynet fant feil ved alle sykehjemmene.\n\nKommunen skal gå gjennom rutinene.\n\nEn sykehjemslege i Arendal forteller at legene har ansvaret for seksti beboere hver.\n\n– Jeg rekker det kanskje to ganger i året, sier hun.';
    assert.equal(claimWith(run(t), t, 'to ganger i året').source, 'sykehjemslege i Arendal');
    // A man spoke last: "hun" is still the woman before him.
    const m = 'Kari Holm krever at pårørende får se listen.\n\nOlav Berg sier at kommunen skal rydde opp.\n\n– Vi kjenner dem best, sier hun.';
    assert.equal(claimWith(run(m), m, 'kjenner dem best').source, 'Kari Holm');
  });

  it('gives a quoted headline to the person below who says its words, before a document quoted first', () => {
    const t = 'Straffen for knivstikking satt ned: – Et riktig resultat\n\nLagmannsretten har satt ned straffen for en 23 år gammel mann.\n\n«Retten finner det sannsynlig at han hadde kniven med seg», heter det i dommen.\n\n– Dette er et riktig resultat for klienten min, sier forsvarer Kristoffer Lie.';
    assert.equal(claimWith(run(t), t, 'Et riktig resultat').source, 'Kristoffer Lie');
  });

  it('gives a quoted headline to the speaker of the dash passage below that ends on its words', () => {
    const t = 'Hotellansatte i streik: – Vi er lei av å være billig arbeidskraft\n\nMeklingen brøt sammen natt til torsdag.\n\n– Partene står for langt fra hverandre, sa riksmekler Gunnhild Omdal.\n\n– Vi har strukket oss langt, sier forbundsleder Randi Kvalvik.\n\n– Folk skal kunne leve av lønnen sin. Vi er lei av å være billig arbeidskraft.\n\n– Det er ikke rom for mer, sier direktør Tor Mykland i arbeidsgiverforeningen.';
    assert.equal(claimWith(run(t), t, 'billig arbeidskraft').source, 'Randi Kvalvik');
  });

  it('gives a subheading in «» on a line of its own to the person quoted below it, not to the claim before it', () => {
    const t = 'Ifølge Helsedirektoratet bør ungdom sove mellom åtte og ti timer per natt.\n\n«Alle er jo på om kvelden»\n\nFemten år gamle Nora Aune fra Steinkjer går i tiende klasse.\n\n– Alle er jo på om kvelden. Hvis du logger av, går du glipp av ting, sier Aune.';
    assert.equal(claimWith(run(t), t, '«Alle er jo').source, 'Nora Aune');
  });

  it('gives an article\'s quoted headline, right after the claims of the article before, to the speaker who repeats its words further down', () => {
    const t = '– Vi har fått nok, sier Kari Nes.\n\nNasjonalpark skaper storm: – Vi blir fremmede på vår egen eiendom\n\nMiljødirektoratet foreslår et nytt vern langs elva.\n\nSeksjonsleder Marit Hoel understreker at vern ikke betyr at folk blir stengt ute.\n\n– Jakt og fiske vil fortsatt være lov, sier Hoel.\n\nFrykter for gardsdriften\n\nPer Moen driver en skoggard i dalen.\n\n– Skogen er pensjonen vår. Vi blir fremmede på vår egen eiendom, sier Moen.';
    assert.equal(claimWith(run(t), t, 'Vi blir fremmede på vår egen eiendom\n').source, 'Per Moen');
  });

  it('reads "Nekta for naustbrannen: – Eg var heime og sov" as a quotation after the colon, of the one quoted first below', () => {
    const t = 'Nekta for naustbrannen: – Eg var heime og sov\n\nEin 34 år gammal mann frå Gloppen stod måndag for retten.\n\n– Eg gjekk heim før midnatt og la meg, sa han i retten.\n\n– Telefonen hans fortel ei anna historie, sa aktor, politiadvokat Siri Alsaker.';
    const c = claimWith(run(t, 'nn'), t, 'Eg var heime og sov');
    assert.equal(c.text, 'Eg var heime og sov');
    assert.notEqual(c.source, 'Siri Alsaker');
  });

  it('gives "meiner aktor" in a subheading to the person named below as "Aktor, politiadvokat X"', () => {
    const t = 'Telefonen avslørte han, meiner aktor\n\nAktor, politiadvokat Siri Alsaker, sa i innleiingsforedraget at telefonen var kopla til ein basestasjon.';
    assert.equal(claimWith(run(t, 'nn'), t, 'Telefonen avslørte').source, 'Siri Alsaker');
  });

  it('gives a dash paragraph after narration opening on "Han" to the man who spoke before it', () => {
    const t = 'Overlege Halvard Strand seier at vaktene er vanskelege å fylle.\n\n– Gi oss ein garanti, så skal vi skaffe kirurgane, seier han.\n\nHan brukar sterke ord om kva som kan skje om vakta blir lagd ned.\n\n– Dette er ikkje svartmåling. Folk kjem til å døy på vegen.';
    assert.equal(claimWith(run(t, 'nn'), t, 'svartmåling').source, 'Halvard Strand');
    // Not after narration about a woman: "Ho" is not he.
    const w = 'Overlege Halvard Strand seier at vaktene er vanskelege å fylle.\n\n– Gi oss ein garanti, seier han.\n\nHo brukar sterke ord om saka.\n\n– Dette er ikkje svartmåling.';
    assert.ok(!run(w, 'nn').claims.some((c) => c.source === 'Halvard Strand' && c.text.includes('svartmåling')));
  });

  it('finds the speaker whose quotation repeats a headline\'s words further down than ten paragraphs', () => {
    const filler = Array.from({ length: 12 }, (_, k) => `Avsnitt ${k + 1} handlar om vegen og vêret i fjellet.`).join('\n\n');
    const t = `Strid om akuttkirurgien: – Folk kjem til å døy på vegen\n\nStyret skal avgjere saka tysdag, seier direktør Jon Vereide.\n\n${filler}\n\n– Dette er ikkje svartmåling. Folk kjem til å døy på vegen, det er berre eit spørsmål om tid, seier overlege Halvard Strand.`;
    assert.equal(claimWith(run(t, 'nn'), t, 'døy på vegen\n').source, 'Halvard Strand');
  });

  it('files a title given after the name, or before it with a long affiliation, so that the title later is that person', () => {
    const t = '– Dette er alvorlig, sier Henrik Larsen, fylkeslege hos Statsforvalteren i Rogaland.\n\nKommunen har fått frist til juni.\n\nFylkeslegen sier at de vil følge sykehjemmet tett.';
    assert.equal(claimWith(run(t), t, 'følge sykehjemmet').source, 'Henrik Larsen');
    const k = 'Kommunalsjef for helse og velferd i Sandnes kommune, Ole Tengesdal, innrømmer at kommunen ikke har fulgt med.\n\nKommunalsjefen opplyser også at lederen er fritatt.';
    assert.equal(claimWith(run(k), k, 'lederen er fritatt').source, 'Ole Tengesdal');
    // The body the title is held at is no title of the person's: "Statsforvalteren" later is the body.
    const b = '– Dette er alvorlig, sier Henrik Larsen, fylkeslege hos Statsforvalteren i Rogaland.\n\nStatsforvalteren fant også at journalene manglet opplysninger.';
    assert.notEqual(claimWith(run(b), b, 'journalene').source, 'Henrik Larsen');
  });

  it('reads no claim in "…, Marleen van Dijk, kom til Hemsedal": a verb and its particle before a name go somewhere', () => {
    const t = 'Mora til den sakna, Marleen van Dijk, kom til Hemsedal onsdag kveld.';
    assert.equal(run(t, 'nn').claims.length, 0, run(t, 'nn').claims.map((c) => `${c.source}: ${c.text}`).join(' | '));
  });

  it('gives "Ho" to a woman named after a preposition in the sentence before, not to one who spoke paragraphs back', () => {
    const t = 'Marit Vindenes ringde 113 i oktober.\n\nFylkeslege Torunn Hovland stadfestar at dei har oppretta tilsynssak.\n\nHo understrekar at tilsynet ikkje skal avgjere saka.\n\nFor Vindenes handlar saka no om meir enn faren. Ho har klaga til helseføretaket og krev at nattambulansen blir sett tilbake.';
    assert.equal(claimWith(run(t, 'nn'), t, 'nattambulansen').source, 'Marit Vindenes');
    // In the pronoun's own sentence, one after a preposition is talked about: "På spørsmål frå forsvararen vedgjekk han".
    const q = 'Forsvarar Petter Hovde sa at telefonen ikkje beviser noko.\n\nArnfinn Brandsøy fortalde at han såg ein mann.\n\nPå spørsmål frå Hovde vedgjekk han at han ikkje kunne seie sikkert kven mannen var.';
    assert.equal(claimWith(run(q, 'nn'), q, 'kven mannen var').source, 'Arnfinn Brandsøy');
  });

  it('does not let a question paragraph carry a speaker on to a quotation that is no answer', () => {
    const t = 'Anne Berg sier at spillet er bra.\n\nHvilket spill skal du velge?\n\n«Banden» eller «Trommis»?';
    assert.ok(!run(t).claims.some((c) => c.text.includes('Trommis')));
  });

  it('gives a quotation opened by a colon to the person named before it', () => {
    const t = 'Forbundet får støtte fra sin egen leder, Mona Dahl: «Dette er et steg i riktig retning for alle ansatte.»';
    const a = run(t);
    const c = claimWith(a, t, 'riktig retning');
    assert.equal(c.source, 'Mona Dahl');
    assert.ok(!c.text.includes('Forbundet'), c.text);
  });

  it('does not take a title in quotation marks for a quotation', () => {
    const t = 'Ola Hansen gir ut boka «Et år i nord og sør» i høst. Den selger godt.';
    assert.equal(run(t).claims.length, 0);
  });
});

describe('attribution: a verb of calling with an adjective', () => {
  it('reads "kaller forslaget urettferdig" as what the speaker calls it, in both written forms', () => {
    const t = 'Bøndene kaller kravet urimelig, og vil klage vedtaket inn.';
    const c = claimWith(run(t), t, 'urimelig');
    assert.equal(c.source, 'Bøndene');
    assert.equal(c.cue, 'kaller');
    assert.equal(claimWith(run('Leiaren kallar planane forhasta.', 'nn'), 'Leiaren kallar planane forhasta.', 'forhasta').cue, 'kallar');
  });

  it('reads no claim where the word after the object is a particle or a name', () => {
    for (const t of ['Styret kaller saken opp igjen.', 'Rektor kaller møtet inn.', 'Familien kaller katten Pus.']) assert.equal(run(t).claims.length, 0, t);
  });
});

describe('sources: a body with its initials between commas', () => {
  it('reads "Valstyret, VS, opplyser at" as the body', () => {
    const t = 'Det sentrale valstyret, DSV, opplyser at teljinga er ferdig.';
    assert.match(claimWith(run(t, 'nn'), t, 'teljinga').source, /valstyret/);
  });
});

describe('sources: a health trust is a body', () => {
  it('types "Helse Bergen", "Sykehuset Innlandet" as organisations, whom a later "han" is not', () => {
    const t = 'Helse Bergen opplyser at køen er kortare. Sykehuset Innlandet seier det same.';
    assert.deepEqual(run(t, 'nn').sources.map((s) => [s.name, s.sourceType]), [['Helse Bergen', 'organisation'], ['Sykehuset Innlandet', 'organisation']]);
  });
});

describe('sources: a county of two names with its body\'s word', () => {
  it('keeps "Vestfold og Telemark fylkeskommune" one source, but two names joined by "og" two', () => {
    const t = 'Vestfold og Telemark fylkeskommune opplyser at ferja står i kveld.';
    assert.deepEqual(run(t, 'nn').sources.map((s) => s.name), ['Vestfold og Telemark fylkeskommune']);
    const u = 'Kari Lie og Per Dal seier at ferja står i kveld.';
    assert.deepEqual(run(u, 'nn').sources.map((s) => s.name), ['Kari Lie', 'Per Dal']);
  });
});

describe('attribution: figures with an adjective and who issued them', () => {
  it('reads "Nye tall fra SSB viser at" and "Ferske tal frå Helse Bergen viser at" as the figures with their issuer', () => {
    const t = 'Nye tall fra Statistisk sentralbyrå viser at flere flytter fra bygdene.';
    assert.match(claimWith(run(t), t, 'flytter').source, /tall fra Statistisk sentralbyrå/);
    const u = 'Ferske tal frå Helse Vest viser at ventetida aukar.';
    assert.match(claimWith(run(u, 'nn'), u, 'ventetida').source, /tal frå Helse Vest/);
  });
});

describe('attribution: a demand in court', () => {
  it('reads "Aktor, politiadvokat X i Y, hadde krevd" and "Forsvareren krevde", but not a relative clause before "har krevd"', () => {
    const t = 'Aktor, politiadvokat Sunniva Holm i Vest politidistrikt, hadde krevd to års fengsel.';
    assert.equal(claimWith(run(t), t, 'to års fengsel').source, 'Sunniva Holm');
    const u = 'Forsvareren krevde full frifinnelse for klienten.';
    assert.equal(claimWith(run(u), u, 'frifinnelse').source, 'Forsvareren');
    assert.equal(run('Planen, som Statsbygg la fram i vår, har krevd store ressurser.').claims.length, 0);
  });

  it('reads the Nynorsk participle "hadde bede om fem års fengsel"', () => {
    const t = 'Forsvararen, advokat Gro Lid, hadde bede om full frifinning.';
    assert.equal(claimWith(run(t, 'nn'), t, 'frifinning').source, 'Gro Lid');
  });
});

describe('attribution: a request with a bare infinitive', () => {
  it('reads "ber folk holde seg unna" as what was asked, but not "ber for de syke"', () => {
    const t = 'Brannvesenet ber alle hytteeiere sjekke røykvarslerne før helgen.';
    const c = claimWith(run(t), t, 'røykvarslerne');
    assert.equal(c.source, 'Brannvesenet');
    assert.equal(c.cue, 'ber');
    assert.equal(run('Presten ber for de syke hver søndag.').claims.length, 0);
  });

  it('reads no speaker after the verb inside an "at" clause, where the order may be the other way about', () => {
    const t = 'Vitnet forklarte at ingen i båten bad skipperen snu.';
    const a = run(t);
    assert.deepEqual(a.sources.map((s) => s.name), ['Vitnet']);
  });
});

describe('attribution: stance and intention verbs', () => {
  for (const [t, cue] of [
    ['Fagforbundet kritiserer regjeringen for kuttene i eldreomsorgen.', 'kritiserer'],
    ['Ordføreren lover å bygge ny idrettshall innen 2027.', 'lover'],
    ['Naboene frykter at veien blir stengt i sommer.', 'frykter'],
    ['Legene advarer mot å gi barn slike tabletter.', 'advarer'],
  ] as const) {
    it(`reads "${cue}"`, () => {
      const c = run(t).claims;
      assert.equal(c.length, 1, JSON.stringify(c));
      assert.equal(c[0].cue, cue);
    });
  }

  it('keeps the subject with a party label before a stance verb ("Ola Berg (H) kritiserer vedtaket")', () => {
    const t = 'Ola Berg (H) kritiserer vedtaket om å legge ned skolen.';
    const c = claimWith(run(t), t, 'vedtaket');
    assert.equal(c.source, 'Ola Berg');
    assert.equal(c.text, 'vedtaket om å legge ned skolen');
  });

  it('does not read "lover" (laws) as a promise', () => {
    assert.equal(run('Stortinget vedtar mange nye lover hvert år.').claims.length, 0);
  });
});

describe('attribution: subjects with more than a name', () => {
  it('reads a subject before an auxiliary with a phrase between it and the participle', () => {
    const t = 'Vitnet har i avhør fortalt at bilen kjørte for fort.';
    assert.equal(claimWith(run(t), t, 'bilen').source, 'Vitnet');
  });

  it('reads a subject with its prepositional part', () => {
    const t = 'Flertallet av innbyggerne mener kommunen bør satse på skolen.';
    assert.match(claimWith(run(t), t, 'kommunen bør').source, /innbyggerne/);
  });

  it('reads "ifølge en av X" as the share of the group', () => {
    const t = 'Ifølge en av vaktene var det rundt 20 personer i bygningen.';
    assert.equal(claimWith(run(t), t, '20 personer').source, 'en av vaktene');
  });

  it('does not give "Det bekreftet X" to a quoted banner in the paragraph before', () => {
    const t = 'På veggen henger et banner der det står "Velkommen til alle".\n\nDet bekreftet kommunen etter møtet onsdag.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'Det bekreftet').source, 'kommunen');
  });
});

describe('attribution: source phrases with prepositions, conjunctions and appositions', () => {
  it('keeps the institution with its place, not the place', () => {
    const t = 'Politiet i Bergen opplyser at to personer er skadd.';
    assert.equal(claimWith(run(t), t, 'to personer').source, 'Politiet i Bergen');
  });

  it('finds the name after a title whose organisation runs on past the phrase ("… del Trabajo (CGT), Ana López,")', () => {
    const t = '– Vi krever høyere lønn, sier lederen for landets største fagforbund Confederación General del Trabajo (CGT), Ana López, til avisen.';
    assert.equal(claimWith(run(t), t, 'høyere lønn').source, 'Ana López');
    const u = '– Vi trenger flere sykepleiere, sier lederen i Norsk Sykepleierforbund (NSF), Lill Sverresdatter Larsen.';
    assert.equal(claimWith(run(u), u, 'sykepleiere').source, 'Lill Sverresdatter Larsen');
  });

  it('keeps the title with its place, not the place', () => {
    const t = 'Ordføreren i Stryn sier at ferja må gå oftere.';
    assert.equal(claimWith(run(t), t, 'ferja').source, 'Ordføreren i Stryn');
  });

  it('keeps a group of people with their institution, not the place in its name', () => {
    const t = 'Forskerne ved Universitetet i Bergen skriver at isen smelter raskere enn ventet.';
    assert.equal(claimWith(run(t), t, 'isen').source, 'Forskerne ved Universitetet i Bergen');
    const u = 'Forskarar ved Høgskulen i Volda meiner at fjorden er i ferd med å gro igjen.';
    assert.equal(claimWith(run(u, 'nn'), u, 'fjorden').source, 'Forskarar ved Høgskulen i Volda');
  });

  it('reads an institution named with coordinated nouns', () => {
    const t = 'Direktoratet for samfunnssikkerhet og beredskap opplyser at varselet gjelder hele landet.';
    assert.equal(claimWith(run(t), t, 'varselet').source, 'Direktoratet for samfunnssikkerhet og beredskap');
  });

  it('reads a title, its affiliation and a name between commas before the cue, in both orders', () => {
    for (const t of ['Ordføreren i Stryn, Kari Nes, sier at ferja må gå oftere.', 'Kari Nes, ordfører i Stryn, sier at ferja må gå oftere.']) {
      const a = run(t);
      const c = claimWith(a, t, 'ferja');
      assert.equal(c.source, 'Kari Nes', t);
      assert.match(a.sources[c.sourceIds[0]].role ?? '', /rdfører(?:en)? i Stryn/, t);
    }
  });

  it('reads a definite title with its place before the name ("Rådmannen i Bodø, Kari Nes, mener")', () => {
    const t = 'Rådmannen i Bodø, Kari Nes, mener at saken må utredes.';
    const a = run(t);
    const c = claimWith(a, t, 'saken');
    assert.equal(c.source, 'Kari Nes');
    assert.equal(a.sources[c.sourceIds[0]].role, 'Rådmannen i Bodø');
  });

  it('reads a title before a comma and the name with a title of its own ("Aktor, statsadvokat Marit Formo, mener")', () => {
    const t = 'Aktor, statsadvokat Marit Formo, mener bevisene er sterke.';
    const a = run(t);
    const c = claimWith(a, t, 'bevisene');
    assert.equal(c.source, 'Marit Formo');
    assert.equal(a.sources[c.sourceIds[0]].role, 'Aktor, statsadvokat');
  });

  it('does the same in Nynorsk', () => {
    const t = 'Ordføraren i Stryn, Kari Nes, seier at ferja må gå oftare. Ho meiner fylket har svikta.';
    const a = run(t, 'nn');
    assert.equal(claimWith(a, t, 'ferja').source, 'Kari Nes');
    assert.equal(claimWith(a, t, 'fylket').source, 'Kari Nes');
  });
});

describe('coreference: a plural pronoun and a group in the sentence before', () => {
  it('finds the group even where it is no subject, nor the first words', () => {
    const t = 'NTB har snakket med flere økonomer. De tror at renta vil stige.';
    assert.equal(claimWith(run(t), t, 'renta').source, 'økonomer');
    const u = 'Hei, bøndene har vore her. Dei seier at avlinga er øydelagd.';
    assert.equal(claimWith(run(u, 'nn'), u, 'avlinga').source, 'bøndene');
  });

  it('takes the people named in the sentence before when no group opens it, before a group that describes them', () => {
    const t = 'Kari Nilsen og Per Olsen har vært naboer i tjue år. De sier at de aldri har kranglet.';
    const c = claimWith(run(t), t, 'kranglet');
    assert.equal(c.source, 'Kari Nilsen og Per Olsen');
    assert.equal(c.sourceIds.length, 2);
    const u = 'Ola Vik møtte Kari Lie på kaia i går.\n\n– Vi er samde om at ferja må gå, seier dei.';
    assert.equal(claimWith(run(u, 'nn'), u, 'ferja').source, 'Ola Vik og Kari Lie');
  });

  it('keeps to the speaker when someone has spoken since the group was named', () => {
    const t = 'Guidene forteller at byen har mange innbyggere. De anbefaler et besøk i gamlebyen.';
    assert.equal(claimWith(run(t), t, 'et besøk').source, 'Guidene');
  });
});

describe('attribution: "ifølge" with a pronoun', () => {
  it('resolves "Ifølge ham", "Ifølge henne", "ifølgje ho" to the person named before', () => {
    const t = 'Lensmann Tor Aas har ledet etterforskningen. Ifølge ham er det ingen mistenkte.';
    assert.equal(claimWith(run(t), t, 'ingen mistenkte').source, 'Tor Aas');
    const u = 'Kari Holm er leder i foreningen. Ifølge henne har medlemstallet doblet seg.';
    assert.equal(claimWith(run(u), u, 'medlemstallet').source, 'Kari Holm');
    const v = 'Kari Holm er leiar i laget. Ifølgje ho har medlemstalet dobla seg.';
    assert.equal(claimWith(run(v, 'nn'), v, 'medlemstalet').source, 'Kari Holm');
  });

  it('reads an indefinite source after a fronted "ifølge", whose noun ends as a past tense would ("en kilde")', () => {
    const t = 'Ifølge en kilde i styret ble det holdt et krisemøte i natt.';
    assert.match(claimWith(run(t), t, 'krisemøte').source, /kilde i styret/);
    const u = 'Ifølgje ei kjelde i kommunen vart det halde eit krisemøte i natt.';
    assert.match(claimWith(run(u, 'nn'), u, 'krisemøte').source, /kjelde i kommunen/);
  });
});

describe('attribution: a relative clause without "som"', () => {
  it('gives the claim to the noun before it ("Ekspertene Aftenposten har snakket med, mener …")', () => {
    const t = 'Ekspertene Aftenposten har snakket med, mener at renta vil stige.';
    assert.equal(claimWith(run(t), t, 'renta').source, 'Ekspertene');
    const u = 'Forskarane NRK har vore i kontakt med, meiner at isen smeltar.';
    assert.equal(claimWith(run(u, 'nn'), u, 'isen').source, 'Forskarane');
  });

  it('leaves a clause of its own before the cue alone ("Da vi kom fram til, sa han …")', () => {
    const t = 'Da vi kom fram til, sa han at alt var bra.';
    // "han" has no one to refer to here: the source stays unknown.
    assert.equal(claimWith(run(t), t, 'alt var bra').source, '');
  });
});

describe('attribution: a dateline is no part of the content', () => {
  it('starts the content after "OSLO (NTB):" and "WASHINGTON —"', () => {
    const t = 'OSLO (NTB): Strømprisene vil stige med 20 prosent i vinter, ifølge en prognose fra Statnett.';
    assert.equal(claimWith(run(t), t, 'Strømprisene').text, 'Strømprisene vil stige med 20 prosent i vinter');
    const u = 'WASHINGTON — Taxes will rise next year, the senator said.';
    assert.equal(claimWith(run(u, 'en'), u, 'Taxes').text, 'Taxes will rise next year');
  });
});

describe('attribution: documents as sources', () => {
  it('reads a document opening the sentence behind an article, with who made it', () => {
    const t = 'En ny undersøkelse fra SSB viser at ledigheten faller.';
    assert.equal(claimWith(run(t), t, 'ledigheten').source, 'ny undersøkelse fra SSB');
  });

  it('reads a document with a participle phrase after it', () => {
    const t = 'Målingen utført av Norstat viser at partiet går fram.';
    assert.equal(claimWith(run(t), t, 'partiet').source, 'Målingen utført av Norstat');
    const u = 'Ei gransking publisert i Nature viser at isen smeltar.';
    assert.equal(claimWith(run(u, 'nn'), u, 'isen').source, 'gransking publisert i Nature');
  });

  it('gives "I rapporten heter det at …" to the report, and "I en uttalelse heter det" to whoever issued it', () => {
    const t = 'Dommen kom i mai. I rapporten heter det at tiltakene ikke har virket.';
    assert.equal(claimWith(run(t), t, 'tiltakene').source, 'rapporten');
    const u = 'Ifølge Kystverket er leia stengt. I en uttalelse heter det at leia åpner igjen i morgen.';
    assert.equal(claimWith(run(u), u, 'åpner igjen').source, 'Kystverket');
  });

  it('gives "Det går fram av rapporten at …" and "Av rapporten går det fram at …" to the report', () => {
    for (const t of ['Det går fram av rapporten at kostnadene er doblet.', 'Av rapporten går det fram at kostnadene er doblet.']) {
      assert.equal(claimWith(run(t), t, 'kostnadene').source, 'rapporten', t);
    }
    const u = 'I brevet kjem det fram at rektor visste om saka.';
    assert.equal(claimWith(run(u, 'nn'), u, 'rektor').source, 'brevet');
    const v = 'Det går frem av tallene fra SSB at ledigheten faller.';
    assert.equal(claimWith(run(v), v, 'ledigheten').source, 'tallene fra SSB');
  });

  it('reads no claim in "kom fram" as arriving, and gives no report to "han"', () => {
    const t = 'Det går fram av rapporten at kostnadene er doblet. Da vi kom fram til hytta, sa han at alt var bra.';
    const a = run(t);
    assert.equal(a.claims.length, 2, JSON.stringify(a.claims.map((c) => c.cue)));
    assert.equal(claimWith(a, t, 'alt var bra').source, '');
  });

  it('keeps an adverbial with a name out of the subject ("Etter møtet med SSB sa hun …")', () => {
    const t = 'Kari Moe er økonom. Etter møtet med SSB sa hun at ledigheten faller.';
    assert.equal(claimWith(run(t), t, 'ledigheten').source, 'Kari Moe');
  });
});

describe('coreference: a person noun made definite by its owner', () => {
  it('resolves a pronoun to "mannens tidligere sjef", "hans advokat"', () => {
    const t = 'Saken fortsetter mandag. Da skal mannens tidligere sjef vitne. Han har forklart til politiet at han aldri så noe mistenkelig.';
    assert.equal(claimWith(run(t), t, 'mistenkelig').source, 'mannens tidligere sjef');
    const u = 'Dommaren ville ikkje svare. I går møtte hans advokat pressa. Ho seier at saka vil bli anka.';
    assert.equal(claimWith(run(u, 'nn'), u, 'anka').source, 'hans advokat');
  });

  it('files no part of such a noun as a name ("Barnets" opening a later sentence is nobody)', () => {
    const a = run('Kari Nes møtte barnets hjelpeverge i går. Barnets beste er viktigst, sier hun.');
    assert.deepEqual(a.entities.filter((e) => e.kind === 'person').map((e) => e.text), ['Kari Nes']);
  });
});

describe('coreference: names that are also words, double surnames, ages', () => {
  it('keeps a first name that is also a word after a title ("Forfatteren Jo Nesbø")', () => {
    const t = 'Treneren Kari Lie var fornøyd. Forfatteren Jo Nesbø er aktuell med ny bok. Han forteller at han skrev den på tre måneder.';
    assert.equal(claimWith(run(t), t, 'tre måneder').source, 'Jo Nesbø');
  });

  it('finds the whole name from its double surname ("Wolden Bache" after "Ida Wolden Bache")', () => {
    const t = 'Sentralbanksjef Ida Wolden Bache sier at renta blir liggende. Ifølge Wolden Bache er inflasjonen for høy.';
    assert.equal(claimWith(run(t), t, 'inflasjonen').source, 'Ida Wolden Bache');
  });

  it('finds the whole name from a double surname when the first name is one it does not know', () => {
    const t = 'Stortingsrepresentant Karita Bekkemellem Orheim (A) er glad for tallene.\n\n– Dette er positivt, sier Bekkemellem Orheim.';
    assert.equal(claimWith(run(t), t, 'positivt').source, 'Karita Bekkemellem Orheim');
    const n = 'Sjefen for Legemiddelfirmaet Nordhav Pharma sa i går at tallene er gode. Ifølge Nordhav Pharma er salget doblet.';
    assert.equal(claimWith(run(n), n, 'salget').source, 'Nordhav Pharma');
  });

  it('does not take an English sentence opener for a first name before a double surname', () => {
    const t = 'Although North Korea tested a missile, the talks went on. North Korea said on Monday that it wants peace.';
    assert.equal(claimWith(run(t, 'en'), t, 'wants peace').source, 'North Korea');
  });

  it('brings in a person by a title with an age ("En 34 år gammel sykepleier"), and one with an age after it', () => {
    const t = 'En 34 år gammel sykepleier ble skadet på vei hjem fra jobb. Kvinnen sier at hun ikke husker noe.';
    assert.equal(claimWith(run(t), t, 'husker').source, 'En 34 år gammel sykepleier');
    const u = 'En polsk sjåfør (41) ble stanset på riksvei 7 i natt. 41-åringen forklarer at bremsene sviktet.';
    assert.equal(claimWith(run(u), u, 'bremsene').source, 'En polsk sjåfør');
    // The age before the noun is the name the press calls him by: "41-åringen" stays his.
    const v = 'En 41 år gammel mann ble stanset på riksvei 7 i natt. 41-åringen forklarer at bremsene sviktet.';
    assert.equal(claimWith(run(v), v, 'bremsene').source, '41-åringen');
  });

  it('resolves an age noun after a quotation to the person named before, titled or not', () => {
    const t = 'Spissen Ole Sæter var enig med treneren.\n\n– Vi må ta oss sammen, sa 23-åringen.';
    assert.equal(claimWith(run(t), t, 'ta oss sammen').source, 'Ole Sæter');
  });
});

describe('coreference: a compound title', () => {
  it('finds the person by the title\'s head as a noun ("direktøren" after "sykehusdirektør X")', () => {
    const t = 'Sykehusdirektør Anne Lund sier at sykehuset har for få senger. Direktøren advarer mot nye kutt.';
    assert.equal(claimWith(run(t), t, 'nye kutt').source, 'Anne Lund');
  });
});

describe('coreference: an institution named before it speaks', () => {
  it('resolves a definite noun to the organisation last named with that head', () => {
    const t = 'Helsedirektoratet la fram tallene for ventetid i går. Direktoratet opplyser at ventetidene har økt.';
    assert.equal(claimWith(run(t), t, 'ventetidene').source, 'Helsedirektoratet');
    const u = 'Universitetet i Tromsø har fått ny rektor. Universitetet skriver i en pressemelding at hun starter i august.';
    assert.equal(claimWith(run(u), u, 'hun starter').source, 'Universitetet i Tromsø');
    const v = 'Saka om kaia har lege hos Kystverket sidan i vår. No seier verket at ho skal avgjerast før jul.';
    assert.equal(claimWith(run(v, 'nn'), v, 'avgjerast').source, 'Kystverket');
  });

  it('lists such a compound opening a sentence among the organisations, but not one that only describes', () => {
    const a = run('Arbeidstilsynet var på besøk i mai. Forsikringsselskapet betalte ikke.');
    const orgs = a.entities.filter((e) => e.kind === 'organisation').map((e) => e.text);
    assert.ok(orgs.includes('Arbeidstilsynet'), orgs.join());
    assert.ok(!orgs.includes('Forsikringsselskapet'), orgs.join());
  });

  it('ends an organisation named after a place with its institution word ("Bergen tingrett")', () => {
    const a = run('Saken går for Bergen tingrett i mai. Det bekrefter politiadvokat Eirik Lie i Sør-Vest politidistrikt. Han gikk på Voss gymnas.');
    const orgs = a.entities.filter((e) => e.kind === 'organisation').map((e) => e.text);
    assert.deepEqual(orgs, ['Bergen tingrett', 'Sør-Vest politidistrikt', 'Voss gymnas']);
    // Not everyday words that end like one: "-lag" in "oppslag", "-rett" in "regelrett".
    const b = run('Aftenpostens oppslag vakte oppsikt. Timene regelrett fløy.');
    assert.ok(!b.entities.some((e) => e.kind === 'organisation' && e.text.includes(' ')), b.entities.map((e) => e.text).join());
  });

  it('leaves an organisation noun alone when no such body was named', () => {
    const t = 'Regjeringen la fram budsjettet i går. Direktoratet opplyser at ventetidene har økt.';
    assert.equal(claimWith(run(t), t, 'ventetidene').source, 'Direktoratet');
  });
});

describe('coreference: narration after a dash quotation in one paragraph', () => {
  it('ends the quotation at a sentence whose subject is a named person, and lets that person speak next', () => {
    const t = '- Parkeringen er et problem, sier vaktmester Ole Brandt.\n\n- Jeg har sagt det i årevis. Bilene står overalt. Naboen Kari Vik bor rett over gaten.\n\n- Jeg er helt enig med ham. Vi trenger flere plasser.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'Bilene står').source, 'Ole Brandt');
    assert.ok(!a.claims.some((c) => c.text.includes('Naboen Kari Vik')), 'the narration is no claim');
    assert.equal(claimWith(a, t, 'helt enig').source, 'Kari Vik');
  });

  it('keeps a sentence about a named person inside the quotation when it speaks in the first person', () => {
    const t = '- Skolen må pusses opp, sier rektor Per Sunde.\n\n- Jeg har ventet lenge. Kari Vik og jeg har skrevet til kommunen.';
    assert.equal(claimWith(run(t), t, 'skrevet til kommunen').source, 'Per Sunde');
  });
});

describe('coreference: an indefinite title is someone new', () => {
  it('does not resolve "en talsmann" to the spokesman named before', () => {
    const t = 'I går sa partiets talsmann, Per Dahl, at skatten må ned. - Det er galt, sa en talsmann for departementet.';
    const c = claimWith(run(t), t, 'Det er galt');
    assert.notEqual(c.source, 'Per Dahl');
    assert.match(c.source, /talsmann for departementet/);
  });
  it('still resolves the definite title to him', () => {
    const t = 'I går sa partiets talsmann, Per Dahl, at skatten må ned. - Vi står på vårt, sier talsmannen.';
    assert.equal(claimWith(run(t), t, 'Vi står').source, 'Per Dahl');
  });
  it('takes "ifølge en talsmann for X" whole, and not its affiliation for the content', () => {
    const t = 'Ifølge en talsmann for de militære ble ministeren pågrepet i natt.';
    const c = claimWith(run(t), t, 'ble ministeren');
    assert.equal(c.source, 'talsmann for de militære');
    assert.ok(!c.text.includes('militære'));
  });
});

describe('coreference: a plural title in an apposition', () => {
  it('resolves the singular title as a noun to the person named with the plural', () => {
    const t = 'En av de to lagdommere, Kari Nes, har skrevet et innlegg. Lagdommeren mener at saken var for dårlig opplyst.';
    assert.equal(claimWith(run(t), t, 'for dårlig opplyst').source, 'Kari Nes');
  });
});

describe('coreference: a dash headline', () => {
  it('gives a short dash line without a full stop to the first person the article below names as a speaker', () => {
    const t = 'Ministeren gikk av i fjor, sa Per Dahl.\n\n- Har jobbet hardt\n\nKlubben rykket opp søndag.\n\nDet bekreftet forbundet mandag.\n\n- Dette er en stor dag, sier trener Kari Nes.';
    assert.equal(claimWith(run(t), t, 'Har jobbet hardt').source, 'Kari Nes');
  });
  it('leaves a dash quotation with a full stop to the speaker before it', () => {
    const t = '- Vi vant, sier trener Kari Nes.\n\n- Vi har jobbet hardt.\n\nKlubben rykket opp søndag.\n\n- Dette er en stor dag, sier Per Dahl.';
    assert.equal(claimWith(run(t), t, 'Vi har jobbet hardt').source, 'Kari Nes');
  });
});

describe('coreference: a verb-first headline', () => {
  it('does not take the object for the speaker, and takes the first speaker below', () => {
    const t = 'Advarer mot ny skatt\n\nRegjeringen la fram budsjettet i går. Næringslivets Hovedorganisasjon advarer mot forslaget.';
    const a = run(t);
    const c = claimWith(a, t, 'mot ny skatt');
    assert.equal(c.source, 'Næringslivets Hovedorganisasjon');
    assert.equal(c.cue, 'Advarer');
    assert.ok(!a.entities.some((e) => e.kind === 'source' && e.text === 'ny skatt'));
  });
});

describe('coreference: a plural pronoun and the group before it', () => {
  it('gives Nynorsk "dei" to the plural group, not to the organisation named after it', () => {
    const t = 'Bøndene i Lofoten er lei av kvotane. Norges Bondelag har sendt eit brev til Stortinget. Dei krev at kvotane blir auka.';
    assert.match(claimWith(run(t, 'nn'), t, 'kvotane blir').source.toLowerCase(), /bøndene/);
  });

  it('gives Bokmål "de" to a group opening the sentence before, not to the last person who spoke', () => {
    const t = 'Rektor Nils Lie sier at skolen er full.\n\nLærerne ved skolen har skrevet et opprop. De mener at klassene er for store.';
    assert.match(claimWith(run(t), t, 'klassene').source.toLowerCase(), /lærerne/);
  });

  it('does not take a group that only stands inside the reported words', () => {
    const t = 'Rektor Nils Lie sier at skolen er full. Han mener at elevene trenger flere rom.';
    assert.equal(claimWith(run(t), t, 'trenger').source, 'Nils Lie');
  });
});

describe('coreference: a speaker named only below', () => {
  it('gives a pronoun with nobody named before it the person named as a speaker just after', () => {
    const t = '– Vi har aldri sett maken, sier hun.\n\nTeltet blåste nesten bort i natt.\n\n– Det blir verre i morgen, sier fjellfører Ingrid Sæter.';
    assert.equal(claimWith(run(t), t, 'aldri sett maken').source, 'Ingrid Sæter');
  });

  it('keeps a pronoun with someone named just before it', () => {
    const t = 'Turleder Per Dal står ved teltet.\n\n– Vi har aldri sett maken, sier han.\n\n– Det blir verre i morgen, sier fjellfører Ingrid Sæter.';
    assert.equal(claimWith(run(t), t, 'aldri sett maken').source, 'Per Dal');
  });

  it('gives a title nobody was named with the person named with that title just after', () => {
    const t = '– Brua stenges i kveld, sier ordføreren.\n\nFergen går som vanlig.\n\n– Vi åpner igjen i morgen, sier ordfører Lars Hope.';
    assert.equal(claimWith(run(t), t, 'Brua stenges').source, 'Lars Hope');
  });
});

describe('coreference: a lone surname that has spoken', () => {
  it('lets a later "han" refer to a speaker named by surname alone', () => {
    const t = 'Per Lund sier at taket lekker.\n\n– Vinduene er råtne, sier Brekkestø. Han mener at kommunen må betale.';
    assert.equal(claimWith(run(t), t, 'kommunen må betale').source, 'Brekkestø');
  });

  it('finds a person named in the genitive by the surname alone', () => {
    const t = 'Kari Brekkes forslag ble vedtatt i går. Senere sa Brekke at hun er fornøyd.';
    assert.match(claimWith(run(t), t, 'fornøyd').source, /^Kari Brekke/);
  });
});

describe('coreference: English "they" after a group that did not speak', () => {
  it('goes to the plural opening the sentence before, not to an older speaker', () => {
    const t = 'The ferry company said the crossing would close in May.\n\nDockworkers in the harbour gathered on the quay on Friday. They say the closure will cost them their living.';
    const c = claimWith(run(t, 'en'), t, 'closure');
    assert.equal(c.source, 'Dockworkers');
  });

  it('reads the plural after "The" the same way', () => {
    const t = 'The mayor said the plan was sound.\n\nThe nurses at the clinic walked out on Monday. They say the wards are understaffed.';
    const c = claimWith(run(t, 'en'), t, 'wards');
    assert.equal(c.source, 'nurses');
  });

  it('gives "it" the organisation opening the sentence before, though it did not speak', () => {
    const t = 'The union said the talks had failed.\n\nNordvik Shipping sold two ferries on Monday. It said the sale would cut its debt.';
    const c = claimWith(run(t, 'en'), t, 'sale would');
    assert.equal(c.source, 'Nordvik Shipping');
  });
});

describe('coreference: an organisation joined to a title', () => {
  it('reads "Gyldendal-sjefen" as the person named as a head ("forlagssjef i Gyldendal")', () => {
    const t = 'Forlagssjef i Gyldendal, Geir Berdahl, bekrefter at boka kommer i høst. Den blir lang, sier Gyldendal-sjefen.';
    assert.equal(claimWith(run(t), t, 'Den blir lang').source, 'Geir Berdahl');
  });

  it('reads the Nynorsk "Fjordkraft-leiaren" after "Dagleg leiar i Fjordkraft, Ola Berge"', () => {
    const t = 'Dagleg leiar i Fjordkraft, Ola Berge, seier at straumprisen vil gå ned. Fjordkraft-leiaren meiner at vinteren blir mild.';
    assert.equal(claimWith(run(t, 'nn'), t, 'vinteren').source, 'Ola Berge');
  });

  it('reads "Telenor-sjefen" after "Konsernsjef Kari Holm i Telenor", who did not speak', () => {
    const t = 'Konsernsjef Kari Holm i Telenor var fornøyd med kvartalet. Telenor-sjefen mener at kundene vil merke forskjellen.';
    assert.equal(claimWith(run(t), t, 'kundene').source, 'Kari Holm');
  });

  it('does not give another organisation\'s head the title', () => {
    const t = 'Forlagssjef i Gyldendal, Geir Berdahl, bekrefter at boka kommer i høst. Aschehoug-sjefen mener at salget går ned.';
    assert.notEqual(claimWith(run(t), t, 'salget').source, 'Geir Berdahl');
  });
});

describe('coreference: a person met for the first time as the speaker', () => {
  it('takes "sier en kvinne" as a person with her article, and "hun" after as the same source', () => {
    const t = '– Vi er glade, sier en kvinne. Hun sier at alt er bra.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'glade').source, 'en kvinne');
    assert.equal(claimWith(a, t, 'alt er bra').source, 'en kvinne');
    const source = a.entities.find((e) => e.kind === 'source' && e.text === 'en kvinne');
    assert.equal(source?.meta && 'sourceType' in source.meta ? source.meta.sourceType : undefined, 'person');
    const u = '– Vi er glade, seier ei kvinne. Ho seier at alt er bra.';
    assert.equal(claimWith(run(u, 'nn'), u, 'alt er bra').source, 'ei kvinne');
  });

  it('ends an inverted speaker before a definite noun, the object: "Slik beskriver Kari Nes møtet"', () => {
    const t = '«Jeg ble redd.» Slik beskriver Kari Nes møtet med dommeren.';
    assert.equal(claimWith(run(t), t, 'redd').source, 'Kari Nes');
    const u = '«Jeg ble redd.» Slik forklarer en mor situasjonen.';
    assert.equal(claimWith(run(u), u, 'redd').source, 'en mor');
  });
});

describe('coreference: "kvinnen" after "en kvinne"', () => {
  it('gives a definite everyday noun the person an indefinite one brought in just before', () => {
    const t = '«Jeg ble redd.» Slik beskriver en småbarnsmor møtet med dommeren. Kvinnen hevder at dommeren tok seg inn i huset.';
    assert.equal(claimWith(run(t), t, 'tok seg inn').source, 'en småbarnsmor');
    const u = 'Ein mann ringde politiet i natt. Mannen fortel at han såg røyk frå taket.';
    assert.equal(claimWith(run(u, 'nn'), u, 'røyk').source, 'Ein mann');
  });

  it('does not when the gender differs or someone was named by name since', () => {
    const t = 'En kvinne ringte politiet i natt. Mannen forteller at han så røyk fra taket.';
    assert.equal(claimWith(run(t), t, 'røyk').source, 'Mannen');
    const u = 'En mann ringte politiet i natt. Betjent Ola Hansen rykket ut. Mannen forteller at han så røyk fra taket.';
    assert.equal(claimWith(run(u), u, 'røyk').source, 'Mannen');
  });
});

describe('coreference: a title noun opening its sentence', () => {
  it('makes "Kvinnen" opening a sentence a person, as "kvinnen" is anywhere else: "Hun" after is her', () => {
    const t = 'Kvinnen hevder at naboen tok seg inn i huset. Hun sier at hun flyttet etterpå.';
    assert.equal(claimWith(run(t), t, 'flyttet').source, 'Kvinnen');
  });

  it('still gives "skriver pappaen" the father named with that title below, when the title opened a sentence before', () => {
    const t = 'Pappaen steiker biff til sønnen.\n\n– Maten står klar, skriver pappaen i en melding.\n\n– Han var en god gutt, sier pappa Tore Dale.';
    assert.equal(claimWith(run(t), t, 'Maten').source, 'Tore Dale');
  });

  it('reads a family word before a lone capitalised word that is no first name as a noun, not a title ("pappa Musikk og fotball")', () => {
    const t = 'Jeg har verdens beste pappa Musikk og fotball var hobbyene hans.\n\n– Vi trente mye, sier pappaen.';
    const a = run(t);
    assert.ok(!a.entities.some((e) => e.text === 'Musikk' && (e.kind === 'person' || e.kind === 'source')));
    assert.notEqual(claimWith(a, t, 'trente').source, 'Musikk');
  });
});

describe('coreference: a document named with its issuer, then by its noun', () => {
  it('gives "Rapporten" to the report last named with its issuer', () => {
    const t = 'Ifølge en rapport fra Distriktssenteret har 40 butikker lagt ned. Rapporten konkluderer med at statlig støtte er avgjørende.';
    assert.match(claimWith(run(t), t, 'statlig støtte').source, /Distriktssenteret/);
  });

  it('does the same in Nynorsk', () => {
    const t = 'Eit notat frå Fylkeskommunen viser at bussane er fulle. Notatet slår fast at det trengst fleire avgangar.';
    assert.match(claimWith(run(t, 'nn'), t, 'fleire avgangar').source, /Fylkeskommunen/);
  });
});

describe('attribution: a second verb after ", men" shares the subject', () => {
  it('reads "X er enig i at …, men sier at …" as X\'s claim', () => {
    const t = 'Ordfører Jan Vold (Sp) er enig i at butikken er viktig, men sier at kommunen ikke har råd.';
    assert.equal(claimWith(run(t), t, 'ikke har råd').source, 'Jan Vold');
  });
});

describe('coreference: a word for any company or agency', () => {
  it('gives "Selskapet" to the company and "Etaten" to the agency named just before', () => {
    const t = 'I går la Vestkraft fram tall for kvartalet. Selskapet opplyser at overskuddet steg.\n\nStatens vegvesen har stengt vegen over fjellet. Etaten opplyser at raset var stort.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'overskuddet steg').source, 'Vestkraft');
    assert.equal(claimWith(a, t, 'raset var stort').source, 'Statens vegvesen');
  });

  it('does not take an agency for "Selskapet", nor an outlet', () => {
    const t = 'I brevet skriver Arbeidstilsynet at bedriften har brutt loven.\n\nSelskapet avviser at det har vært lekkasjer.';
    assert.equal(claimWith(run(t), t, 'lekkasjer').source, 'Selskapet');
    const u = 'Kari Lie sier til NRK at hun er lei. Selskapet opplyser at lønna er lav.';
    assert.equal(claimWith(run(u), u, 'lønna').source, 'Selskapet');
  });

  it('reads "Statens vegvesen", "Statistisk sentralbyrå" as one organisation, but not "Knausgårds verk"', () => {
    const a = run('Statens vegvesen stengte vegen. I går meldte Statistisk sentralbyrå at prisene steg. Han leste Hamsuns verk.');
    const orgs = a.entities.filter((e) => e.kind === 'organisation').map((e) => e.text);
    assert.ok(orgs.includes('Statens vegvesen') && orgs.includes('Statistisk sentralbyrå'), orgs.join());
    assert.ok(!orgs.includes('Hamsuns verk'), orgs.join());
  });
});

describe('coreference: a court by the head of its name', () => {
  it('gives "Retten" and "tingretten" to the court named before', () => {
    const t = 'Saken gikk for Nordfjord tingrett i mai. Retten mener det er bevist at mannen kjørte for fort. I dommen skriver tingretten at farten var «svært høy».';
    const a = run(t);
    assert.equal(claimWith(a, t, 'kjørte for fort').source, 'Nordfjord tingrett');
    assert.equal(claimWith(a, t, 'svært høy').source, 'Nordfjord tingrett');
  });
});

describe('attribution: "Det fremgår av dommen" after what it says', () => {
  it('takes the sentence before as the content', () => {
    const t = 'En mann fra Hamar er dømt til to års fengsel. Det fremgår av dommen fra tingretten.';
    const c = claimWith(run(t), t, 'to års fengsel');
    assert.equal(c.text, 'En mann fra Hamar er dømt til to års fengsel.');
  });

  it('does the same in Nynorsk', () => {
    const t = 'Ei kvinne er dømd til bot. Det går fram av dommen.';
    assert.equal(claimWith(run(t, 'nn'), t, 'til bot').source.toLowerCase(), 'dommen');
  });
});

describe('coreference: titles and organisation nouns (blind set 7)', () => {
  const nn = (t: string) => analyze(t, { language: 'nn' });
  it('reads "statsråden" as the minister named with a "-minister" title', () => {
    const t = 'Fiskeriminister Håkon Lervik (Ap) avviser kritikken.\n\n«Bestanden er i ein kritisk situasjon», skriv statsråden i ein e-post.';
    assert.equal(claimWith(nn(t), t, 'Bestanden').source, 'Håkon Lervik');
  });

  it('reads a title compounded on the end of a body\'s name as the person with that title there ("fiskarlagsleiaren")', () => {
    const t = 'Leiaren i Lofoten og Vesterålen Kystfiskarlag, Siri Johansen, krev at vedtaket blir trekt.\n\n– Det er urettferdig, seier fiskarlagsleiaren.';
    assert.equal(claimWith(nn(t), t, 'urettferdig').source, 'Siri Johansen');
  });

  it('reads "organisasjonen" as the organisation named just before, typed by the noun before its name', () => {
    const t = 'I ei pressemelding åtvarar bransjeorganisasjonen Cruise Vest mot nye avgifter. «Vi ønskjer ei nasjonal ordning», skriv organisasjonen.';
    const a = nn(t);
    assert.equal(claimWith(a, t, 'nasjonal').source, 'Cruise Vest');
    assert.ok(a.entities.some((e) => e.kind === 'organisation' && e.text === 'Cruise Vest'), a.entities.map((e) => `${e.kind} ${e.text}`).join(' | '));
  });

  it('does not type a person as an organisation for the body in her title ("talskvinne i departementet Jelena Vorobjova")', () => {
    const t = 'Talskvinne i det russiske utenriksdepartementet Jelena Vorobjova sa onsdag at anklagene er falske.';
    assert.ok(!analyze(t, { language: 'nb' }).entities.some((e) => e.kind === 'organisation' && e.text === 'Jelena Vorobjova'));
  });
});

describe('coreference: a company by its name without its legal form', () => {
  it('reads "Havbris Marin" as "Havbris Marin AS", and "selskapet" as the company named last', () => {
    const t = 'Anlegget drives av selskapet Havbris Marin AS.\n\nFiskeridirektoratet har sendt folk til stedet.\n\nMiljøforbundet er kritisk.\n\nDaglig leder Ragnhild Sæterbakken i Havbris Marin innrømmer at fortøyningene var for svake.\n\n«Vi tar det fulle ansvaret», heter det i en pressemelding fra selskapet.';
    const a = analyze(t, { language: 'nb' });
    assert.equal(claimWith(a, t, 'ansvaret').source, 'Havbris Marin AS');
    assert.ok(!a.entities.some((e) => e.kind === 'person' && e.text === 'Havbris Marin'), a.entities.map((e) => `${e.kind} ${e.text}`).join(' | '));
  });
});

describe('coreference: a body named with its noun inside a sentence', () => {
  it('reads "den liberale tankesmien Veivalg … Ifølge tankesmien" as Veivalg, in both written forms', () => {
    const t = 'Den liberale tankesmien Veivalg har regnet på skatteendringene. Ifølge tankesmien vil endringene først og fremst hjelpe de rikeste.';
    assert.equal(claimWith(run(t), t, 'rikeste').source, 'Veivalg');
    const u = 'Ole Lie er leiar i supporterklubben Nordlysbrigaden. Ifølgje supporterklubben vil medlemene ha nytt styre.';
    assert.equal(claimWith(run(u, 'nn'), u, 'styre').source, 'Nordlysbrigaden');
  });

  it('leaves a word for any company to the one named last', () => {
    const t = 'Havbris Marin AS vil bygge et nytt anlegg. Selskapet opplyser at byggingen starter i mars.';
    assert.equal(claimWith(run(t), t, 'mars').source, 'Havbris Marin AS');
  });
});

describe('attribution: Nynorsk people and groups as subjects', () => {
  it('reads "Ein grunneigar ved vassdraget meiner" and "Ein pensjonert snekkar frå Os fortel"', () => {
    const t = 'Ein grunneigar ved vassdraget meiner at næringa har fått for mange sjansar.';
    assert.equal(claimWith(run(t, 'nn'), t, 'sjansar').source, 'grunneigar ved vassdraget');
    const u = 'Ein pensjonert snekkar frå Os fortel at han gav opp køen etter ti månader.';
    assert.equal(claimWith(run(u, 'nn'), u, 'køen').source, 'pensjonert snekkar frå Os');
  });

  it('resolves "Dei" to "Foreldra" of the sentence before, as "De" to "Foreldrene"', () => {
    const t = 'Kari Brekke har tre born på skulen.\n\n– Då døyr bygda, seier Brekke.\n\nForeldra har samla inn 1400 underskrifter. Dei krev at kommunestyret ventar med vedtaket.';
    assert.equal(claimWith(run(t, 'nn'), t, 'vedtaket').source, 'Foreldra');
    const u = 'Kari Brekke har tre barn på skolen.\n\n– Da dør bygda, sier Brekke.\n\nForeldrene har samlet inn 1400 underskrifter. De krever at kommunestyret venter med vedtaket.';
    assert.equal(claimWith(run(u), u, 'vedtaket').source, 'Foreldrene');
  });
});

describe('attribution: a second verb of the subject', () => {
  it('reads "X reagerer kraftig og krev at" after a name ending in -s, and keeps "WWF Verdens naturfond" whole', () => {
    const t = 'WWF Verdens naturfond reagerer kraftig og krev at politiet set av nok ressursar.';
    assert.equal(claimWith(run(t, 'nn'), t, 'ressursar').source, 'WWF Verdens naturfond');
    const u = 'Kari Nes reagerer kraftig og krever at politiet setter av nok ressurser.';
    assert.equal(claimWith(run(u), u, 'ressurser').source, 'Kari Nes');
    const v = 'Ordfører Arne Sandnes gikk ut i media og krevde at veien blir åpen hele året.';
    assert.equal(claimWith(run(v), v, 'veien').source, 'Arne Sandnes');
  });
});

describe('attribution: an inverted subject before an infinitive', () => {
  it('reads "foreslår kommunedirektøren å slå sammen" with the title alone as the source, in both written forms', () => {
    const t = 'I tillegg foreslår kommunedirektøren å slå sammen to barnehager.';
    const c = claimWith(run(t), t, 'barnehager');
    assert.equal(c.source, 'kommunedirektøren');
    assert.equal(t.slice(c.start, c.end), 'å slå sammen to barnehager');
    const u = 'I tillegg føreslår kommunedirektøren å slå saman to barnehagar.';
    assert.equal(claimWith(run(u, 'nn'), u, 'barnehagar').source, 'kommunedirektøren');
  });

  it('reads no cue in "kjem til å" (the future), where "kom til at" concludes', () => {
    const t = '– Då døyr bygda. Fleire av dei som bur her, kjem til å vurdere å flytte, seier Kari Brekke.';
    const a = run(t, 'nn');
    assert.deepEqual(a.claims.map((c) => c.source), ['Kari Brekke']);
  });
});

describe('attribution: the newsroom asking', () => {
  it('reads no claim in "Vi ba henne svare på kritikken", and keeps the interview answers with the one asked', () => {
    const t = 'Klinikksjef Mona Haugland sier at hun forstår frustrasjonen. Vi ba henne svare på kritikken.\n\n– Hvorfor har ventetiden doblet seg?\n\n– Vi har fått mange flere henvisninger på tre år.';
    const a = run(t);
    assert.equal(a.claims.filter((c) => c.cue === 'ba').length, 0);
    assert.equal(claimWith(a, t, 'henvisninger').source, 'Mona Haugland');
  });
});

describe('attribution: a person noun as a title, and a passage told of', () => {
  it('reads "Spelemann Torleiv Nordbø Kjos" as the name with a title before it, and "Nordbø Kjos" later as him', () => {
    const t = 'Spelemann Torleiv Nordbø Kjos meiner at festivalen er viktig.\n\n– Her møtest generasjonane, seier Nordbø Kjos.';
    const a = run(t, 'nn');
    assert.deepEqual(a.claims.map((c) => c.source), ['Torleiv Nordbø Kjos', 'Torleiv Nordbø Kjos']);
  });

  it('gives a dash passage to the one who "fortel om natta" in the next paragraph', () => {
    const t = 'Skredet gjekk klokka tre.\n\n– Eg vakna av eit brak og trudde det var torden.\n\nSlik fortel Kari Berg (67) om natta. Ho er ei av dei evakuerte.';
    const c = claimWith(run(t, 'nn'), t, 'brak');
    assert.equal(c.source, 'Kari Berg');
    assert.equal(t.slice(c.start, c.end), 'Eg vakna av eit brak og trudde det var torden.');
  });

  it('keeps a dash passage whole where its only report is the speaker\'s own ("og trodde det var torden")', () => {
    const t = 'Skredet gikk klokka tre.\n\n– Jeg våknet av et brak og trodde det var torden.\n\nDet forteller Kari Berg (67).';
    const c = claimWith(run(t), t, 'torden');
    assert.equal(c.source, 'Kari Berg');
    assert.equal(t.slice(c.start, c.end), 'Jeg våknet av et brak og trodde det var torden.');
  });
});

describe('attribution: a body with its place after an inverted verb', () => {
  it('reads "I juni advarte Statsforvalteren i Innlandet om at" whole, and "Allerede i juni" as no one', () => {
    const t = 'I juni advarte Statsforvalteren i Innlandet om at Ringsaker kan havne på lista.';
    assert.equal(claimWith(run(t), t, 'lista').source, 'Statsforvalteren i Innlandet');
    const u = 'Allerede i juni advarte Statsforvalteren om at Ringsaker kan havne på lista.';
    assert.equal(claimWith(run(u), u, 'lista').source, 'Statsforvalteren');
  });

  it('gives "Politiet" later to "politiet i Troms", but not "politiet i en pressemelding" a place', () => {
    const t = 'Skredet gikk natt til tirsdag, opplyser politiet i Troms. Politiet ber folk holde seg unna fjellsidene.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'fjellsidene').source, 'politiet i Troms');
    const u = 'Skredet gikk natt til tirsdag, opplyser politiet i en pressemelding.';
    assert.equal(claimWith(run(u), u, 'Skredet').source, 'politiet');
  });

  it('stops before a name cut short ("Verdsarvrådet for Vestnorsk fjordlandskap")', () => {
    const t = 'Hotellet kan skade fjordlandskapet. Det meiner Verdsarvrådet for Vestnorsk fjordlandskap, som krev at planen blir stansa.';
    const c = claimWith(run(t, 'nn'), t, 'planen');
    assert.ok(!t.slice(c.start, c.end).startsWith('fjordlandskap'), t.slice(c.start, c.end));
  });
});

describe('attribution: a union by its place, and who made a document', () => {
  it('reads "Fagforbundet Kinn" as a body, and "Forbundet" after it as that body', () => {
    const t = '«Dette er kutt som rammar dei svakaste», heiter det i ei pressemelding frå Fagforbundet Kinn. Forbundet krev at kommunedirektøren trekkjer framlegget.';
    const a = run(t, 'nn');
    assert.equal(claimWith(a, t, 'trekkjer').source, 'Fagforbundet Kinn');
    assert.equal(a.sources.find((s) => s.name === 'Fagforbundet Kinn')?.sourceType, 'organisation');
  });

  it('gives "Det går fram av budsjettframlegget som kommunedirektør X la fram" to X', () => {
    const t = 'Kinn kommune må kutte 48 millionar kroner. Det går fram av budsjettframlegget som kommunedirektør Eivind Grov la fram tysdag.';
    assert.equal(claimWith(run(t, 'nn'), t, 'kutte').source, 'Eivind Grov');
  });
});

describe('attribution: complaining', () => {
  it('reads "klager over at" and "klagar over at", but not "klager på vedtaket"', () => {
    const t = 'Flere beboere klager over at varslingen kom for sent.';
    assert.equal(claimWith(run(t), t, 'varslingen').cue, 'klager over');
    const u = 'Naboane klagar over at varslinga kom for seint.';
    assert.equal(claimWith(run(u, 'nn'), u, 'varslinga').source, 'Naboane');
    assert.equal(run('Kari Nes klager på vedtaket.').claims.length, 0);
  });
});

describe('attribution: fearing and praising a thing', () => {
  it('reads "Pendlerne frykter lengre køer" and "roser byrådet for", but not a crosshead "Frykter kø" or "frykter for livet"', () => {
    const t = 'Pendlerne frykter lengre køer og færre avganger.';
    assert.equal(claimWith(run(t), t, 'køer').source, 'Pendlerne');
    const u = 'Syklistenes Landsforening roser byrådet for å ha våget å ta et upopulært valg.';
    assert.equal(claimWith(run(u), u, 'upopulært').source, 'Syklistenes Landsforening');
    const v = 'Det tar tid, sier Kari Nes.\n\nFrykter kø\n\nKjøpesenteret åpner i mai.';
    assert.equal(run(v).claims.filter((c) => c.cue === 'Frykter').length, 0);
    assert.equal(run('Hun frykter for livet.').claims.length, 0);
  });
});

describe('attribution: a verb with only a time after it', () => {
  it('reads no claim in the crossheads "Varsla i fleire år" and "Melde frå i fjor", but reads "Varsla at …"', () => {
    const t = 'Bemanninga er for låg, seier Kari Nes.\n\nVarsla i fleire år\n\nNorsk Sjukepleiarforbund har åtvara om dette lenge.';
    assert.equal(run(t, 'nn').claims.filter((c) => c.cue === 'Varsla').length, 0);
    const u = 'Bemanninga er for låg, seier Kari Nes.\n\nMelde frå i fjor\n\nStyraren fortel at fleire har klaga.';
    assert.equal(run(u, 'nn').claims.filter((c) => c.cue.startsWith('Melde')).length, 0);
    const v = 'Forbundet varsla i fjor at bemanninga var for låg.';
    assert.equal(claimWith(run(v, 'nn'), v, 'bemanninga').source, 'Forbundet');
  });
});

describe('attribution: alerting and "alt" as "already"', () => {
  it('reads no claim in "stansa og varsla politiet", but reads "NVE varslar flaum" and "Island har alt varsla at"', () => {
    assert.equal(run('Sjåføren stansa og varsla politiet.', 'nn').claims.length, 0);
    const t = 'NVE varslar flaum i Sogn.';
    assert.equal(claimWith(run(t, 'nn'), t, 'flaum').source, 'NVE');
    const u = 'Ikkje alle følgjer etter. Island har alt varsla at landet vil halde kvoten sin.';
    assert.equal(claimWith(run(u, 'nn'), u, 'kvoten').source, 'Island');
  });
});

describe('attribution: where and when, and what is proposed after a fronted document', () => {
  it('reads no claim in the crossheads "Advarte i brev" and "Varslet i september", but keeps "Det opplyser X onsdag."', () => {
    const t = 'Det blir dyrt, sier Kari Nes.\n\nAdvarte i brev\n\nStatsforvalteren skrev til kommunen i mai.';
    assert.equal(run(t).claims.filter((c) => c.cue === 'Advarte').length, 0);
    const u = 'Det blir dyrt, sier Kari Nes.\n\nVarslet i september\n\nForeldrene klaget tidlig.';
    assert.equal(run(u).claims.filter((c) => c.cue === 'Varslet').length, 0);
    const v = 'Rundt 40.000 laks har rømt fra et anlegg ved Frøya. Det opplyser Fiskeridirektoratet onsdag.';
    assert.equal(claimWith(run(v), v, 'laks').source, 'Fiskeridirektoratet');
  });

  it('reads "I budsjettforslaget som X la fram, foreslår han å legge ned …" with the infinitive as the content', () => {
    const t = 'I budsjettforslaget som kommunedirektøren la fram torsdag, foreslår han å legge ned begge skolene.';
    const c = claimWith(run(t), t, 'skolene');
    assert.equal(t.slice(c.start, c.end), 'å legge ned begge skolene');
  });
});

describe('coreference: a body named by its initials before the name that brings them in', () => {
  it('gives "DSB" the name that spells it out, in the headline and after, and leaves initials never spelt out alone', () => {
    const t = 'DSB varsler stor brannfare i Lyngen\n\nTROMSØ: Faren er oppjustert til nivå 4, opplyser Direktoratet for samfunnssikkerhet og beredskap (DSB).\n\n'
      + 'DSB anbefaler at alle sjekker varselet hver morgen. NRK melder at vegen er stengt.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'stor brannfare').source, 'Direktoratet for samfunnssikkerhet og beredskap');
    assert.equal(claimWith(a, t, 'sjekker varselet').source, 'Direktoratet for samfunnssikkerhet og beredskap');
    assert.equal(claimWith(a, t, 'vegen er stengt').source, 'NRK');
  });
});

describe('coreference: "dokumentet" for the document named before it', () => {
  it('gives "heter det i dokumentet" to "budsjettforslaget", and keeps "Dokumentet" alone where no document was named', () => {
    const t = 'Ifølge budsjettforslaget må kommunen spare 31 millioner kroner. Barnehagen rammes hardest, heter det i dokumentet.';
    assert.equal(claimWith(run(t), t, 'rammes hardest').source, 'budsjettforslaget');
    const v = 'Ordføreren er bekymret.\n\nDokumentet viser at kommunen må spare penger.';
    assert.equal(claimWith(run(v), v, 'må spare').source, 'Dokumentet');
  });
});

describe('coreference: a relative named before a comma', () => {
  it('gives "seier faren" to "Faren, Trond Rysst (63)" and "sier søsteren" to "Søsteren til X, Marit Hoel", but not a relative four paragraphs back in another story', () => {
    const t = 'For fire år sidan tok ho over garden etter faren.\n\nFaren, Trond Rysst (63), seier at han aldri pressa dottera.\n\n– Ho var steinhard, seier faren.';
    assert.equal(claimWith(run(t, 'nn'), t, 'steinhard').source, 'Trond Rysst');
    const v = 'Søsteren til Terje Sandvik, Marit Hoel, satt på første rad.\n\n– Vi vil bare ha svar, sier søsteren.';
    assert.equal(claimWith(run(v), v, 'bare ha svar').source, 'Marit Hoel');
    const w = 'Mora til den sakna, Marleen van Dijk, kom til Hemsedal.\n\nLeitinga held fram.\n\nVêret er dårleg.\n\nMobbesaka på Voss\n\nSkulen svarer ikkje.\n\n– Dei visste det, seier mora.';
    assert.notEqual(claimWith(run(w, 'nn'), w, 'Dei visste').source, 'Marleen van Dijk');
  });
  it('reads no relative\'s title in a clause before a comma ("Søsteren var rolig, Espen stikk motsatt")', () => {
    const t = '– Søsteren var rolig, Espen stikk motsatt. Han var mer krevende, sier pappa Tore.';
    assert.ok(run(t).claims.every((c) => c.start <= t.indexOf('Søsteren')), run(t).claims.map((c) => `${c.source}: ${c.text}`).join(' | '));
  });
});
