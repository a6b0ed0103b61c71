import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import type { Analysis, LangOption } from '../../src/core/model';
import { claimWith } from './claimAt';

function run(text: string, language: LangOption = 'nb'): Analysis {
  return analyze(text, { language });
}


const sourceNames = (a: Analysis) => a.entities.filter((e) => e.kind === 'source').map((e) => e.text);

describe('claims: Bokmål reporting verbs', () => {
  it('reads a subject before the cue and keeps the title as role', () => {
    const t = 'Helseminister Kari Nordvik sa tirsdag at ventetidene skal ned.';
    const a = run(t);
    const c = claimWith(a, t, 'ventetidene');
    assert.equal(c.source, 'Kari Nordvik');
    assert.equal(c.cue, 'sa');
    assert.equal(c.kind, 'indirect');
    assert.equal(a.sources[c.sourceIds[0]].role, 'Helseminister');
    assert.equal(a.sources[c.sourceIds[0]].sourceType, 'person');
    assert.deepEqual(sourceNames(a), ['Kari Nordvik']);
  });

  it('reads a speaker after a final cue and covers the whole sentence', () => {
    const t = 'Brannen startet i et kjøkken i andre etasje, opplyser politiet i Bergen.';
    const a = run(t);
    const c = claimWith(a, t, 'Brannen startet');
    // The most complete mention (ANNOTATION.md): the police with their district.
    assert.equal(c.source, 'politiet i Bergen');
    assert.equal(c.start, 0);
    assert.equal(a.sources[c.sourceIds[0]].sourceType, 'organisation');
  });

  it('reads inverted order after a fronted adverbial', () => {
    const t = 'I går sa statsministeren at budsjettet er stramt.';
    const c = claimWith(run(t), t, 'budsjettet');
    assert.equal(c.source, 'statsministeren');
  });

  it('does not take a passive participle for a claim', () => {
    const t = 'Selskapet er anklaget for å ha brutt reglene.';
    assert.equal(run(t).claims.length, 0);
  });

  it('splits two claims in one sentence at a subordinate clause', () => {
    const t = 'Lærerne sa i september at de vurderer streik, etter at flere lokale aviser meldte at lønnsoppgjøret var brutt.';
    const a = run(t);
    assert.equal(a.claims.length, 2, a.claims.map((c) => c.text).join(' | '));
    assert.equal(claimWith(a, t, 'vurderer streik').source, 'Lærerne');
    assert.equal(claimWith(a, t, 'lønnsoppgjøret').source, 'lokale aviser');
  });

  it('keeps a nested cue inside the reported content', () => {
    const t = 'Forbundet sa at de mener tilbudet er for dårlig.';
    const a = run(t);
    assert.equal(a.claims.length, 1);
    assert.equal(a.claims[0].source, 'Forbundet');
  });

  it('finds a denial in a relative clause', () => {
    const t = 'Selskapet skal ha solgt utstyr til Iran, noe ledelsen har avvist.';
    const a = run(t);
    const c = claimWith(a, t, 'ledelsen har');
    assert.equal(c.source, 'ledelsen');
    assert.equal(c.cue, 'avvist');
    assert.ok(t.slice(c.start, c.end).startsWith('noe'));
  });
});

describe('claims: speaker phrases', () => {
  it('reads two speakers joined by "og"/"and" when each has a title or a party in parentheses', () => {
    const t = 'Helseminister Ola Dale og statsminister Kari Nes sier at de er enige. Per Moe (Ap) og Liv Ask (H) mener at planen er god.';
    const a = run(t);
    const names = (c: { sourceIds: number[] }) => c.sourceIds.map((id) => a.sources[id].name);
    assert.deepEqual(names(claimWith(a, t, 'de er enige')), ['Ola Dale', 'Kari Nes']);
    assert.deepEqual(names(claimWith(a, t, 'planen er god')), ['Per Moe', 'Liv Ask']);
    assert.equal(a.sources.find((s) => s.name === 'Kari Nes')?.role, 'statsminister');
    const e = 'Senator John Smith and Governor Jane Roe said they agreed.';
    const b = run(e, 'en');
    assert.deepEqual(claimWith(b, e, 'they agreed').sourceIds.map((id) => b.sources[id].name), ['John Smith', 'Jane Roe']);
  });

  it('skips a party or age in parentheses between speaker and cue', () => {
    const t = 'Finansminister Kari Berg (Ap) sier til NTB at skattene ikke skal opp.';
    const c = claimWith(run(t), t, 'skattene');
    assert.equal(c.source, 'Kari Berg');
  });

  it('keeps an affiliation as part of the role, or of a group source', () => {
    const t = 'Forsker Lise Dahl ved Universitetet i Tromsø mener isen smelter. En kilde i regjeringen sier til Reuters at saken er avgjort.';
    const a = run(t);
    const c = claimWith(a, t, 'isen');
    assert.equal(c.source, 'Lise Dahl');
    assert.match(a.sources[c.sourceIds[0]].role ?? '', /ved Universitetet i Tromsø/);
    assert.equal(claimWith(a, t, 'saken er').source, 'kilde i regjeringen');
  });

  it('reads Bokmål -et forms as past tense but not after a passive auxiliary', () => {
    const t = 'Ministeren understreket at avtalen står. Avtalen ble bekreftet av begge parter.';
    const a = run(t);
    assert.equal(a.claims.length, 1);
    assert.equal(a.claims[0].source, 'Ministeren');
  });

  it('splits an English relative denial from the claim it denies', () => {
    const t = "The ministry said it had hit military targets, a claim Kyiv denied.";
    const a = run(t, 'en');
    assert.equal(a.claims.length, 2);
    assert.equal(claimWith(a, t, 'military targets').source, 'ministry');
    assert.equal(claimWith(a, t, 'Kyiv denied').source, 'Kyiv');
  });
});

describe('claims: ifølge and channels', () => {
  it('makes "ifølge X" at the start a claim over the rest of the sentence', () => {
    const t = 'Ifølge Statens vegvesen er veien stengt til fredag.';
    const c = claimWith(run(t), t, 'veien');
    assert.equal(c.kind, 'according-to');
    assert.equal(c.source, 'Statens vegvesen');
    assert.equal(c.text, 'er veien stengt til fredag');
    assert.equal(t.slice(c.cueSpan.start, c.cueSpan.end), 'Ifølge');
  });

  it('stops a mid-sentence "ifølge" claim before a relative clause about the source', () => {
    const t = 'Tre personer er skadet, ifølge Sunnaas sykehus, som har tatt imot dem.';
    const c = claimWith(run(t), t, 'Tre personer');
    assert.equal(c.text, 'Tre personer er skadet');
    assert.equal(c.sourceSpan?.text, 'Sunnaas sykehus');
  });

  it('records the agency that passed a claim on', () => {
    const t = 'Hæren anslår at 400 soldater er savnet, ifølge nyhetsbyrået Reuters.';
    const a = run(t);
    assert.equal(a.claims.length, 1);
    assert.equal(a.claims[0].source, 'Hæren');
    assert.deepEqual(a.claims[0].via, ['Reuters']);
    const reuters = a.entities.find((e) => e.text === 'Reuters');
    assert.ok(reuters && reuters.kind === 'source' && reuters.meta.sourceType === 'agency');
  });

  it('keeps the first speaker when a final cue names only the outlet', () => {
    const t = 'Opposisjonen hevder at valget var fusket med, melder avisen Kommersant.';
    const a = run(t);
    assert.equal(a.claims.length, 1);
    assert.equal(a.claims[0].source, 'Opposisjonen');
    assert.deepEqual(a.claims[0].via, ['Kommersant']);
  });
});

describe('claims: quotations and continuations', () => {
  it('reads a dash quotation over several sentences up to its attribution', () => {
    const t = 'Ordføreren var fornøyd.\n\n– Dette er en god dag. Vi har ventet lenge, sa Hansen.';
    const a = run(t);
    const c = claimWith(a, t, 'Dette er en god dag');
    assert.equal(c.kind, 'direct');
    assert.equal(c.source, 'Hansen');
    assert.equal(c.text, 'Dette er en god dag. Vi har ventet lenge');
  });

  it('attributes a dash quotation without a cue to the speaker before it', () => {
    const t = 'Rektor Eva Lie sier at skolen må spare.\n\n– Vi kutter i vikarer først.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'Vi kutter').source, 'Eva Lie');
  });

  it('merges a surname with the full name met before', () => {
    const t = 'Forsker Ola Brekke sa at isen smelter.\n\n«Det går fortere enn vi trodde», sier Brekke.';
    const a = run(t);
    const c = claimWith(a, t, 'Det går fortere');
    assert.equal(c.source, 'Ola Brekke');
    assert.equal(c.kind, 'direct');
    assert.equal(a.sources.filter((s) => s.name === 'Ola Brekke').length, 1);
    assert.equal(a.sources[c.sourceIds[0]].mentions.length, 2);
  });

  it('resolves a pronoun to the last named person', () => {
    const t = 'Politimester Anne Dahl sa at saken er henlagt. Hun sa videre at ingen er siktet.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'ingen er siktet').source, 'Anne Dahl');
    assert.ok(!sourceNames(a).includes('Hun'));
  });

  it('gives "heter det videre" the source of the previous statement', () => {
    const t = 'Tiltakene virker, heter det i rapporten fra Folkehelseinstituttet. Smitten er på vei ned, heter det videre.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'Tiltakene').source, 'Folkehelseinstituttet');
    assert.equal(claimWith(a, t, 'Smitten').source, 'Folkehelseinstituttet');
  });

  it('attributes a cue-less quotation to the speaker named right after it', () => {
    const t = 'Kommunen har gått fra «full kontroll til totalt kaos på et år». Dette er «helt uakseptabelt», heter det i brevet fra Fylkesmannen.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'full kontroll').source, 'Fylkesmannen');
  });

  it('does not make a scare quote a claim', () => {
    const t = 'Mange kaller det et «jordskjelv» i norsk politikk.';
    assert.equal(run(t).claims.length, 0);
  });

  it('marks coordinated speakers as two sources of one claim', () => {
    const t = 'Sverige og Finland hevder at avtalen er brutt.';
    const a = run(t);
    assert.equal(a.claims.length, 1);
    assert.equal(a.claims[0].sourceIds.length, 2);
    assert.deepEqual(sourceNames(a), ['Sverige', 'Finland']);
  });
});

describe('claims: bylines and credits', () => {
  it('makes the byline and picture credits sources', () => {
    const t = 'Tittel\n\nBildetekst her. Foto: Per Hansen / Reuters\n\nAv NTB | 02.03.2024 10:00\n\nTekst.';
    const a = run(t);
    assert.deepEqual(sourceNames(a), ['Per Hansen', 'Reuters', 'NTB']);
    assert.equal(a.dateline?.byline, 'NTB');
    assert.equal(a.dateline?.date, '2024-03-02');
  });

  it('makes the bylines of later articles in one file sources, but not "By then," or "By Friday,"', () => {
    const t = 'Tittel\n\nAv Kari Nes\n\nDet regner.\n\nNy sak\n\nAv Silje Helland Bakke og Ørjan Nesse\n\nBy then, it was too late.\n\nBy Friday, most had left.\n\nAv NTB\n';
    assert.deepEqual(sourceNames(run(t)), ['Kari Nes', 'Silje Helland Bakke', 'Ørjan Nesse', 'NTB']);
  });

  it('makes the agency after a byline\'s comma a source too ("Av Kari Nes, NTB"), and not a place there', () => {
    assert.deepEqual(sourceNames(run('Tittel\n\nAv Kristoffer Lie Aamodt, NTB\n\nOSLO: En mann ble dømt.\n')), ['Kristoffer Lie Aamodt', 'NTB']);
    const a = run('Tittel\n\nAv Hege Instanes, Bergen\n\nTekst.\n');
    assert.deepEqual(sourceNames(a), ['Hege Instanes']);
    assert.equal(a.dateline?.byline, 'Hege Instanes');
  });
});

describe('claims: Nynorsk and English', () => {
  it('reads Nynorsk cues', () => {
    const t = 'Ordføraren seier at vegen blir opna att i morgon. Ifølgje Statens vegvesen er raset stort.';
    const a = run(t, 'nn');
    assert.equal(claimWith(a, t, 'vegen').source, 'Ordføraren');
    assert.equal(claimWith(a, t, 'raset').kind, 'according-to');
  });

  it('reads Nynorsk "syner at" (shows) with a document as the source', () => {
    const t = 'Granskinga syner at kvar fjerde bru treng vedlikehald.';
    const c = claimWith(run(t, 'nn'), t, 'kvar fjerde bru');
    assert.equal(c.source, 'Granskinga');
    assert.equal(c.cue, 'syner');
  });

  it('reads Nynorsk cue forms the Bokmål list has ("nektar for at", "påpeikar", "står det" in a letter)', () => {
    const t = 'Klubben nektar for at trenaren er sagd opp. Styreleiaren påpeikar at avtalen gjeld ut året. I brevet frå styret står det at alle kampar blir spela.';
    const a = run(t, 'nn');
    assert.equal(claimWith(a, t, 'trenaren er').source, 'Klubben');
    assert.equal(claimWith(a, t, 'avtalen gjeld').cue, 'påpeikar');
    assert.equal(claimWith(a, t, 'alle kampar').source, 'brevet frå styret');
  });

  it('reads the Nynorsk forms of Bokmål cues that news writes (bekreftar, advarar, poengterer, gjorde det klart, gav uttrykk for, bereknar)', () => {
    const t = 'Ordføraren bekreftar at skulen blir lagd ned. Legen advarar mot å ete for mykje sukker. '
      + 'Rektor Kari Nes poengterer at elevane har gjort ein god jobb. Statsråden gjorde det klart at pengane ikkje kjem. '
      + 'Styret gav uttrykk for at dei var nøgde. Politiet bereknar at 300 personar deltok.';
    const a = run(t, 'nn');
    assert.equal(claimWith(a, t, 'skulen blir').source, 'Ordføraren');
    assert.equal(claimWith(a, t, 'sukker').cue, 'advarar');
    assert.equal(claimWith(a, t, 'god jobb').source, 'Kari Nes');
    assert.equal(claimWith(a, t, 'pengane ikkje').cue, 'gjorde det klart');
    assert.equal(claimWith(a, t, 'dei var nøgde').cue, 'gav uttrykk for');
    assert.equal(claimWith(a, t, '300 personar').source, 'Politiet');
    // Only with what is said: "gjorde det" alone, "gav ei gåve", "bereknar prisen".
    const none = 'Han gjorde det i går. Ho gav ei gåve til skulen. Kommunen bereknar prisen på nytt.';
    assert.equal(run(none, 'nn').claims.length, 0);
  });

  it('reads "held fast ved at" and "reknar med at" (Bokmål "holder fast ved at", "regner med at") as cues', () => {
    const t = 'Styret held fast ved at salsprisen var rett. Hamnesjefen reknar med at cruisesesongen blir lang.';
    const a = run(t, 'nn');
    assert.equal(claimWith(a, t, 'salsprisen var rett').source, 'Styret');
    assert.equal(claimWith(a, t, 'cruisesesongen').source, 'Hamnesjefen');
    const b = 'Rederiet regner med at fergen er tilbake i rute i morgen.';
    assert.equal(claimWith(run(b), b, 'fergen er').source, 'Rederiet');
  });

  it('takes Nynorsk "me" (we) for a pronoun, not a source', () => {
    const t = 'Me meiner at prisen er for høg, seier Liv Sunde.';
    const a = run(t, 'nn');
    assert.equal(claimWith(a, t, 'prisen er').source, 'Liv Sunde');
    assert.deepEqual(sourceNames(a), ['Liv Sunde']);
  });

  it('reads English cues before and after the content', () => {
    const t = 'The bridge will stay closed until March, officials said on Monday. According to the ministry, repairs will cost $4.5 million. Minister John Carter told Reuters that the work had been delayed.';
    const a = run(t, 'en');
    assert.equal(claimWith(a, t, 'The bridge').source, 'officials');
    assert.equal(claimWith(a, t, 'repairs').kind, 'according-to');
    assert.equal(claimWith(a, t, 'work had been').source, 'John Carter');
  });

  it('resolves English pronouns', () => {
    const t = 'Mayor Linda Park said the budget was balanced. She added that taxes would not rise.';
    const a = run(t, 'en');
    assert.equal(claimWith(a, t, 'taxes').source, 'Linda Park');
  });
});

describe('claims and places together', () => {
  it('does not mark a speaking person as a place of the same name', () => {
    const t = 'Forsvarsminister Bjørn Arild Gram sier at pengene kommer. – Det haster, sier Gram.';
    const a = run(t);
    assert.ok(!a.entities.some((e) => e.kind === 'place' && e.text === 'Gram'));
    assert.equal(a.claims[1].source, 'Bjørn Arild Gram');
  });
  it('does not mark a hospital that speaks as a place, but keeps a town that speaks as one', () => {
    const t = 'Førde sentralsjukehus opplyser at pasienten er stabil. Bergen kommune seier at vegen er open.';
    const a = run(t, 'nn');
    assert.ok(!a.entities.some((e) => e.kind === 'place' && /sjukehus/.test(e.text)), a.entities.filter((e) => e.kind === 'place').map((e) => e.text).join(', '));
    assert.ok(a.entities.some((e) => e.kind === 'place' && /Bergen/.test(e.text)));
    // A municipality named for an island is a place that speaks, not an island's name to drop.
    const t2 = 'I eit brev ber Stord kommune om at selskapet legg fram ein plan.';
    assert.ok(run(t2, 'nn').entities.some((e) => e.kind === 'place' && e.text === 'Stord kommune'));
  });
});

describe('claims: attributions with any speech verb', () => {
  it('reads ", spør X." and ", innvender hun." after a dash quotation', () => {
    const t = 'Læreren Kari Moe sier at klassen er for stor.\n\n– Hvor skal vi gjøre av dem? spør Ola Dahl.\n\n– Det går ikke, innvender Moe.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'Hvor skal vi').source, 'Ola Dahl');
    assert.equal(claimWith(a, t, 'Det går ikke').source, 'Kari Moe');
  });

  it('stops an "ifølge" source at the verb after the name', () => {
    const t = 'Ifølge CNN varte møtet i én time. Ifølge Statens vegvesen er veien åpen.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'møtet').source, 'CNN');
    assert.equal(claimWith(a, t, 'veien').source, 'Statens vegvesen');
  });
});

describe('claims: "Det opplyser X"', () => {
  it('has the sentence before, which is what X said, as its content; "Det opplyser X" is cue and speaker', () => {
    const t = 'Politiet fikk melding om brannen klokka 03.15. Det opplyser operasjonsleder Kari Holm til NTB.';
    const a = run(t);
    assert.equal(a.claims.length, 1);
    assert.equal(a.claims[0].text, 'Politiet fikk melding om brannen klokka 03.15.');
    assert.equal(a.claims[0].source, 'Kari Holm');
    assert.equal(a.claims[0].cue, 'opplyser');
  });
});

describe('claims: "si opp" is to quit or lay off, not to say', () => {
  it('reads no claim into "sa opp jobben" or "har sagt opp tolv ansatte", and keeps the report around them', () => {
    assert.equal(run('Han sa opp jobben i går. Selskapet har sagt opp tolv ansatte.').claims.length, 0);
    const t = 'Direktøren bekrefter at selskapet har sagt opp tolv ansatte.';
    const a = run(t);
    assert.deepEqual(a.claims.map((c) => c.source), ['Direktøren']);
    assert.equal(run('Ho sa opp avtalen.', 'nn').claims.length, 0);
  });
});

describe('claims: what is said is not who says it', () => {
  it('does not take the subject of the reported clause for the speaker', () => {
    const t = 'Flere økonomer NTB har snakket med, tror renten vil stige i vår.';
    const a = run(t);
    assert.ok(!a.claims.some((c) => c.source === 'renten'), a.claims.map((c) => c.source).join(', '));
  });

  it('reads no claim into a cue that ends its sentence after its subject ("kommunen har ikke svart")', () => {
    const t = 'Hun vet at kommunen ikke har svart. Politiet har ikke bekreftet. Han er sint fordi ingen har uttalt seg.';
    assert.deepEqual(run(t).claims.map((c) => c.text), []);
    const n = 'Ho veit at kommunen ikkje har svart.';
    assert.deepEqual(run(n, 'nn').claims.map((c) => c.text), []);
  });

  it('still reads what stands before an inverted cue or after a closing quotation mark', () => {
    const t = 'Vi gir oss ikke, sier Kari Nes. «Vi er klare», Ola Dale sa.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'gir oss').source, 'Kari Nes');
    assert.equal(claimWith(a, t, 'er klare').source, 'Ola Dale');
  });
});

describe('claims: English "per"', () => {
  it('does not read "per day" as "according to"', () => {
    const t = 'Output will grow by 2.2 million barrels per day this year.';
    assert.equal(run(t, 'en').claims.length, 0);
  });
});

describe('claims: what a text says ("står det")', () => {

  it('reads "står det blant annet i" with the document\'s issuer after it, content without the cue: the issuer speaks, the text is a source beside it', () => {
    const t = '«Eleven har ikke fått hjelp. Skolen har sviktet», står det blant annet i rapporten fra Statsforvalteren.';
    const a = run(t);
    const c = claimWith(a, t, 'Skolen har sviktet');
    assert.equal(c.source, 'Statsforvalteren');
    assert.ok(!c.text.includes('står det'), c.text);
    assert.ok(a.entities.some((e) => e.kind === 'source' && e.text === 'rapporten'), a.entities.map((e) => `${e.kind} ${e.text}`).join(' | '));
    const d = 'Domstolsadministrasjonen (DA) har samlet bevis.\n\n«Han gjør slett arbeid», står det i notatet fra DA.\n\n«Vi må kutte», står det i brevet fra kommunen.\n\n«Vi er redde», står det i brevet fra innbyggerne.';
    const b = run(d);
    assert.equal(claimWith(b, d, 'slett arbeid').source, 'Domstolsadministrasjonen');
    assert.equal(claimWith(b, d, 'kutte').source, 'kommunen');
    assert.equal(claimWith(b, d, 'redde').source, 'brevet');
  });

  it('takes the document after "står det i" as the source of the quotation before it', () => {
    const t = '«Alle må møte i retten», står det i innkallingen, som kom på mandag.';
    assert.equal(claimWith(run(t), t, 'Alle må møte').source, 'innkallingen');
  });
  it('takes the document of "I X står det:" as the source', () => {
    const t = 'Saken er ikke avgjort. I kommunens rapport står det at skolen må stenge.';
    assert.equal(claimWith(run(t), t, 'skolen må stenge').source, 'kommunens rapport');
  });
  it('reads nothing into "står det" without a text saying something', () => {
    const t = 'I Bergen står det et gammelt hus. Det står det ingen tvil om.';
    assert.equal(run(t).claims.length, 0);
  });
  it('reads "Det står i X at" with the text as the source, in Bokmål and Nynorsk', () => {
    const t = 'Avtalen ble signert i går. Det står i avtalen at partene skal møtes hvert år.';
    const c = claimWith(run(t), t, 'partene skal møtes');
    assert.equal(c.source, 'avtalen');
    assert.equal(c.text, 'partene skal møtes hvert år');
    // With its issuer named, the issuer speaks through the text (as NorNE reads "notatet fra DA").
    const n = 'Det stod i brevet frå kommunen at skulen må stengje.';
    assert.equal(claimWith(run(n, 'nn'), n, 'skulen må stengje').source, 'kommunen');
    const b = 'Det står i brevet fra kommunen at skolen må stenge.';
    assert.equal(claimWith(run(b), b, 'skolen må stenge').text, 'skolen må stenge');
  });
  it('reads a court\'s "kom til at" as its finding, in Bokmål and Nynorsk, also past a time adverbial', () => {
    const t = 'Lagmannsretten kom til at mannen var skyldig. Høyesterett kom i dag til at staten må betale.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'mannen var skyldig').source, 'Lagmannsretten');
    assert.equal(claimWith(a, t, 'staten må betale').source, 'Høyesterett');
    const n = 'Tingretten kom til at kommunen hadde brote lova.';
    assert.equal(claimWith(run(n, 'nn'), n, 'brote lova').source, 'Tingretten');
    // "kommer til å" is the future, "kom til byen" a journey.
    assert.equal(run('Han kommer til å vinne. Hun kom til Oslo i går. De kom i går til byen.').claims.length, 0);
  });
  it('reads no claim into "Det står" before a thing or a place', () => {
    const t = 'Det står en bil i garasjen. Det står i Bergen at ingen kom. Bilen står i garasjen at ingen vet.';
    assert.equal(run(t).claims.length, 0);
  });
});

describe('claims: an article before the speaker after the cue', () => {
  it('reads "den nye lederen" after a fronted adverbial as the speaker, not the pronoun "den"', () => {
    const t = 'I går fortalte den nye lederen at klubben må spare.';
    assert.match(claimWith(run(t), t, 'klubben må spare').source, /lederen/);
  });
  it('keeps "de" a pronoun before a verb', () => {
    const t = 'Foreldrene er sinte. Begge hevder de vet best.';
    assert.doesNotMatch(claimWith(run(t), t, 'vet best').source, /de vet/);
  });
});

describe('claims: a reporting verb coordinated with "og"', () => {
  it('gives the verb after "og" the subject of the clause', () => {
    const t = 'Politiet rykket ut og opplyste at ingen var skadd.';
    assert.equal(claimWith(run(t), t, 'ingen var skadd').source, 'Politiet');
  });
  it('does not take the phrase after the verb for the speaker', () => {
    const t = 'Foreldrene protesterte høylytt, og mente en lærer ikke burde gjøre slikt.';
    assert.equal(claimWith(run(t), t, 'ikke burde').source, 'Foreldrene');
  });
  it('stops a name before its verb', () => {
    const t = 'Ordfører Kari Nes ristet på hodet og sa at budsjettet ikke holder.';
    assert.equal(claimWith(run(t), t, 'budsjettet').source, 'Kari Nes');
  });
});

describe('claims: a title with its affiliation before a name, no commas', () => {
  it('takes the name that starts at a first name after the affiliation', () => {
    const t = '- Dette er et godt forslag, sier forsker ved Universitetet i Oslo Kari Nordmann.';
    assert.equal(claimWith(run(t), t, 'godt forslag').source, 'Kari Nordmann');
  });
});

describe('claims: Nynorsk titles and documents', () => {
  it('leaves Nynorsk titles out of the name ("Dommaren", "Fastlege", "Politikaren", "Statsforvaltar")', () => {
    const t = 'Dommaren Siv Lunde meinte at straffa var for mild. Fastlege Odd Bakke fortel at kontoret er fullt. Politikaren Kari Eide meiner at ferja må gå oftare. Statsforvaltar Nils Rud seier at planen er ulovleg.';
    const a = run(t, 'nn');
    assert.equal(claimWith(a, t, 'straffa').source, 'Siv Lunde');
    assert.equal(claimWith(a, t, 'kontoret').source, 'Odd Bakke');
    assert.equal(claimWith(a, t, 'ferja').source, 'Kari Eide');
    assert.equal(claimWith(a, t, 'planen').source, 'Nils Rud');
  });
  it('reads a definite title before a name between commas, and a title inside them ("Forsvararen hans, advokat X,")', () => {
    const t = 'Forsvararen hans, advokat Eva Brekke, seier at klienten vil anke.';
    assert.equal(claimWith(run(t, 'nn'), t, 'klienten').source, 'Eva Brekke');
    const b = 'Forsvareren, Eva Brekke, sier at klienten vil anke.';
    assert.equal(claimWith(run(b), b, 'klienten').source, 'Eva Brekke');
  });
  it('gives "men skriv …" the subject whose own verb reports nothing without "at" ("ønskjer ikkje å kommentere")', () => {
    const t = 'Rederiet ønskjer ikkje å kommentere ulukka, men opplyser i ei melding at ingen passasjerar vart skadde.';
    assert.equal(claimWith(run(t, 'nn'), t, 'ingen passasjerar').source, 'Rederiet');
    const b = 'Rederiet ønsker ikke å kommentere ulykken, men skriver i en melding at ingen passasjerer ble skadd.';
    assert.equal(claimWith(run(b), b, 'ingen passasjerer').source, 'Rederiet');
  });
  it('reads "ifølgje X" inside its clause, after the auxiliary ("skal ifølgje X ha …")', () => {
    const t = 'Bussen skal ifølgje Fjord1 ha stått stille i to timar.';
    const c = claimWith(run(t, 'nn'), t, 'stått stille');
    assert.equal(c.source, 'Fjord1');
    assert.equal(t.slice(c.start, c.end), 'Bussen skal ifølgje Fjord1 ha stått stille i to timar');
    const b = 'Skolen har ifølge rektoren brukt for mye penger.';
    assert.equal(claimWith(run(b), b, 'brukt for mye').source, 'rektoren');
  });
  it('reads Nynorsk "ein" before a speaker as its article ("seier ein nøgd Ola Berg")', () => {
    const t = '– Endeleg kom sola, seier ein nøgd Brit Haug.';
    assert.equal(claimWith(run(t, 'nn'), t, 'Endeleg').source, 'Brit Haug');
  });
  it('lets "Dei tilsette" / "De ansatte" speak: an adjective used as a noun for people', () => {
    const t = 'Dei tilsette ved hotellet håpar at nye eigarar tek over.';
    assert.match(claimWith(run(t, 'nn'), t, 'nye eigarar').source, /tilsette/);
    const b = 'De ansatte mener at ledelsen har sviktet.';
    assert.match(claimWith(run(b), b, 'ledelsen').source, /ansatte/);
  });
  it('reads "Ei ny undersøking frå X viser" with the study as the source', () => {
    const t = 'Ei ny undersøking frå høgskulen viser at færre les aviser.';
    assert.match(claimWith(run(t, 'nn'), t, 'færre les').source, /undersøking/);
  });
});

describe('claims: more Bokmål stance verbs', () => {
  it('reads "forkynte", "åpnet for at" and "talte for" as cues', () => {
    const t = 'Før helgen forkynte partiets leder, Kari Nes, at skatten må ned. Per Dahl åpnet for at partiet kan samarbeide med Høyre. Ordfører Ola Li talte for en ny bro over fjorden.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'skatten må ned').source, 'Kari Nes');
    assert.equal(claimWith(a, t, 'samarbeide med Høyre').source, 'Per Dahl');
    assert.equal(claimWith(a, t, 'ny bro').source, 'Ola Li');
  });
  it('does not read a door opening for the public as a claim', () => {
    assert.equal(run('Døren åpnet for publikum klokken ti.').claims.length, 0);
  });
});

describe('claims: a subject before adverbial phrases', () => {
  it('finds the name before "på landsmøtet i mai" and the verb', () => {
    const t = 'Det var av frykt at Kari Nes på landsmøtet i mai sa at partiet kan samarbeide med alle.';
    assert.equal(claimWith(run(t), t, 'samarbeide med alle').source, 'Kari Nes');
  });
  it('does not take a fronted adverbial for the subject', () => {
    const t = 'Per Dahl er ny leder. Etter møtet i Oslo sa han at alt er bra.';
    assert.equal(claimWith(run(t), t, 'alt er bra').source, 'Per Dahl');
  });
});

describe('claims: a verb that needs "at" and takes an infinitive instead', () => {
  it('does not read "ønsker ikke å så tvil om at" as a wish that', () => {
    const t = 'Partiet ønsker ikke å skape tvil om at det vil vinne valget.';
    assert.equal(run(t).claims.length, 0);
  });
  it('still reads "ønsker at"', () => {
    const t = 'Partiet ønsker at skatten skal ned.';
    assert.equal(claimWith(run(t), t, 'skatten').source, 'Partiet');
  });
});

describe('sources: datelines and credits run into the text', () => {
  it('takes the outlet of a dateline opening a paragraph', () => {
    const t = 'Sel angriper forskere\n\nTromsø (VG Nett) Midt i en stor koloni satt forskeren.\n\nBERGEN (NTB): Regjeringen legger fram budsjettet.';
    const names = sourceNames(run(t));
    assert.ok(names.includes('VG Nett'), names.join(', '));
    assert.ok(names.includes('NTB'), names.join(', '));
  });
  it('takes the agency of a dateline that is a paragraph of its own, but not a signature\'s party', () => {
    const names = sourceNames(run('Grensekamper blusser opp\n\nBangkok (NTB)\n\nMinst tolv mennesker er drept.'));
    assert.ok(names.includes('NTB'), names.join(', '));
    const signed = sourceNames(run('Skolen må bestå\n\nKari Nes (Ap)\n\nKommunen vil legge ned skolen.'));
    assert.ok(!signed.includes('Ap'), signed.join(', '));
  });
  it('does not take a party or an age after a name for a dateline', () => {
    const t = 'Kari Nes (Ap) sier at skatten må ned.\n\nPer Dahl (45) er lærer.';
    const names = sourceNames(run(t));
    assert.ok(!names.includes('Ap') && !names.includes('45'), names.join(', '));
  });
  it('reads a list of sources under a label, its plural and compounds, each item a source', () => {
    const t = 'Boligprisene steg. Kilder: Statistisk sentralbyrå, Eiendom Norge og Norges Bank.\n\n'
      + 'Ulykkene ble færre. Kilder og metode: intervjuer med Anne Berg, tall fra Statens vegvesen. Faktakilder: Kreftregisteret, NAV.\n\n'
      + 'Talet på ferjer gjekk ned. Kjelder: Sjøfartsdirektoratet.';
    const names = sourceNames(run(t));
    for (const n of ['Statistisk sentralbyrå', 'Eiendom Norge', 'Norges Bank', 'Anne Berg', 'Statens vegvesen', 'Kreftregisteret', 'NAV', 'Sjøfartsdirektoratet']) {
      assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
    }
  });
  it('keeps an outlet whole before a day or an adverb ("til Reuters torsdag" is Reuters, not Reuter)', () => {
    const t = 'Studentene vil fortsette kampen. Det sa Camila Vallejo til Reuters torsdag.';
    assert.ok(sourceNames(run(t)).includes('Reuters'), sourceNames(run(t)).join(', '));
  });
  it('takes no source from "kilder:" in a sentence about sources', () => {
    const t = 'Journalisten har mange kilder: politiet, naboene og vennene hans.';
    assert.deepEqual(sourceNames(run(t)), []);
  });
  it('cuts a credit before the next caption label', () => {
    const t = 'Selen holdes på avstand. Foto: Per Dahl, Norsk Polarinstitutt Selskap: I 2008 satte forsker Kari Nes ut merker.';
    const names = sourceNames(run(t));
    assert.ok(names.includes('Norsk Polarinstitutt'), names.join(', '));
  });
});

describe('claims: hearsay, newsroom verbs and figures with their issuer', () => {
  it('reads "skal ha sagt" with the subject before the modal', () => {
    const t = 'Kari Nes skal ha sagt at skatten må ned.';
    assert.equal(claimWith(run(t), t, 'skatten').source, 'Kari Nes');
  });
  it('reads "erfarer at" and "kjenner til at"', () => {
    const t = 'NRK erfarer at ministeren går av. Avisen kjenner til at avtalen er klar.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'ministeren går av').source, 'NRK');
    assert.equal(claimWith(a, t, 'avtalen er klar').source, 'Avisen');
  });
  it('takes "tall fra X" after "ifølge" and after a final "viser"', () => {
    const t = 'Ifølge tall fra SSB øker ledigheten. Prisene stiger, viser nye tall fra Norges Bank.';
    const a = run(t);
    assert.match(claimWith(a, t, 'øker ledigheten').source, /SSB/);
    assert.match(claimWith(a, t, 'Prisene stiger').source, /Norges Bank/);
  });
});

describe('claims: a dash passage whose attribution runs on', () => {
  it('ends the passage at ", sa X" followed by where it was said', () => {
    const t = '- Vi må lese boka. Den er viktig, sa Kari Nes i det svenske radioprogrammet «Sommar i P1» 14. august. I programmet sa Per Dahl at boka er farlig.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'Den er viktig').source, 'Kari Nes');
    assert.equal(claimWith(a, t, 'boka er farlig').source, 'Per Dahl');
  });
});

describe('claims: "Slik beskriver X …" after a quotation', () => {
  it('gives the quotation before it to X', () => {
    const t = 'Naboene er lei. «Bilene står overalt, og ingen gjør noe.» Slik beskriver en nabo situasjonen i et brev til kommunen.';
    assert.match(claimWith(run(t), t, 'Bilene står overalt').source, /nabo/);
  });
  it('reads nothing into "Slik er det."', () => {
    assert.equal(run('Slik er det. Slik ble det.').claims.length, 0);
  });
});

describe('claims: coordinated compounds with a shared ending', () => {
  it('keeps "Nærings- og fiskeridepartementet" whole before and after the cue', () => {
    const t = 'Justis- og beredskapsdepartementet opplyser at saken er under behandling. – Køene blir kortere, sier helse- og omsorgsministeren.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'saken er under behandling').source, 'Justis- og beredskapsdepartementet');
    assert.equal(claimWith(a, t, 'Køene blir kortere').source, 'helse- og omsorgsministeren');
  });
  it('keeps it after "ifølge", and takes no dash between phrases for one', () => {
    const t = 'Ifølge Nærings- og fiskeridepartementet er kvoten satt ned. Fiskerne - og forbundet sier at kvoten er for lav.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'kvoten satt ned').source, 'Nærings- og fiskeridepartementet');
    assert.equal(claimWith(a, t, 'kvoten er for lav').source, 'forbundet');
  });
});

describe('claims: a fronted "ifølge" and the verb after its source', () => {
  it('ends the source before the finite verb and keeps the verb in the content', () => {
    const t = 'Ifølge politiet kjørte bilen for fort. Ifølge NTBs kilde er avtalen klar.';
    const a = run(t);
    const c = claimWith(a, t, 'bilen for fort');
    assert.equal(c.source, 'politiet');
    assert.equal(c.text, 'kjørte bilen for fort');
    assert.equal(claimWith(a, t, 'avtalen klar').source, 'NTBs kilde');
  });
  it('reads no "om" clause into the content after "ifølgje X" (Nynorsk)', () => {
    const t = 'Ifølgje Statens vegvesen køyrde om lag 1,4 millionar køyretøy over fjorden i fjor.';
    const c = claimWith(run(t, 'nn'), t, 'millionar køyretøy');
    assert.equal(c.source, 'Statens vegvesen');
    assert.ok(c.text.startsWith('køyrde om lag'), c.text);
  });
});

describe('claims: a person by age, a report inside a fronted clause', () => {
  it('takes a name with an age in parentheses for a person, whom "hun" then means', () => {
    const t = 'Da Kasper sa at alle var late, tenkte Lumi (24) et øyeblikk på å gå. Hun syntes også at spøken gikk for langt.';
    const r = analyze(t, { language: 'nb' });
    assert.equal(r.entities.find((e) => e.text === 'Lumi')?.kind, 'person');
    assert.equal(claimWith(r, t, 'spøken').source, 'Lumi');
  });

  it('ends the report of "Da X sa at Y," where the main clause takes over', () => {
    const t = 'Da Kasper sa at alle var late, tenkte Lumi (24) et øyeblikk på å gå.';
    const c = claimWith(analyze(t, { language: 'nb' }), t, 'late');
    assert.equal(t.slice(c.start, c.end), 'alle var late');
  });
});

describe('claims: headlines, interviews and restrictive relatives (articles of our own)', () => {
  it('reads a subject with a restrictive "som" clause before its comma and cue', () => {
    // Who made a document speaks through it, the document named as a source beside it (as without "som").
    const t1 = 'En undersøkelse som foreldreutvalget har gjort, viser at over halvparten vil flytte.';
    const r1 = run(t1);
    assert.equal(claimWith(r1, t1, 'halvparten').source, 'foreldreutvalget');
    assert.ok(r1.entities.some((e) => e.kind === 'source' && e.text === 'undersøkelse'));
    const t2 = 'Flere foreldre som NRK har snakket med, sier at de er redde.';
    assert.equal(claimWith(run(t2), t2, 'redde').source, 'foreldre');
    const t3 = 'Ei spørjeundersøking som laget har gjort, viser at dei fleste vil ha ny hall.';
    assert.equal(claimWith(run(t3, 'nn'), t3, 'ny hall').source, 'laget');
    // Not a clause without a maker: "En rapport som kom i går, viser" is the report's.
    const t5 = 'En rapport som kom i går, viser at seks av ti har byttet butikk.';
    assert.equal(claimWith(run(t5), t5, 'seks av ti').source, 'rapport');
    // Inside a sentence the noun before "som" is an object, not the speaker.
    const t4 = 'Han møtte mannen som eier butikken, sier naboen.';
    assert.equal(claimWith(run(t4), t4, 'butikken').source, 'naboen');
  });

  it('gives what a document concludes to the one who made it, not to one who had it made', () => {
    // The maker's name runs to the clause's verb, an ampersand inside it, a name ending like a past tense too.
    const t1 = 'Ein rapport som konsulentselskapet Berge & Vatne Miljøråd har laga på oppdrag frå kommunen, konkluderer med at verknaden blir liten.';
    const c1 = claimWith(run(t1, 'nn'), t1, 'verknaden');
    assert.equal(c1.source, 'Berge & Vatne Miljøråd');
    const t2 = 'En måling som analyseselskapet Respondia har gjort, viser at folk er lei.';
    assert.equal(claimWith(run(t2), t2, 'lei').source, 'Respondia');
    // Commissioned ("bestilte", "fekk laga"), the document concludes it itself.
    const t3 = 'Ein ekspertrapport som NVE bestilte i fjor, konkluderer med at kabel er mogleg.';
    assert.equal(claimWith(run(t3, 'nn'), t3, 'kabel').source, 'ekspertrapport');
    const t4 = 'Ei vurdering som kommunen fekk laga i 2019, konkluderte med at tomtene låg i faresona.';
    assert.equal(claimWith(run(t4, 'nn'), t4, 'tomtene').source, 'vurdering');
  });

  it('reads no time as a subject and no comparing "som" as a relative clause', () => {
    const t1 = 'Den minste spør hver morgen om hun får gå på skolen, sier Kari Hauge.';
    const a1 = run(t1);
    assert.equal(claimWith(a1, t1, 'skolen').source, 'Kari Hauge');
    assert.ok(!a1.entities.some((e) => e.kind === 'source' && e.text === 'hver morgen'));
    const t2 = 'Anita Løvås (71) bor alene i Vågsbygd. Regningen på 4300 kroner kom som et sjokk, forteller hun.';
    const c2 = claimWith(run(t2), t2, 'sjokk');
    assert.equal(c2.source, 'Anita Løvås');
    assert.equal(c2.text, 'Regningen på 4300 kroner kom som et sjokk');
  });

  it('reads "reagerer på at" as a stance, and "Det sier mye om" as none', () => {
    const t1 = 'Marte Skrede reagerer på at kommunen ikkje er spurd.';
    const c1 = claimWith(run(t1, 'nn'), t1, 'kommunen');
    assert.equal(c1.source, 'Marte Skrede');
    assert.equal(c1.cue, 'reagerer på');
    // Reacting to a smell reports nothing.
    assert.equal(run('Ho reagerte på lukta i kjellaren.', 'nn').claims.length, 0);
    const t2 = 'Kari Nes er lei. Det sier mye om situasjonen at ingen svarer.';
    assert.ok(!run(t2).claims.some((c) => c.cue === 'sier'), 'no report in "Det sier mye om"');
  });

  it('reads a name between commas with an age and where the person is from', () => {
    const t = 'Ein av dei overlevande, Arvydas Kazlauskas (41) frå Litauen, forklarte for retten at båten la seg over.';
    assert.equal(claimWith(run(t, 'nn'), t, 'båten').source, 'Arvydas Kazlauskas');
  });

  it('reads a body\'s noun opening the sentence before its name as what the name is, and as the name later', () => {
    const ents = (a: ReturnType<typeof run>, kind: string) => a.entities.filter((e) => e.kind === kind).map((e) => e.text);
    const t1 = 'Supporterklubben Isbjørnene har samlet inn penger. Samtidig krever supporterklubben at hele styret går av.';
    const a1 = run(t1);
    assert.deepEqual(ents(a1, 'organisation'), ['Isbjørnene']);
    assert.equal(claimWith(a1, t1, 'styret').source, 'Isbjørnene');
    const t2 = 'Førstedivisjonsklubben Polaris FK har et underskudd. Klubben mener dommen er feil.';
    assert.equal(claimWith(run(t2), t2, 'dommen').source, 'Polaris FK');
    // A title before a first name is no body's noun, though "råd" names bodies too.
    const t3 = 'Kulturbyråd Line Mortensen (SV) innrømmer at prosjektet er dyrt.';
    assert.deepEqual(ents(run(t3), 'person'), ['Line Mortensen']);
  });

  it('reads a capitalised word inside a sentence as a name, though it ends like a title', () => {
    const t = 'Kommunen har leid inn sikkerhetsselskapet Skjoldvakt Digital for å granske angrepet. Selskapet mener angriperne kom inn via e-post.';
    const a = run(t);
    assert.ok(a.entities.some((e) => e.kind === 'organisation' && e.text === 'Skjoldvakt Digital'), a.entities.map((e) => `${e.kind}:${e.text}`).join(' '));
    assert.equal(claimWith(a, t, 'angriperne').source, 'Skjoldvakt Digital');
  });

  it('gives a headline quotation after a line about a body, or about what was done to someone, to whoever says it below', () => {
    const t1 = 'Polaris FK kan miste lisensen: – Vi har fire uker på oss\n\nTROMSØ: Klubben har et underskudd.\n\n– Vi har fire uker på oss, og vi skal bruke dem, sier styreleder Jon Erik Hætta.\n';
    assert.equal(claimWith(run(t1), t1, 'fire uker').source, 'Jon Erik Hætta');
    const t2 = 'Landslagsløper utestengt i 18 måneder: – Jeg har aldri jukset\n\nDomsutvalget har utestengt Sindre Vollan Haugen.\n\n– Jeg har aldri jukset, og det skal jeg bevise, sier Vollan Haugen.\n';
    assert.equal(claimWith(run(t2), t2, 'aldri').source, 'Sindre Vollan Haugen');
    // A person the line opens on still speaks, and a group that does something.
    const t3 = 'Tiril (19) vann Landskappleiken: – Eg trudde det ikkje\n\nTiril Myklebust vann.\n';
    assert.match(claimWith(run(t3, 'nn'), t3, 'trudde').source, /^Tiril/);
    const t4 = 'Foreldre på Ølve slår alarm: – Dette går ikke\n\nForeldrene er sinte.\n';
    assert.equal(claimWith(run(t4), t4, 'Dette går').source, 'Foreldre på Ølve');
  });

  it('takes a commission named as one word for the same body as its full name', () => {
    const t = 'Det slår Statens havarikommisjon fast i rapporten. Havarikommisjonen meiner at alarmen var kopla ut. Kommisjonen tilrår at tilsynet blir skjerpa.';
    const a = run(t, 'nn');
    assert.equal(claimWith(a, t, 'alarmen').source, 'Statens havarikommisjon');
    assert.equal(claimWith(a, t, 'tilsynet').source, 'Statens havarikommisjon');
    const t2 = 'Statens havarikommisjon har granska ulukka. Havarikommisjonen meiner at alarmen var kopla ut.';
    assert.equal(claimWith(run(t2, 'nn'), t2, 'alarmen').source, 'Statens havarikommisjon');
  });

  it('ends a dash passage at ", ler X." (a verb outside the lexicon), after an interview question too', () => {
    const t = 'Tiril Myklebust vann.\n\nKva tenkte du då namnet vart lese opp?\n\n– Eg trudde dei las opp feil namn, ler Myklebust. Ho hadde øvd i fleire år.\n';
    const a = run(t, 'nn');
    const c = claimWith(a, t, 'feil namn');
    assert.equal(c.source, 'Tiril Myklebust');
    assert.equal(c.text, 'Eg trudde dei las opp feil namn');
    // What follows the attribution without a dash of its own is narration.
    assert.ok(!a.claims.some((x) => x.text.includes('øvd')), a.claims.map((x) => x.text).join(' | '));
  });

  it('reads "X: – …" as X quoted, and a headline quotation as its subject\'s', () => {
    const t1 = 'NHO: – Dette vil koste mange arbeidsplasser\n\nOrganisasjonen er kritisk til forslaget.\n';
    const c1 = claimWith(run(t1), t1, 'arbeidsplasser');
    assert.equal(c1.source, 'NHO');
    assert.equal(c1.kind, 'direct');
    assert.equal(c1.text, 'Dette vil koste mange arbeidsplasser');
    const t2 = 'Ingrid (17) vant NM: – Jeg trodde ikke det var sant\n\nIngrid Lie (17) vant lørdag.\n';
    const c2 = claimWith(run(t2), t2, 'trodde');
    assert.equal(c2.text, 'Jeg trodde ikke det var sant');
    assert.match(c2.source, /^Ingrid/);
    // A cue inside the quotation is part of it, not a report of the headline.
    assert.ok(!run(t2).claims.some((c) => c.text.startsWith('Ingrid')));
  });

  it('takes a title used as a noun for the person named with it since a heading used it bare', () => {
    const t = 'Ordføraren vil vente\n\nOrdførar Gunnhild Reite (Sp) vil ikkje seie kva ho røystar. Ordføraren lovar likevel at foreldra skal få seie sitt.\n';
    assert.equal(claimWith(run(t, 'nn'), t, 'foreldra').source, 'Gunnhild Reite');
    const b = 'Ordføreren vil vente\n\nOrdfører Gunn Reitan (Sp) vil ikke si hva hun stemmer. Ordføreren lover likevel at foreldrene skal få si sitt.\n';
    assert.equal(claimWith(run(b), b, 'foreldrene').source, 'Gunn Reitan');
  });
});

describe('claims: sources found in a second set of our own articles', () => {
  it('reads a name with a party in parentheses and a place after it', () => {
    const t = 'Ordfører Per Arne Kvisler (Sp) i Ringsaker sier til lokalavisen at kommunen vil be om et møte.';
    assert.equal(claimWith(run(t), t, 'møte').source, 'Per Arne Kvisler');
  });

  it('reads any noun opening the sentence before ", som …," as the speaker, and "en kilde" alone', () => {
    const t1 = 'En høytstående embetsmann, som ikke vil bli navngitt, sier til AFP at regjeringen vil be om et hastemøte.';
    assert.equal(claimWith(run(t1), t1, 'hastemøte').source, 'En høytstående embetsmann');
    const t2 = 'En kilde sier at møtet er avlyst.';
    assert.equal(claimWith(run(t2), t2, 'avlyst').source, 'kilde');
    const t3 = 'Ei kjelde seier at møtet er avlyst.';
    assert.equal(claimWith(run(t3, 'nn'), t3, 'avlyst').source, 'kjelde');
  });

  it('reads "Det viser en ny rapport." as the report saying the sentence before', () => {
    const t = 'Mange elever må vente over en uke på helsesykepleier. Det viser en ny rapport.';
    const c = claimWith(run(t), t, 'helsesykepleier');
    assert.equal(c.cue, 'viser');
    assert.match(c.source, /rapport/);
    assert.equal(run('Det viser seg at mange må vente.').claims.length, 0);
  });

  it('reads a particle verb with a year between ("slo i 2013 fast at") and "Det står også i brevet at"', () => {
    const t1 = 'Domstolen i Haag slo i 2013 fast at hele høyden tilhører Kambodsja.';
    assert.equal(claimWith(run(t1), t1, 'høyden').source, 'Domstolen i Haag');
    assert.equal(run('Han slo i bordet og gikk.').claims.length, 0);
    const t2 = 'Det står også i brevet at kommunen ikke har klart å rekruttere.';
    assert.equal(claimWith(run(t2), t2, 'rekruttere').source, 'brevet');
    const t3 = 'Kommuneoverlegen advarer om at elever ikke blir fanget opp.';
    assert.equal(claimWith(run(t3), t3, 'elever').text, 'elever ikke blir fanget opp');
  });
});

describe('claims: a sports report of our own (tags, ages, interviews)', () => {
  const t = [
    'Brann-treneren raste etter kampen: – Aldri straffe',
    'Viking vant 2–1. Dommer Per Lien pekte på krittmerket.',
    '– Det er ikke straffe, sier Brann-trener Eirik Stensrud til VG.',
    '– Vi styrte det meste før pause, sier 48-åringen og legger til:',
    '– Men sånn er fotball.',
    'Tobias Wang var heller ikke i tvil da VG traff ham.',
    'Var det straffe, slik du så det?',
    '– Jeg kommer ikke borti ham i det hele tatt.',
    '– Dette var stort, jubler Henrik Aase, som har scoret fem mål.',
  ].join('\n\n');
  const a = run(t);

  it('gives a quoted headline to the first speaker the article quotes, not to someone merely reported', () => {
    assert.equal(claimWith(a, t, 'Aldri straffe').source, 'Eirik Stensrud');
  });

  it('ends the content at ", sier X og legger til:" and reads "48-åringen" as the person before', () => {
    const c = claimWith(a, t, 'styrte');
    assert.equal(c.text, 'Vi styrte det meste før pause');
    assert.equal(c.source, 'Eirik Stensrud');
    assert.equal(claimWith(a, t, 'sånn er fotball').source, 'Eirik Stensrud');
  });

  it('gives an answer after a question to the person named just before the question', () => {
    assert.equal(claimWith(a, t, 'borti ham').source, 'Tobias Wang');
  });

  it('reads ", jubler X, som …" as the attribution', () => {
    const c = claimWith(a, t, 'stort');
    assert.equal(c.source, 'Henrik Aase');
    assert.equal(c.text, 'Dette var stort');
  });

  it('gives "og legger til at …" after an attribution to the same speaker', () => {
    const u = '– Vi må kjempe, sier Kari Holm, og legger til at laget er sterkt.';
    assert.equal(claimWith(run(u), u, 'kjempe').text, 'Vi må kjempe');
  });
});

describe('claims: Nynorsk and Bokmål patterns from a third set of our own articles', () => {
  it('reads a name between commas with a party in parentheses, and "Ein av dei, X frå Y,"', () => {
    const t1 = 'Ordførar i Ål, Torleiv Nestegard (Ap), meiner at bryggeriet kan bli eit trekkplaster.';
    assert.equal(claimWith(run(t1, 'nn'), t1, 'trekkplaster').source, 'Torleiv Nestegard');
    const t2 = 'Ein av dei, Lars Erik Haugland frå Stavanger, seier til NRK at han ikkje tenkte meir over det.';
    assert.equal(claimWith(run(t2, 'nn'), t2, 'tenkte').source, 'Lars Erik Haugland');
  });

  it('reads a particle after an adverb or after the inverted subject', () => {
    const t1 = 'Tingretten slo seinare fast at skotet ikkje var naudverje.';
    assert.equal(claimWith(run(t1, 'nn'), t1, 'naudverje').source, 'Tingretten');
    const t2 = 'Fleire av klassane vil få over 25 elevar, reknar Utdanningsforbundet med.';
    const c2 = claimWith(run(t2, 'nn'), t2, 'elevar');
    assert.equal(c2.source, 'Utdanningsforbundet');
    assert.equal(c2.text, 'Fleire av klassane vil få over 25 elevar');
    const t3 = 'Skotet var ikkje naudverje. Det slo retten fast.';
    assert.equal(claimWith(run(t3, 'nn'), t3, 'Skotet').source, 'retten');
    assert.equal(run('Han reknar Utdanningsforbundet med i planen.', 'nn').claims.length, 0);
  });

  it('reads "krever" with an object as a demand of people or a body, not of a thing', () => {
    const t1 = 'Demonstrantene krever mer penger til utdanning.';
    assert.equal(claimWith(run(t1), t1, 'penger').source, 'Demonstrantene');
    const t2 = 'NNN krev ei full gransking av ulukka.';
    assert.equal(claimWith(run(t2, 'nn'), t2, 'gransking').source, 'NNN');
    assert.equal(run('Jobben krever tålmodighet.').claims.length, 0);
    assert.equal(run('Det krev mykje arbeid å byggje vegen.', 'nn').claims.length, 0);
  });

  it('reads counted or picked-out people before a restrictive "som", past one inside an aside', () => {
    const t1 = 'Fleire turgåarar som kom ned frå fjellet, fortel at dei såg ein mann.';
    assert.equal(claimWith(run(t1, 'nn'), t1, 'såg ein mann').source, 'turgåarar');
    const t2 = 'Overlege Tor Inge Sævareid, som var en av dem som skrev under, sier til NRK at lite har endret seg.';
    assert.equal(claimWith(run(t2), t2, 'lite har').source, 'Tor Inge Sævareid');
  });

  it('gives "Gruppe slår alarm: – …" to the group the line opens on', () => {
    const t = 'Foreldre på Ølve slår alarm: – Ingen har spurt oss\n\n– Vi har ikkje råd, seier kommunalsjef Eldrid Hovland.\n';
    assert.equal(claimWith(run(t, 'nn'), t, 'spurt oss').source, 'Foreldre på Ølve');
  });
});

describe('claims: a title the lexicon lacks, a time phrase, a prepositional opening', () => {
  it('reads "Kirkevergen i Skjervøy, Anita Johansen, bekrefter" as the person', () => {
    const t = 'Kirkevergen i Skjervøy, Anita Johansen, bekrefter at gjenstandene ikke var forsikret.';
    assert.equal(claimWith(run(t), t, 'forsikret').source, 'Anita Johansen');
  });

  it('passes over "hele tiden" between the auxiliary and the participle', () => {
    const t = 'Lensmannen var skeptisk. 27-åringen har hele tiden erkjent at han stakk mannen.';
    assert.notEqual(claimWith(run(t), t, 'stakk').source, 'hele tiden');
  });

  it('keeps the content before ", opplyser X i Y på Telegram" when the sentence opens on a preposition', () => {
    const t = 'Blant de drepte er to barn, opplyser guvernør Oleh Kravtsjuk i Odesa oblast på Telegram.';
    const c = claimWith(run(t), t, 'to barn');
    assert.equal(c.text, 'Blant de drepte er to barn');
    assert.equal(c.source, 'Oleh Kravtsjuk');
  });
});

describe('claims: shared subjects, clauses without "at", titles and groups with a place', () => {
  it('shares the subject over ", men meiner at …" after a refusal to say more', () => {
    const t = 'Kari Nes vil ikke si noe om vilkårene, men mener at bryggeriet er sunt.';
    assert.equal(claimWith(run(t), t, 'sunt').source, 'Kari Nes');
  });

  it('starts the content right after the cue when a clause without "at" has an "at" of its own', () => {
    const t = 'Banksjef Eivind Rust meiner bryggeriet har vist at det er ei sunn verksemd.';
    assert.equal(claimWith(run(t, 'nn'), t, 'sunn').text, 'bryggeriet har vist at det er ei sunn verksemd');
    const u = 'Hun sa i går kveld at det var sunt.';
    assert.equal(claimWith(run(u), u, 'sunt').text, 'det var sunt');
  });

  it('reads any title with where it belongs before a name between commas', () => {
    const t = 'Hovudtillitsvald for forbundet ved anlegget, Monica Halsør, seier at dei tilsette har meldt frå.';
    assert.equal(claimWith(run(t, 'nn'), t, 'tilsette').source, 'Monica Halsør');
  });

  it('reads plural people with a place after them as the speakers, not a singular agent noun', () => {
    const t = 'Tidlegare lagvenninner i Volda fortel at ho alltid trente mest.';
    assert.match(claimWith(run(t, 'nn'), t, 'trente').source, /lagvenninner/);
    const u = 'Som innbygger i Tafjord synes jeg det er frustrerende.';
    assert.ok(!run(u).claims.some((c) => c.source.includes('innbygger')));
  });
});

describe('claims: "kaller X «…»", a stance by its label', () => {
  it('reads a verb of naming before a quotation as a claim of its subject, never of what is named', () => {
    const t1 = 'Driftssjef Lena Rørvik kaller ham «en institusjon på Sunnmøre».';
    const c1 = claimWith(run(t1), t1, 'institusjon');
    assert.equal(c1.source, 'Lena Rørvik');
    assert.equal(c1.cue, 'kaller');
    const t2 = 'Departementet protesterte, og kalte Clinton en «rar dame» som ikke var diplomatisk.';
    assert.ok(!run(t2).claims.some((c) => c.source === 'Clinton'));
    const t3 = 'Selv kaller Espen seg «Ironman».';
    assert.equal(claimWith(run(t3), t3, 'Ironman').source, 'Espen');
    // Without a quotation it names, and says nothing.
    assert.equal(run('De kaller ham Ola.').claims.length, 0);
  });
});

describe('claims: a share of people with where they are', () => {
  it('reads "Flere av pendlerne på perrongen sier" as the share speaking', () => {
    const t = 'Flere av pendlerne på perrongen sier at de nå vurderer å kjøre bil.';
    assert.match(claimWith(run(t), t, 'kjøre bil').source, /pendlerne/);
  });
});

describe('claims: a message from someone, quoted after a colon', () => {
  it('gives "en hilsen fra lærerne: «…»" to its senders, not to the person who got it', () => {
    const t = 'Kari Moe fullførte kurset. Da fikk hun en melding fra kollegene: «Vi er stolte av deg. Lykke til videre.»';
    const c = claimWith(run(t), t, 'stolte');
    assert.equal(c.source, 'kollegene');
    assert.equal(c.kind, 'direct');
    const u = 'Per Lie kom heim. Han fekk ei helsing frå naboane: «Velkomen heim att, vi har sakna deg.»';
    assert.equal(claimWith(run(u, 'nn'), u, 'Velkomen').source, 'naboane');
  });
});

describe('claims: a share of people of a place', () => {
  it('reads "Mange av bøndene i Valdres mener" as the share, not the place', () => {
    const t = 'Mange av bøndene i Valdres mener at ulven må skytes.';
    assert.equal(claimWith(run(t), t, 'ulven').source, 'Mange av bøndene i Valdres');
  });
});

describe('claims: a person known by their age', () => {
  it('takes "27-åringen" who spoke for the "han" in the next sentence', () => {
    const t = 'Sjåføren, ein mann i 50-åra, fekk brot i kinnbeinet. I retten forklarte han at han kvir seg for å køyre.\n\n27-åringen erkjende at han hadde slått sjåføren. Han forklarte at han hadde drukke mykje.\n';
    const a = run(t, 'nn');
    assert.equal(claimWith(a, t, 'slått').source, '27-åringen');
    assert.equal(claimWith(a, t, 'drukke').source, '27-åringen');
  });
});

describe('claims: people by their occupation, met for the first time', () => {
  it('takes "Sjåføren" for the bus driver brought in before, and keeps "En annen beboer" whole', () => {
    const t1 = 'Ein bussjåfør vart slått ned i går. Sjåføren seier at han er redd.';
    assert.equal(claimWith(run(t1, 'nn'), t1, 'redd').source, 'Ein bussjåfør');
    const t2 = 'En beboer ble evakuert. En annen beboer hevder at kommunen har visst om det.';
    assert.equal(claimWith(run(t2), t2, 'kommunen').source, 'En annen beboer');
  });
});

describe('claims: justifying', () => {
  it('reads "begrunner X med at" and "grunngir X med at" as reports of what follows "at"', () => {
    const t1 = 'Konserndirektør Gro Hellum begrunner nedleggingen med at meieriet er for lite.';
    const c1 = claimWith(run(t1), t1, 'meieriet');
    assert.equal(c1.source, 'Gro Hellum');
    assert.equal(c1.text, 'meieriet er for lite');
    const t2 = 'Vestland fylkeskommune, som kjøper ferjetenesta, grunngir endringa med at den nye ferja treng lengre tid ved kai.';
    assert.equal(claimWith(run(t2, 'nn'), t2, 'ferja').source, 'Vestland fylkeskommune');
    // Not without a reason given in an "at" clause.
    assert.equal(run('Han begrunnet ikke valget.').claims.length, 0);
  });
});

describe('claims: an expectation with an infinitive', () => {
  it('reads "regner med å" and "reknar med å" as the subject\'s expectation', () => {
    const t = 'Politiet regner med å oversende saken til påtalemyndigheten før jul.';
    assert.equal(claimWith(run(t), t, 'oversende saken').source, 'Politiet');
    const nn = 'Kommunen reknar med å vere ferdig med vegen i mars.';
    assert.equal(claimWith(analyze(nn, { language: 'nn' }), nn, 'ferdig med').source, 'Kommunen');
  });
  it('never takes the infinitive after the cue for its subject', () => {
    const t = 'En undersøkelse som Bondelaget har gjort, viser at sju av ti regner med å gå i minus i år.';
    assert.ok(!run(t).claims.some((c) => /å gå/.test(c.source ?? '')), run(t).claims.map((c) => c.source).join(', '));
  });
});

describe('claims: writing a text is no report', () => {
  it('reads no claim from "skrev en kronikk" or "har skrive noveller"', () => {
    for (const [t, lang] of [
      ['Kari Nes skrev en kronikk i Aftenposten i fjor.', 'nb'],
      ['Hun har skrevet flere bøker om krigen.', 'nb'],
      ['Debutanten Per Olsen har skrive noveller som vekkjer nyfikna.', 'nn'],
      ['Ho har skrive teksten til låta saman med Mats Lie.', 'nn'],
    ] as const) assert.equal(run(t, lang).claims.length, 0, t);
  });
  it('still reads what is written with "at", a colon or after the quotation', () => {
    const t = 'Kari Nes skrev i en kronikk at skatten må ned.';
    assert.equal(claimWith(run(t), t, 'skatten må ned').source, 'Kari Nes');
    const colon = 'Kari Nes skriver et innlegg: Skatten må ned.';
    assert.equal(claimWith(run(colon), colon, 'Skatten må ned').source, 'Kari Nes');
    const after = '- Skatten må ned, skriver avisen.';
    assert.equal(claimWith(run(after), after, 'Skatten må ned').source, 'avisen');
  });
});

describe('claims: Norwegian inverted subjects', () => {
  it('reads the name after the verb when a fronted adverbial of common words opens the sentence', () => {
    const t = 'Rett nok seier Gross også at det finst rå fakta.';
    assert.equal(claimWith(run(t, 'nn'), t, 'rå fakta').source, 'Gross');
    const nb = 'Helt til slutt sier Per Olsen at han er fornøyd.';
    assert.equal(claimWith(run(nb), nb, 'fornøyd').source, 'Per Olsen');
  });
  it('keeps a subject that may speak before a verb with its listener after it', () => {
    const t = 'Dei tilsette fortalde Per Olsen at dei var nøgde.';
    assert.equal(claimWith(run(t, 'nn'), t, 'nøgde').source, 'tilsette');
  });
  it('reads a pronoun after the verb as the subject after a fronted object with its demonstrative', () => {
    const t = 'Kari Nes ler. - Aggresjon er kjekt, og det nivået synest eg Eminem tangerer.';
    assert.equal(claimWith(run(t, 'nn'), t, 'Eminem tangerer').source, 'Kari Nes');
  });
  it('reads a pronoun after "Deretter" and before the verb\'s preposition and "at"', () => {
    const t = 'Analytikaren Kari Nes var klar. Deretter konkluderte ho med at dei ikkje kjem til å betale.';
    assert.equal(claimWith(run(t, 'nn'), t, 'ikkje kjem').source, 'Kari Nes');
  });
});

describe('claims: subjects in Norwegian running text', () => {
  it('reads the subject before a time phrase between it and the verb', () => {
    const t = 'Konferansen i Oslo tidlegare dette året stadfesta at utfordringane er globale.';
    assert.notEqual(claimWith(run(t, 'nn'), t, 'globale').source, 'året');
    assert.match(claimWith(run(t, 'nn'), t, 'globale').source ?? '', /Oslo|Konferansen/);
  });
  it('reads a heading run into the next sentence as no part of a surname named in full before', () => {
    const t = 'Steinar Krokstad er professor. - Vi må forby røyk, seier Krokstad. Nullvisjon Krokstad meiner at samfunnet må ha nullvisjon.';
    const a = run(t, 'nn');
    assert.equal(claimWith(a, t, 'samfunnet må').source, 'Steinar Krokstad');
    assert.ok(!a.sources.some((s) => s.name === 'Nullvisjon Krokstad'));
  });
  it('keeps the s of a place whose name ends in one', () => {
    const t = 'Vi skal betale, seier Hellas i ei fråsegn.';
    assert.equal(claimWith(run(t, 'nn'), t, 'Vi skal').source, 'Hellas');
    // (The s of a genitive still goes: "Noregs" is Noreg's.)
    const g = 'Vi skal betale, seier Noregs statsminister i ei fråsegn.';
    assert.equal(claimWith(run(g, 'nn'), g, 'Vi skal').source, 'Noregs statsminister');
  });
});

describe('claims: a subject of two coordinated common nouns', () => {
  it('reads "Kirkens egne råd og utvalg" whole, as it opens on an owner', () => {
    const t = 'Kirkens egne råd og utvalg sier at det er problematisk å blande religion og stat.';
    assert.equal(claimWith(run(t), t, 'problematisk').source, 'Kirkens egne råd og utvalg');
    const nn = 'Alle lag og organisasjonar meiner at fristen er for kort.';
    // (The quantity is left out of the name, as of any group.)
    assert.equal(claimWith(run(nn, 'nn'), nn, 'fristen').source, 'lag og organisasjonar');
  });
  it('does not join a clause before "og" to the subject', () => {
    const t = 'Dette er feil og utvalg sier at det er problematisk.';
    assert.ok(!run(t).claims.some((c) => /feil/.test(c.source ?? '')));
  });
});

describe('claims: an infinitive after "å" is no perfect', () => {
  it('reads no claim from "hadde byrja å skrive"', () => {
    const t = 'Den hadde eg byrja å skrive i 2003, men då var eg nær ved å gje opp.';
    assert.ok(!run(t, 'nn').claims.some((c) => c.cue === 'skrive'), run(t, 'nn').claims.map((c) => `${c.source}: ${c.cue}`).join('; '));
  });
});

describe('claims: a document named again by its head noun', () => {
  it('takes "rapporten" for the compound report named before with its owner', () => {
    const t = 'Det var stille på hotellet. I politiets utrykningsrapport står det at døren var låst. Mannen kom seg inn via et vindu, ifølge rapporten.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'vindu').source, 'politiets utrykningsrapport');
  });
});

describe('claims: "ifølge" before an article and an adjective', () => {
  it('reads "Ifølge de siste målingene …" with the polls as the source, fronted or after', () => {
    const t = 'Ifølge de siste målingene ligger Kari Nes an til å vinne.';
    assert.equal(claimWith(run(t), t, 'an til å vinne').source, 'siste målingene');
    const after = 'Ledigheten økte, ifølge de nyeste tallene fra SSB.';
    assert.match(claimWith(run(after), after, 'Ledigheten').source ?? '', /tallene fra SSB/);
    const nn = 'Ifølgje dei siste meiningsmålingane ligg dei to nesten likt.';
    assert.equal(claimWith(run(nn, 'nn'), nn, 'nesten likt').source, 'siste meiningsmålingane');
  });
  it('reads "dei tilsette" and "de ansatte" as a group, and "dem" and "dei" alone as pronouns', () => {
    const t = 'Ifølgje dei tilsette var det roleg.';
    assert.equal(claimWith(run(t, 'nn'), t, 'roleg').source, 'tilsette');
    const p = 'Kari Nes og Per Olsen var der. Ifølge dem var det rolig.';
    assert.notEqual(claimWith(run(p), p, 'rolig').source, 'dem');
  });
  it('still reads a past tense after "de" as the verb ("De viste at …")', () => {
    const t = 'Forskerne var enige. De viste at ledigheten økte.';
    assert.equal(claimWith(run(t), t, 'ledigheten').source, 'Forskerne');
  });
});

describe('claims: a cue\'s infinitive after a modal', () => {
  it('reads "kan bekrefte at", "vil ikke utelukke at", "kunne si til meg:" with the subject before the modal', () => {
    const t = 'Politiet kan bekrefte at mannen er død.';
    assert.equal(claimWith(run(t), t, 'mannen er død').source, 'Politiet');
    const u = 'Kommuneoverlege Lise Solheim vil ikke utelukke at inneklimaet kan ha bidratt.';
    assert.equal(claimWith(run(u), u, 'inneklimaet').source, 'Lise Solheim');
    const nn = 'Politiet vil ikkje utelukke at brannen var påsett.';
    assert.equal(claimWith(run(nn, 'nn'), nn, 'påsett').source, 'Politiet');
  });
  it('reads no claim from "vil ikke si om", a question or a wish in an "at" clause', () => {
    for (const [t, lang] of [
      ['Han vil ikke si om noen er siktet.', 'nb'],
      ['Kan du bekrefte at mannen er død?', 'nb'],
      ['Eg vil at staten skal innrømme at han gjorde feil.', 'nn'],
    ] as const) assert.equal(run(t, lang).claims.length, 0, t);
  });
});

describe('claims: a description between commas after the subject', () => {
  it('reads "En annen passasjer, en kvinne i 30-årene fra Sogndal, sier …" with the passenger speaking', () => {
    const t = 'En annen passasjer, en kvinne i 30-årene fra Sogndal, sier til NRK at hun så flere ta på seg redningsvest.';
    assert.equal(claimWith(run(t), t, 'redningsvest').source, 'En annen passasjer');
    const name = 'Kari Nes, en pensjonist fra Voss, mener at skatten må ned.';
    assert.equal(claimWith(run(name), name, 'skatten').source, 'Kari Nes');
  });
});

describe('claims: a shared subject after a fronted time', () => {
  it('reads "Mandag ettermiddag ringte sykehuset og sa at …" with the hospital speaking', () => {
    const t = 'Mandag ettermiddag ringte sykehuset og sa at operasjonen var utsatt.';
    assert.equal(claimWith(run(t), t, 'operasjonen').source, 'sykehuset');
  });
});

describe('claims: a place\'s institution named again by its noun', () => {
  it('takes "Sykehuset" for "Haukeland universitetssykehus" named before, as "kommunen" for "Bergen kommune"', () => {
    const t = 'Haukeland universitetssykehus ble rammet av et dataangrep. Kåre Myrvold skulle få ny hofte. Sykehuset sier at operasjonen er utsatt.';
    assert.equal(claimWith(run(t), t, 'operasjonen').source, 'Haukeland universitetssykehus');
    const nn = 'Stavanger universitetssjukehus vart råka av eit dataåtak. Sjukehuset seier at operasjonen er utsett.';
    assert.equal(claimWith(run(nn, 'nn'), nn, 'operasjonen').source, 'Stavanger universitetssjukehus');
  });
});

describe('claims: an ordinal inside the subject', () => {
  it('reads past "10." in "Emma Tjelta (15) i 10. klasse synes …" and keeps "i 3. divisjon" with its noun', () => {
    const t = 'Emma Tjelta (15) i 10. klasse synes forbudet er en dårlig idé.';
    assert.equal(claimWith(run(t), t, 'dårlig idé').source, 'Emma Tjelta');
    const g = 'Laget i 3. divisjon sier at de vil rykke opp.';
    assert.equal(claimWith(run(g), g, 'rykke opp').source, 'Laget i 3. divisjon');
  });
});

describe('claims: what a newsroom has learned', () => {
  it('reads "Etter det VG erfarer, …" and "Etter hva NRK får opplyst, …" with the outlet as the source', () => {
    const t = 'Etter det VG erfarer, vil statsråden gå av.';
    const c = claimWith(run(t), t, 'statsråden');
    assert.equal(c.source, 'VG');
    assert.equal(c.text, 'vil statsråden gå av');
    const u = 'Etter hva NRK får opplyst, er tre personer pågrepet.';
    assert.equal(claimWith(run(u), u, 'pågrepet').source, 'NRK');
    const nn = 'Etter det Firda kjenner til skal bilane ha blitt stoppa av politiet.';
    assert.equal(claimWith(run(nn, 'nn'), nn, 'stoppa').source, 'Firda');
    assert.deepEqual(run('Etter det ble han arrestert.').claims, []);
  });
});

describe('claims: no Norwegian attribution with the subject first after a comma', () => {
  it('reads "…, Libya og Tunisia ha å seie?" as the question going on, not an attribution', () => {
    const t = '- Kva kan oppreisten i land som Egypt, Libya og Tunisia ha å seie?';
    assert.ok(!run(t, 'nn').claims.some((c) => c.source === 'Libya og Tunisia'), run(t, 'nn').claims.map((c) => `${c.source}: ${c.cue}`).join('; '));
    // (Inverted, it is one: "…, sa Kari Nes.")
    const inv = 'Det var ein fin dag, sa Kari Nes.';
    assert.equal(claimWith(run(inv, 'nn'), inv, 'fin dag').source, 'Kari Nes');
  });
});

describe('claims: a site quoted by its address, and a clause of "etter at" after the speaker', () => {
  it('reads "skriver vg.no", "Ifølgje nrk.no …" with the site as a media source', () => {
    const t = 'Brannen er slukket, skriver vg.no.';
    const a = run(t);
    assert.equal(claimWith(a, t, 'Brannen').source, 'vg.no');
    assert.equal(a.sources.find((s) => s.name === 'vg.no')?.sourceType, 'media');
    const nn = 'Ifølgje nrk.no er tre personar skadde.';
    assert.equal(claimWith(run(nn, 'nn'), nn, 'tre personar').source, 'nrk.no');
  });
  it('keeps what was said before ", sa X etter at han fekk vite at …"', () => {
    const t = '- Det finst ikkje ord for dette, sa Leite til vg.no etter at han fekk vite at han var vidare.';
    const c = claimWith(run(t, 'nn'), t, 'ikkje ord');
    assert.equal(c.source, 'Leite');
    assert.equal(c.text, 'Det finst ikkje ord for dette');
  });
});

describe('claims: "ifølge" a source and a clause without "som" about it', () => {
  it('reads "Ifølge en kilde NRK har snakket med, er avtalen klar." with the source, not the outlet', () => {
    const t = 'Ifølge en kilde NRK har snakket med, er avtalen klar.';
    const c = claimWith(run(t), t, 'avtalen');
    assert.equal(c.source, 'kilde');
    assert.equal(c.text, 'er avtalen klar');
    // ("ifølge en talsperson for Equinor": a name after a preposition is the source's own.)
    const p = 'Ifølge en talsperson for Equinor er alt i orden.';
    assert.equal(claimWith(run(p), p, 'i orden').source, 'talsperson for Equinor');
  });
});

describe('claims: advice ("råder … til å", "rår til at")', () => {
  it('reads advice with an infinitive or an "at" clause as a claim, in Bokmål and Nynorsk', () => {
    const t = 'Politiet råder hytteeiere til å merke verdisakene sine.';
    const c = claimWith(run(t), t, 'merke verdisakene');
    assert.equal(c.source, 'Politiet');
    assert.equal(c.cue, 'råder');
    const a = 'Legen rådde henne til at hun skulle hvile i to uker.';
    assert.equal(claimWith(run(a), a, 'skulle hvile').source, 'Legen');
    const n = 'Revisor Siri Vevle rår alle lag til å ha to personar som godkjenner utbetalingane.';
    assert.equal(claimWith(run(n, 'nn'), n, 'to personar').source, 'Siri Vevle');
  });

  it('reads no claim where "råder" only prevails or rules', () => {
    for (const t of ['Det råder usikkerhet om framtiden til verftet.', 'Det råder stor uenighet om at planen er god.', 'I dag råder det enighet om at skolen skal bestå.', 'Selskapet råder over store verdier i Nordsjøen.']) {
      assert.equal(run(t).claims.length, 0, t);
    }
  });
});

describe('claims: a title, then a name the first-name list does not know; a document between a verb and its particle', () => {
  it('gives "Tittelen på <stad>, <Fornamn Etternamn>, fortel at …" to the name, a first name unknown to the lexicon too', () => {
    const t = 'Hytteverten på Krækkja, Gyrid Skarsvåg, fortel at ho prøvde å få paret til å vente.';
    const c = claimWith(run(t, 'nn'), t, 'prøvde å få');
    assert.equal(c.source, 'Gyrid Skarsvåg');
    const b = 'Daglig lederen på verftet, Gyrid Skarsvåg, sier at ordrebøkene er fulle.';
    assert.equal(claimWith(run(b), b, 'ordrebøkene').source, 'Gyrid Skarsvåg');
  });

  it('reads "peikar i dommen på at", "slår i rapporten fast at" as the cue with its particle', () => {
    const t = 'Lagmannsretten peikar i dommen på at revisoren burde ha oppdaga overføringane.';
    const c = claimWith(run(t, 'nn'), t, 'revisoren burde');
    assert.equal(c.source, 'Lagmannsretten');
    assert.ok(!c.text.includes('dommen'), c.text);
    const b = 'Tilsynet slår i rapporten fast at kommunen har brutt loven.';
    assert.equal(claimWith(run(b), b, 'brutt loven').source, 'Tilsynet');
  });
});

describe('claims: a court\'s parties and experts named by an adjective used as a noun', () => {
  it('reads "Den tiltalte sa at", "vedgjekk den sakkunnige at" as claims of those people', () => {
    const t = 'Den tiltalte sa i retten at han var hjemme hele kvelden.';
    assert.equal(claimWith(run(t), t, 'hjemme hele kvelden').source, 'tiltalte');
    const n = 'Under kryssforhøyret vedgjekk den sakkunnige likevel at tennvæska kunne kome frå ein grill.';
    assert.equal(claimWith(run(n, 'nn'), n, 'tennvæska').source, 'sakkunnige');
    const h = 'Den sakkunnige, hydrolog Astrid Hoel frå NVE, forklarte at isen kan vere under ti centimeter tjukk.';
    assert.equal(claimWith(run(h, 'nn'), h, 'isen kan vere').source, 'Astrid Hoel');
  });
});

describe('claims: a finding with an adverb before its "at"', () => {
  it('reads "Statsforvalteren fant også at …" as a claim', () => {
    const t = 'Statsforvalteren fant også at journalene i mange tilfeller manglet opplysninger om maten.';
    const c = claimWith(run(t), t, 'journalene');
    assert.equal(c.source, 'Statsforvalteren');
    assert.ok(c.text.startsWith('journalene'), c.text);
  });
});

describe('claims: "ifølge" sourcing its own clause before ", men"/", og" and another cue', () => {
  it('keeps both claims in "Ifølge Nav kan …, men X advarer om at …"', () => {
    const t = 'Ifølge Nav kan de ansatte få dekket lønnen sin, men seksjonsleder Tore Haugen advarer om at det kan ta flere uker.';
    const a = run(t);
    const n = claimWith(a, t, 'dekket lønnen');
    assert.equal(n.source, 'Nav');
    assert.ok(!n.text.includes('advarer'), n.text);
    assert.equal(claimWith(a, t, 'flere uker').source, 'Tore Haugen');
    const nn = 'Ifølgje Strømsodd vil dei tilsette få dekt lønna si, og bustyraren Jon Eide meiner at det kan gå fort.';
    assert.equal(claimWith(run(nn, 'nn'), nn, 'dekt lønna').source, 'Strømsodd');
  });
});

describe('claims: who made or handed in a document speaks through it', () => {
  it('reads "I begjæringen, som styret leverte til retten, heter det at" as the board\'s, "En avstemning som X la ut, viser at" as X\'s', () => {
    const t = 'I begjæringen, som styret leverte til retten torsdag, heter det at selskapet ikke lenger kan betale regningene.';
    assert.equal(claimWith(run(t), t, 'ikke lenger kan betale').source, 'styret');
    const n = 'I rapporten, som kommunen har laga, heiter det at vegen er farleg.';
    assert.equal(claimWith(run(n, 'nn'), n, 'vegen er farleg').source, 'kommunen');
    const a = 'En avstemning som supporterklubben Ishavsgjengen la ut mandag, viser at to av tre mener treneren burde fått fortsette.';
    assert.equal(claimWith(run(a), a, 'to av tre').source, 'Ishavsgjengen');
  });
});

describe('claims: someone brought in by an indefinite article, with where they are from', () => {
  it('reads "Ein hyttegjest i området har fortalt politiet at …" as the guest\'s, not the listener\'s', () => {
    const t = 'Ein hyttegjest i området har fortalt politiet at han såg ein mann med raud sekk.';
    assert.equal(claimWith(run(t, 'nn'), t, 'raud sekk').source, 'hyttegjest i området');
    const b = 'En hyttegjest fra Oslo fortalte politiet at han så en mann med rød sekk.';
    assert.equal(claimWith(run(b), b, 'rød sekk').source, 'hyttegjest fra Oslo');
  });
});

describe('claims: a shared subject over a perfect before "og"', () => {
  it('reads "Kari Nes har klaget til sykehuset og krever at …" as her claim', () => {
    const t = 'Kari Nes har klaget til sykehuset og krever at ambulansen kommer tilbake.';
    assert.equal(claimWith(run(t), t, 'ambulansen kommer').source, 'Kari Nes');
    const n = 'Kari Nes har klaga til helseføretaket og krev at ambulansen kjem tilbake.';
    assert.equal(claimWith(run(n, 'nn'), n, 'ambulansen kjem').source, 'Kari Nes');
  });
});

describe('claims: Nynorsk "roser", and a second verb after a long first clause', () => {
  it('reads "roser X for å …" as praise in Nynorsk, but not the flowers in "dyrkar roser" or "fekk roser av"', () => {
    const t = 'Kåre Sandvik er leiar i jaktlaget. Han roser laget for å ha gjeve førstehjelp raskt.';
    assert.equal(claimWith(run(t, 'nn'), t, 'gjeve førstehjelp').cue, 'roser');
    for (const v of ['Bonden dyrkar roser i drivhuset.', 'Vi fekk roser av kommunen.']) assert.deepEqual(run(v, 'nn').claims, [], v);
  });
  it('splits ", og hevdar at …" from a first clause with "år etter år" or a verb of its own joined by "og"', () => {
    const t = 'Lars Moldestad er sint. Han kritiserer kommunen for å ha skuva arbeidet framfor seg år etter år, og hevdar at bebuarane har bede om ein voll.';
    const a = run(t, 'nn');
    assert.equal(claimWith(a, t, 'år etter år').end, t.indexOf(', og hevdar'));
    assert.equal(claimWith(a, t, 'bebuarane').source, 'Lars Moldestad');
    const v = 'Kari Lie er leiar. Ho kritiserer laget for å ha venta og tilkalla hjelp seint, og meiner at det kosta tid.';
    const b = run(v, 'nn');
    assert.equal(claimWith(b, v, 'tilkalla hjelp').end, v.indexOf(', og meiner'));
    assert.equal(claimWith(b, v, 'kosta tid').cue, 'meiner');
  });
});

describe('claims: a body that reacts to something and demands', () => {
  it('gives "krever at …" after "reagerer kraftig på forslaget og" to the body, past "Også" and its place', () => {
    const t = 'Også Utdanningsforbundet i Ringsaker reagerer kraftig på forslaget og krever at kommunen trekker det.';
    const c = claimWith(run(t), t, 'kommunen trekker');
    assert.equal(c.cue, 'krever');
    assert.equal(c.source, 'Utdanningsforbundet');
    const v = 'Forbundet reagerer på forslaget og krever at kommunen trekker det.';
    assert.equal(claimWith(run(v), v, 'kommunen trekker').cue, 'krever');
  });
});

describe('claims: a court of two names after its verb, and a text someone made with "som" and no comma', () => {
  it('reads "Det slår Sogn og Fjordane tingrett fast i ein dom" and "I september slo Nord-Troms og Senja tingrett fast at …"', () => {
    const t = 'Jegeren var aktlaus då han skaut. Det slår Sogn og Fjordane tingrett fast i ein dom som fall fredag.';
    assert.equal(claimWith(run(t, 'nn'), t, 'var aktlaus').source, 'Sogn og Fjordane tingrett');
    const v = 'I september slo Nord-Troms og Senja tingrett fast at klubben skylder treneren lønn.';
    assert.equal(claimWith(run(v), v, 'skylder treneren').source, 'Nord-Troms og Senja tingrett');
  });
  it('gives "I ei fareutgreiing som NVE laga for kommunen, står det at …" to NVE', () => {
    const t = 'Lia var kjend som utsett. I ei fareutgreiing som NVE laga for kommunen i 2019, står det at fleire bustader ligg i faresona.';
    assert.equal(claimWith(run(t, 'nn'), t, 'fleire bustader').source, 'NVE');
  });
});

describe('claims: "ifølgje" a text that someone made', () => {
  it('gives "Ifølgje ei kartlegging som Grunneigarlaget i Jølster har gjort, vil …" to its maker, with the content after the comma', () => {
    const t = 'Ifølgje ei kartlegging som Grunneigarlaget i Jølster har gjort, vil linja gå tett innpå tunet.';
    const c = claimWith(run(t, 'nn'), t, 'linja');
    assert.equal(c.source, 'Grunneigarlaget');
    assert.equal(t.slice(c.start, c.end), 'vil linja gå tett innpå tunet');
  });
  it('keeps the text where the one named only ordered it ("som selskapet har bestilt")', () => {
    const t = 'Ifølge en konsekvensutredning som selskapet har bestilt, vil utslippene ikke ha målbar effekt.';
    assert.notEqual(claimWith(run(t), t, 'utslippene').source, 'selskapet');
  });
});

describe('claims: a share that "says" so, then the survey it comes from', () => {
  it('gives "35 prosent svarer at …. Det viser en ny måling fra Norstat." to the poll, as one claim', () => {
    const t = '35 prosent svarer at de vil stemme Ap. Det viser en ny måling fra Norstat.';
    const a = run(t);
    assert.equal(a.claims.length, 1, a.claims.map((c) => `${c.source}: ${c.text}`).join(' | '));
    assert.match(claimWith(a, t, 'stemme Ap').source ?? '', /Norstat/);
    const v = 'Kari Nes mener at arbeidsmengden har økt. Det går fram av et notat.';
    assert.equal(claimWith(run(v), v, 'arbeidsmengden').source, 'Kari Nes');
  });
});
