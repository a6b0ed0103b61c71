// Who is who in one document: the people and organisations it names, each
// under its most complete name. A later surname ("Treider"), first name
// ("Tore"), or title used as a noun ("litteraturkritikeren" after
// "litteraturkritiker … Jon Helt Haarder") is the same entity.

import { isCapitalized } from '../text/tokenize';
import type { SourceType } from '../model';
import { definiteKin, definitePersonNoun, isOrgCompound, isOrgName, isOrgNoun, isOrgTail, isRoleStem, isRoleWord, isTitleBeforeName, isTitleWord, sourceTypeOf, withoutCompanyForm } from './kinds';
import type { Gender } from './mentions';
import { AGE_NOUN, INDEFINITE, type Mention } from './phrases';
import { firstWord, lastWord, wordCount } from '../text/words';
import { BoundedMemo } from '../text/memo';
import { isFirstName } from '../names/firstNames';

export interface Entity {
  /** The most complete name met so far. */
  name: string;
  /** Paragraph of the latest mention: a first name or surname refers only to someone named lately. */
  lastPara: number;
  /** Lower-cased name at creation: the key its source record is filed under. */
  key: string;
  type: SourceType;
  proper: boolean;
  gender?: Gender;
  /** Named with a title: another title as a noun ("rådmannen" after "ordfører X") is someone else. */
  titled?: boolean;
}

/** How many paragraphs back a lone first name or surname may find its full name: about an article. */
export const RECENT_PARAGRAPHS = 30;
/** How many paragraphs back "faren" or "mora" finds the person named with it: a few, as the press
 *  names a relative again soon or not at all. */
const KIN_PARAGRAPHS = 4;

const ENDINGS = ['en', 'et', 'a', 'e', 'n', 'ene', 'erne', 'ane', 'arane'];

/** The forms a title may be filed under: as written, and without each definite or plural ending
 *  ("forlagssjefen" → "forlagssjef", "meddommere" → "meddommer", "pappaen" → "pappa"). */
export function roleKeys(lower: string): string[] {
  const out = [lower];
  for (const e of ENDINGS) if (lower.length > e.length + 3 && lower.endsWith(e)) out.push(lower.slice(0, -e.length));
  return out;
}

/**
 * The stem a Norwegian plural noun's forms share: "forsker" of "forskere" and "forskerne",
 * "ekspert" of "eksperter" and "ekspertene", "forskar" of "forskarar" and "forskarane".
 * Only for words known to be plural nouns (a group's head); a short word is kept whole.
 */
export function pluralStem(lower: string): string {
  const n = lower.length;
  if (n < 5) return lower;
  if (lower.endsWith('erne')) return lower.slice(0, -2);
  if (lower.endsWith('ene') || lower.endsWith('ane')) return lower.slice(0, -3);
  if (lower.endsWith('ere')) return lower.slice(0, -1);
  if (lower.endsWith('er') || lower.endsWith('ar')) return lower.slice(0, -2);
  if (lower.endsWith('e')) return lower.slice(0, -1);
  return lower;
}

/** Definite endings of Norwegian singular nouns ("ordføreren", "departementet", "avisa"). */
export const SINGULAR_DEFINITE = ['en', 'et', 'a'];
const PLURAL_DEFINITE = ['ene', 'erne', 'ane', 'arane'];
function pluralDefinite(lower: string): boolean {
  for (const e of PLURAL_DEFINITE) if (lower.length > e.length + 3 && lower.endsWith(e)) return true;
  return false;
}

// Titles that stand for another: a "statsråd" is a minister ("fiskeriminister X … statsråden").
const SAME_TITLE = new Map([['statsråd', 'minister'], ['statsråden', 'minister']]);
/** Titles that make their holder the one another title names too: a defence counsel is "advokaten";
 *  a prosecuting lawyer is the trial's "aktor" ("Politiadvokat X … Ifølge aktor"). */
const ALSO_TITLED = new Map([
  ['forsvarer', 'advokat'], ['forsvarar', 'advokat'],
  ...['politiadvokat', 'statsadvokat', 'førstestatsadvokat', 'politifullmektig', 'påtalejurist'].map((w) => [w, 'aktor'] as [string, string]),
]);

/** The value filed under any of a title's forms (roleKeys), without building the list. */
function roleLookup(map: Map<string, number>, lower: string): number | undefined {
  const id = map.get(lower) ?? (SAME_TITLE.has(lower) ? map.get(SAME_TITLE.get(lower)!) : undefined);
  if (id !== undefined) return id;
  for (const e of ENDINGS) {
    if (lower.length > e.length + 3 && lower.endsWith(e)) {
      const v = map.get(lower.slice(0, -e.length));
      if (v !== undefined) return v;
    }
  }
  return undefined;
}

/**
 * "Administrerende direktør Tor Inge Haldorsen … sier bankdirektøren": a definite compound title is
 * whoever was named with its head as it stands (the longest tail filed so), not with another compound
 * on that head ("gruppeleder Arild Sveen" is not "styrelederen").
 */
function compoundRoleLookup(map: Map<string, number>, fromHeads: ReadonlySet<string>, lower: string): number | undefined {
  if (!(lower.endsWith('en') || lower.endsWith('a'))) return undefined;
  const tails = titleTails(lower);
  for (let t = tails.length - 1; t >= 0; t--) {
    const tail = tails[t];
    if (tail.length < 5) break;
    for (const key of roleKeys(tail)) {
      const v = map.get(key);
      if (v !== undefined && !fromHeads.has(key)) return v;
    }
  }
  return undefined;
}

export class Entities {
  private list: Entity[] = [];
  private byKey = new Map<string, number>();
  /** Surnames and first names of multi-word person names, to the person. */
  private byPart = new Map<string, number>();
  /** Title stems to the last person named with that title. */
  private byRole = new Map<string, number>();
  /** Keys of byRole filed from a compound title's head, which a later title may take over. */
  private headKeys = new Set<string>();
  /** Ages given in parentheses after a person's name, to the person and the paragraph it was given in. */
  private byAge = new Map<string, [number, number]>();
  /** The person last brought in with an age ("Sigrid Helle Bjørkhaug (24)"), and the paragraph. */
  lastAged: [number, number] | undefined;
  /** Organisations named, in order: "direktoratet" may stand for one of them. */
  private orgs: number[] = [];
  /** People brought in by an indefinite noun ("en småbarnsmor"), in order: "kvinnen" may be one of them. */
  private newcomers: number[] = [];
  /** Entities nameInitials gave a fuller name, whose sources the resolver renames at the end. */
  renamed: number[] = [];
  /** Paragraph being read, for how recent a mention is. */
  para = 0;

  /** `norwegian`: a title used as a noun ("forlagssjefen") refers to the person named with it, and
   *  a name's genitive is a bare -s ("Støres"). English writes its genitive "'s" (taken off before
   *  here), so there "Times" is not a form of "Time". `text`: the document, to tell a name that
   *  opens its sentence (see find). */
  constructor(private readonly norwegian: boolean, private readonly text = '') {}

  get(id: number): Entity {
    return this.list[id];
  }

  /** The entity a mention refers to, without creating one. */
  find(m: Mention & { roleNoun?: boolean }, key = m.name.toLowerCase()): number | undefined {
    let id = this.byKey.get(key);
    // "NVE" after "Norges vassdrags- og energidirektorat": initials of a body named lately, filed as
    // its name from then on. (Not in English: PolNeAR keeps "FEMA" after "the Federal Emergency
    // Management Agency" as written, a source of its own, and Kilde follows the corpus.)
    if (id === undefined && this.norwegian && m.proper && ACRONYM.test(m.name)) {
      id = this.findByInitials(m.name);
      if (id !== undefined) this.byKey.set(key, id);
    }
    if (id !== undefined && !this.recent(this.list[id].lastPara)) {
      // In a paper of many articles, "retten" far on is another article's court: a noun met long
      // ago ("Direktoratet" opening a sentence too) is no answer, and is read afresh; "Brekke", a
      // surname of someone named lately.
      if (!this.list[id].proper || (this.norwegian && bareNoun(m.name, key))) id = undefined;
      else if (!key.includes(' ')) {
        // (As a surname: "Senate" opening "Senate Bill", a run read as a name, is still the Senate.)
        const p = this.part(key);
        if (p !== undefined && lastWord(this.list[p].key) === key && wordCount(this.list[p].key) <= 4) id = p;
      }
    }
    if (id !== undefined) return this.titledSince(m, key, id) ?? id;
    // A capitalised speaker read as a common phrase ('"…," Menon added') is still a name.
    if (!m.proper && !(isCapitalized(m.name) && !key.includes(' ') && this.part(key) !== undefined)) {
      if (!this.norwegian || m.indefinite) return undefined;
      // A title as a noun: the person last named with it; not a plural ("forskarane" are not
      // the one researcher named before).
      if (wordCount(key) > 2) return undefined;
      // "Slik beskriver en småbarnsmor møtet. Kvinnen hevder …": the person just brought in, of that gender.
      // "58-åringen": the person last given that age, in this article.
      const aged = AGE_NOUN.exec(key);
      const given = aged ? this.byAge.get(aged[1]) : undefined;
      if (given && this.recent(given[1])) return given[0];
      const newcomer = key.includes(' ') ? undefined : this.newcomer(key);
      if (newcomer !== undefined) return newcomer;
      const word = lastWord(key);
      if (pluralDefinite(word)) return undefined;
      // In a paper of many articles, "aktor" far on is another article's prosecutor.
      const titled = this.findByRole(word);
      // ("faren", "mora": a relative is someone's only within a few paragraphs; the next story has its own.)
      const reach = definiteKin(word) !== undefined ? KIN_PARAGRAPHS : RECENT_PARAGRAPHS;
      return titled !== undefined && this.para - this.list[titled].lastPara <= reach ? titled : undefined;
    }
    if (!key.includes(' ')) {
      // "Havarikommisjonen" after "Statens havarikommisjon": a body's name made definite.
      if (this.norwegian && m.type === 'organisation' && isOrgCompound(m.name)) {
        const headed = this.orgHeadedBy(key);
        if (headed !== undefined) return headed;
      }
      const bare = this.norwegian && key.length >= 4 && key.endsWith('s') ? key.slice(0, -1) : undefined;
      return this.part(key) ?? (bare !== undefined ? this.byKey.get(bare) ?? this.part(bare) : undefined);
    }
    // "Pappa Tore": a capitalised title before a known first name or surname.
    if (wordCount(key) === 2 && isRoleWord(firstWord(key))) return this.part(lastWord(key));
    // "Wolden Bache" after "Ida Wolden Bache": the end of a longer name that opens on a first
    // name is that person (not of "Dødssyke Hannah Jones", a headline's adjective run into the name).
    const whole = this.part(lastWord(key));
    if (whole === undefined) return undefined;
    const e = this.list[whole];
    // "… sa Krokstad til Adresseavisen. Nullvisjon Krokstad meiner …": a heading run into the next
    // sentence puts its word before the surname of a person named in full before. A word that is no
    // first name or title, before that surname and opening its sentence, is not part of the name.
    if (this.norwegian && wordCount(key) === 2 && e.type === 'person' && wordCount(e.key) >= 2 && lastWord(e.key) === lastWord(key)
      && isFirstName(firstWord(e.name)) && !isFirstName(firstWord(m.name)) && !isRoleWord(firstWord(key)) && opensSentence(this.text, m.start)) return whole;
    if (!e.key.endsWith(' ' + key)) return undefined;
    return isFirstName(firstWord(e.name)) || (this.norwegian && doubleSurnameOf(e, key)) ? whole : undefined;
  }

  /** "Ordføraren vil vente" as a heading, then "Ordførar Gunnhild Reite (Sp) …", then "Ordføraren
   *  lovar …": a title as a noun is the person named with it since it was last used bare. */
  private titledSince(m: Mention, key: string, bare: number): number | undefined {
    if (!this.norwegian || m.proper || m.indefinite || this.byRole.size === 0 || this.list[bare].proper || key.includes(' ') || (!isRoleWord(key) && !isTitleBeforeName(key) && definiteKin(key) === undefined) || pluralDefinite(key)) return undefined;
    const titled = roleLookup(this.byRole, key);
    return titled !== undefined && titled !== bare && this.list[titled].lastPara >= this.list[bare].lastPara ? titled : undefined;
  }

  /** Paragraph `para` is within an article's reach of this one (RECENT_PARAGRAPHS). */
  recent(para: number): boolean {
    return this.para - para <= RECENT_PARAGRAPHS;
  }

  /** The person a lone first name or surname stands for, if that person was named lately
   *  (in a paper of many articles, "Espen" far on is another Espen). */
  private part(word: string): number | undefined {
    const id = this.byPart.get(word);
    return id !== undefined && this.recent(this.list[id].lastPara) ? id : undefined;
  }

  /** Files a mention, creating its entity if it is new; returns the entity. */
  add(m: Mention & { roleNoun?: boolean; gender?: Gender; opener?: boolean; alias?: string; descriptor?: string; age?: string }): number | undefined {
    const key = m.name.toLowerCase();
    if (m.alias && this.norwegian && !this.byKey.has(key)) this.nameInitials(m.name, key, m.alias.toLowerCase());
    let id = this.find(m, key);
    if (id === undefined) {
      // A capitalised sentence opener is a name only if the text has named it already.
      if (m.opener) return undefined;
      // A title nobody was named with ("konsernsjefen") is the source itself (ANNOTATION.md).
      if (!m.proper && !m.roleNoun) return undefined;
      id = this.list.length;
      // A group or a title noun keeps its spelling ("Forskarane", "Ministeren" opening a sentence), as a speaker's own mention would.
      this.list.push({ name: m.proper || m.type === 'group' || m.roleNoun ? m.name : key, lastPara: this.para, key, type: m.type, proper: m.proper, gender: undefined });
      this.byKey.set(key, id);
      // "Havbris Marin AS" is "Havbris Marin" later: a company's name without its legal form.
      const bare = m.proper && m.type === 'organisation' ? withoutCompanyForm(m.name)?.toLowerCase() : undefined;
      if (bare && !this.byKey.has(bare)) this.byKey.set(bare, id);
      // Outlets too: "lokalavisen" may stand for one.
      // And a name of two words or more read as a person for want of a first name ("Grøndal Mat"):
      // "selskapet" may show it is a company.
      if (m.proper && (m.type === 'organisation' || m.type === 'media' || m.type === 'agency' || (m.type === 'person' && mayBeOrg(m.name, m.gender, m.role)))) this.orgs.push(id);
      if (!m.proper && m.type === 'person' && key.includes(' ') && INDEFINITE.has(firstWord(key))) this.newcomers.push(id);
      if (m.type === 'person' && m.proper && wordCount(key) >= 2) {
        // The latest person with that surname or first name: in a paper of many articles, "Espen" is the Espen of this one.
        // (Only a name has parts: "barnets hjelpeverge" is no "Barnets".)
        const last = lastWord(key);
        const first = firstWord(key);
        if (last.length > 1) this.byPart.set(last, id);
        // "Kristin Halvorsens karrière": the surname without its genitive finds her too.
        if (this.norwegian && last.length > 4 && last.endsWith('s') && !this.byPart.has(last.slice(0, -1))) this.byPart.set(last.slice(0, -1), id);
        if (first.length > 1) this.byPart.set(first, id);
      }
    }
    const e = this.list[id];
    // A body named again beyond an article's reach (in the next article of a paper) is one named
    // lately again, which "retten" or "selskapet" may stand for (orgHeadedBy reads the latest first).
    if (e.proper && (e.type === 'organisation' || e.type === 'media' || e.type === 'agency') && !this.recent(e.lastPara)) this.orgs.push(id);
    e.lastPara = this.para;
    // English sources are judged as written (PolNeAR): "the RNC" stays the RNC.
    if (m.alias && this.norwegian) {
      const alias = m.alias.toLowerCase();
      if (!this.byKey.has(alias)) this.byKey.set(alias, id);
    }
    // The body last named with that noun before it is the one it stands for.
    if (m.descriptor && this.norwegian) this.byKey.set(m.descriptor, id);
    // A name read as a person only for having two words ("Havbris Marin") does not make a company one.
    if (m.proper && m.type === 'person' && e.type !== 'person' && !(withoutCompanyForm(e.name) !== undefined && m.gender === undefined && !m.role)) e.type = 'person';
    // "Pasientrøst, en landsdekkende organisasjon …": a description saying what a name is outweighs a guess.
    else if (m.proper && m.type === 'organisation' && m.role && e.type === 'person' && e.gender === undefined && !e.titled) e.type = 'organisation';
    if (m.gender && !e.gender) e.gender = m.gender;
    // "Rune Helland Tjelta (58)" is "58-åringen" from then on, as the press writes it.
    if (m.age !== undefined && this.norwegian && e.type === 'person') {
      this.byAge.set(m.age, [id, this.para]);
      this.lastAged = [id, this.para];
    }
    if (m.role && e.type === 'person') {
      // "en av de to meddommere, Espen Thomassen": a plural title files him under the singular.
      const words = m.role.split(/[\s,]+/);
      for (const written of words) {
        const w = written.toLowerCase();
        // ("fylkeslege hos Statsforvalteren i Rogaland": a capitalised word after the first is where
        // the title is held, the body, not another title of the person's.)
        if (written !== words[0] && isCapitalized(written)) continue;
        // ("Faren, Trond Rysst (63), seier …": a relative's noun before the name is what "faren" means later.)
        if (!(isTitleWord(w) || (this.norwegian && definiteKin(w) !== undefined))) continue;
        this.fileTitle(w, id, false);
        // "Forsvarer Stein Rune Hætta … sier advokaten": a defence counsel is the advokat.
        const also = ALSO_TITLED.get(w);
        if (also) this.fileTitle(also, id, false);
        // "sykehusdirektør Anne Lund" is "direktøren" too: a compound title is filed under its head
        // ("fylkesordfører" under "ordfører" as well as under "fører").
        const heads = titleTails(w);
        const head = heads[0];
        for (const h of heads) this.fileTitle(h, id, true);
        // "konsernsjef i Telenor" is "Telenor-sjefen" (and "Telenor-konsernsjefen").
        for (const org of words) {
          if (org === written || !isCapitalized(org)) continue;
          const prefix = org.toLowerCase() + '-';
          for (const k of roleKeys(w)) this.byRole.set(prefix + k, id);
          if (head) for (const k of roleKeys(head)) this.byRole.set(prefix + k, id);
          // "leiaren i Kystfiskarlaget" is "fiskarlagsleiaren": the title compounded on the end of the body's name.
          if (this.norwegian && isOrgName(org)) this.fileCompoundTitles(org.toLowerCase(), head ?? w, id);
        }
        e.titled = true;
      }
    }
    return id;
  }

  /** "NVE varsler …" over "… opplyser Norges vassdrags- og energidirektorat (NVE)": a body named
   *  lately by its initials alone is the one whose name now brings them in, and has that name. */
  private nameInitials(name: string, key: string, alias: string): void {
    const id = this.byKey.get(alias);
    if (id === undefined) return;
    const e = this.list[id];
    if (e.key !== alias || !e.proper || e.name !== e.name.toUpperCase() || !this.recent(e.lastPara)) return;
    e.name = name;
    this.byKey.set(key, id);
    this.renamed.push(id);
  }

  /**
   * The organisation a definite noun stands for ("direktoratet" after "Helsedirektoratet",
   * "universitetet" after "Universitetet i Tromsø", "vegvesenet" after "Statens vegvesen"): the
   * latest one named lately whose head is that noun.
   */
  findOrg(lower: string): number | undefined {
    const headed = this.orgHeadedBy(lower);
    if (headed !== undefined) return headed;
    // "Equinor la fram tala. Selskapet opplyser …", "Statens vegvesen … Etaten": a word for any
    // company, or any public agency, is the one of that kind named just before (in this paragraph
    // or the one before), if it is no outlet or news agency. An agency is no company: after
    // "Arbeidstilsynet skriver at bedriften …", "Selskapet" is the firm, not the inspectorate.
    // "… til Tønsbergs Blads nettutgave. … ifølge lokalavisen": a word for a newspaper or a channel is
    // the outlet named just before; a news agency's word, the agency.
    const outlet = OUTLET_NOUNS.get(lower);
    if (outlet) return this.latestOrg((e) => e.type === outlet && (outlet === 'agency' || BROADCASTER.test(e.name) === CHANNEL_NOUNS.has(lower)));
    const company = companyNoun(lower);
    const any = ANY_ORG_NOUNS.has(lower);
    if (!company && !any && !AGENCY_NOUNS.has(lower)) return undefined;
    const fits = (e: Entity) => {
      if ((!any && publicBody(e.name, e.key) === company) || BROADCASTER.test(e.name)) return false;
      const kind = sourceTypeOf(e.name, { proper: true, country: false, words: wordCount(e.key) });
      return kind !== 'media' && kind !== 'agency';
    };
    // A body known as one first; else a name read as a person for want of a first name ("Grøndal Mat").
    const id = this.latestOrg((e) => e.type === 'organisation' && fits(e))
      ?? (company ? this.latestOrg((e) => e.type === 'person' && mayBeOrg(e.name, e.gender, e.titled ? 'titled' : undefined) && fits(e)) : undefined);
    if (id !== undefined) this.list[id].type = 'organisation';
    return id;
  }

  /** The organisation named lately whose words' initials spell `acronym` ("NVE" after "Norges
   *  vassdrags- og energidirektorat"). */
  private findByInitials(acronym: string): number | undefined {
    for (let k = this.orgs.length - 1; k >= 0; k--) {
      const e = this.list[this.orgs[k]];
      if (!this.recent(e.lastPara)) break;
      if ((e.type === 'organisation' || e.type === 'agency') && initialsOf(e.name) === acronym) return this.orgs[k];
    }
    return undefined;
  }

  /** The organisation named lately whose head is `lower`, a definite noun. */
  private orgHeadedBy(lower: string): number | undefined {
    for (let k = this.orgs.length - 1; k >= 0; k--) {
      const e = this.list[this.orgs[k]];
      if (!this.recent(e.lastPara)) break;
      if (e.type === 'organisation' && headedBy(e.key, lower)) return this.orgs[k];
    }
    return undefined;
  }

  /** Of the organisations named in this paragraph or the one before, the one named last that fits
   *  (by its latest mention, not its first: "selskapet Havbris Marin AS … i Havbris Marin … selskapet"). */
  private latestOrg(fits: (e: Entity) => boolean): number | undefined {
    let best: number | undefined;
    for (let k = this.orgs.length - 1; k >= 0 && k >= this.orgs.length - LATEST_ORGS; k--) {
      const e = this.list[this.orgs[k]];
      if (this.para - e.lastPara > ORG_LOOKBACK || (best !== undefined && this.list[best].lastPara >= e.lastPara) || !fits(e)) continue;
      best = this.orgs[k];
    }
    return best;
  }

  /** The person an everyday definite noun ("kvinnen", "mannen") stands for: the latest brought in by
   *  an indefinite noun in this paragraph or the one before, if no one was named by name since and the
   *  gender fits. */
  private newcomer(lower: string): number | undefined {
    const g = definitePersonNoun(lower);
    if (g === undefined || !this.norwegian || !this.newcomers.length) return undefined;
    const id = this.newcomers[this.newcomers.length - 1];
    const e = this.list[id];
    if (this.para - e.lastPara > 1 || (g !== 'x' && e.gender && e.gender !== g)) return undefined;
    // "Kvinnen" may be the "småbarnsmor" brought in, but "Mora" only a mother: not "ei jente".
    const kin = definiteKin(lower);
    if (kin !== undefined && !e.key.endsWith(kin)) return undefined;
    for (let k = id + 1; k < this.list.length; k++) if (this.list[k].type === 'person' && this.list[k].proper && this.para - this.list[k].lastPara <= 1) return undefined;
    return id;
  }

  /** The person last named with the title a role noun carries ("teatersjefen" → teatersjef), if any. */
  findByRole(lowerWord: string): number | undefined {
    return roleLookup(this.byRole, lowerWord) ?? compoundRoleLookup(this.byRole, this.headKeys, lowerWord);
  }

  /** Files a title under a person the text refers to by it alone ("sier teatersjefen" of the man quoted). */
  fileRole(id: number, lowerWord: string): void {
    this.fileTitle(lowerWord, id, false);
  }

  /**
   * Files a title under the person last named with it. A head of a compound title
   * ("direktør" of "sykehusdirektør") does not take a title someone was named with as it
   * stands, but does take over from an older compound. A definite form filed for someone
   * before ("rådmannen" of "Rådmannen i Bodø, Kari Nes") goes to the newer person too.
   */
  private fileTitle(w: string, id: number, viaHead: boolean): void {
    for (const k of roleKeys(w)) this.fileTitleKey(k, id, viaHead);
    for (const e of SINGULAR_DEFINITE) if (this.byRole.has(w + e)) this.fileTitleKey(w + e, id, viaHead);
  }

  private fileTitleKey(k: string, id: number, viaHead: boolean): void {
    if (viaHead && this.byRole.has(k) && !this.headKeys.has(k)) return;
    this.byRole.set(k, id);
    if (viaHead) this.headKeys.add(k); else this.headKeys.delete(k);
  }

  /** Files "<end of the body's name>[s]<title>" under the person, for each end of five letters or more. */
  private fileCompoundTitles(org: string, title: string, id: number): void {
    const keys = roleKeys(title);
    const stem = keys[keys.length - 1];
    for (let k = 0; k + 5 <= org.length; k++) {
      const end = org.slice(k);
      for (const joint of ['', 's']) if (!this.byRole.has(end + joint + stem)) this.byRole.set(end + joint + stem, id);
    }
  }

  learnGender(id: number, g: Gender | undefined): void {
    if (g && !this.list[id].gender) this.list[id].gender = g;
  }
}

// A text names the same titles again and again, and every edit resolves the whole document anew:
// each word's tails are read once. Bounded, as the other memos are.
const TAILS = new BoundedMemo<readonly string[]>(4096);
const NO_TAILS: readonly string[] = [];

/** The tails of a word, three letters in at least and four letters long at least, that are titles,
 *  shortest first ("fylkesordfører" → "fører", "ordfører"): isRoleWord reads compounds, so "husdirektør" is one too (and "ssjef" of
 *  "forlagssjef", where the head is "sjef"). */
function titleTails(word: string): readonly string[] {
  const known = TAILS.get(word);
  if (known !== undefined) return known;
  let out: string[] | undefined;
  for (let k = word.length - 4; k >= 3; k--) {
    const tail = word.slice(k);
    if (isRoleWord(tail)) (out ??= []).push(tail);
  }
  return TAILS.set(word, out ?? NO_TAILS);
}

/** How many of the latest organisations "selskapet" may be: any article's own bodies are among them. */
const LATEST_ORGS = 64;
/** How many paragraphs back "selskapet" may find its company (two took bodies from unrelated paragraphs before). */
const ORG_LOOKBACK = 1;

/** Initials a body is called by: three to six capitals. */
const ACRONYM = /^[A-ZÆØÅ]{3,6}$/;
/** Words a body's initials pass over ("Norges vassdrags- og energidirektorat" is NVE). */
const INITIALS_SKIP = new Set(['og', 'i', 'for', 'av', 'på', 'til', '&']);

/** The capitalised initials of a name's words, function words aside; '' for a name of fewer than three. */
function initialsOf(name: string): string {
  let out = '';
  for (const w of name.split(' ')) {
    if (w === '' || INITIALS_SKIP.has(w.toLowerCase())) continue;
    out += w[0].toUpperCase();
  }
  return out.length >= 3 ? out : '';
}

/** A name read as a person only for its words: no first name, gender or title to show it. */
function mayBeOrg(name: string, gender: Gender | undefined, role: string | undefined): boolean {
  return gender === undefined && !role && name.includes(' ') && !isFirstName(firstWord(name));
}

/** Definite nouns for any organisation that is not an outlet ("organisasjonen", "foreininga"). */
const ANY_ORG_NOUNS = new Set(['organisasjonen', 'foreningen', 'foreininga', 'sammenslutningen', 'sammenslutninga', 'klubben']);
/** Definite nouns for any company (Bokmål and Nynorsk), not for one kind by its head. */
const COMPANY_NOUNS = new Set([
  'selskapet', 'konsernet', 'foretaket', 'føretaket', 'bedriften', 'bedrifta', 'flyselskapet', 'rederiet', 'kjeden',
  'firmaet', 'produsenten', 'leverandøren',
]);
/** Definite nouns for an outlet, by the kind of source they stand for. */
const OUTLET_NOUNS = new Map<string, 'media' | 'agency'>([
  ...['avisen', 'avisa', 'lokalavisen', 'lokalavisa', 'nettavisen', 'nettavisa', 'kanalen', 'tv-kanalen', 'magasinet', 'bladet', 'nettstedet']
    .map((w) => [w, 'media'] as const),
  ...['nyhetsbyrået', 'nyheitsbyrået', 'byrået'].map((w) => [w, 'agency'] as const),
]);
// A paper is no broadcaster: after "NRK erfarer …", "Avisen kjenner til …" is another outlet.
const CHANNEL_NOUNS = new Set(['kanalen', 'tv-kanalen']);
const BROADCASTER = /^(?:NRK|TV ?[2-3]|P[45]|BBC|CNN|SVT|DR|YLE|ABC|CBS|NBC|Fox|Sky|Al Jazeera|CNBC|MSNBC)\b|\b(?:TV|Radio|Kanal)\b/;
/** Definite nouns for any public agency. */
/** A definite noun for a company, a compound on "-selskapet" too ("kollektivselskapet", "kraftselskapet"). */
function companyNoun(lower: string): boolean {
  return COMPANY_NOUNS.has(lower) || (lower.length >= 12 && lower.endsWith('selskapet'));
}

const AGENCY_NOUNS = new Set(['etaten', 'myndigheten', 'myndigheita', 'embetet', 'embedet', 'tilsynsmyndigheten', 'tilsynsmyndigheita']);

/** A capitalised word that reads as a definite noun: English "the" is a separate word, so only Norwegian. */
export function definiteForm(key: string, minLength = 7): boolean {
  return key.length >= minLength && SINGULAR_DEFINITE.some((e) => key.endsWith(e));
}

/** A body's noun written as a name only for opening its sentence ("Direktoratet", "Retten"), not a
 *  compound that names one body ("Helsetilsynet"). */
export function bareNoun(name: string, key: string): boolean {
  return !key.includes(' ') && definiteForm(key, 6) && !isOrgCompound(name);
}

export function isGenericOrg(lower: string): boolean {
  return companyNoun(lower) || AGENCY_NOUNS.has(lower);
}

/** A public body by its name: "Statens vegvesen", "Arbeidstilsynet", "Helsedirektoratet". */
function publicBody(name: string, key: string): boolean {
  // ("Statsforvalteren i Nordland", "Direktoratet for X": the head opens the name.)
  return isOrgCompound(name) || isOrgTail(lastWord(key)) || (key.includes(' ') && isOrgNoun(firstWord(key)) && !COMPANY_HEAD.test(firstWord(key)));
}
const COMPANY_HEAD = /(?:selskap|selskapet|konsern|konsernet|firma|firmaet|bedrift|bedriften|bedrifta|foretak|foretaket|føretak|føretaket)$/;

/** Whether a definite singular noun ("direktoratet", "vegvesenet") names an organisation by its head. */
/** " i innlandet", " på vestlandet": the place or field after an institution's head word. */
const PLACE_OF = /^ (?:i|på|for|ved) /;

function headedBy(name: string, noun: string): boolean {
  if (!name.includes(' ')) return name.length > noun.length + 2 && name.endsWith(noun);
  // "universitetet i tromsø": the head comes first, before its place or field; so does a compound
  // on it ("naturvernforbundet i innlandet" is "forbundet").
  const first = firstWord(name);
  if (first === noun || (first.length > noun.length + 2 && first.endsWith(noun) && PLACE_OF.test(name.slice(first.length)))) return true;
  // "statens vegvesen", "bergen kommune": the last word, made definite.
  const last = lastWord(name);
  if (!noun.startsWith(last)) {
    // "Buskerud tingrett" … "retten": the noun is the compound's head, made definite.
    for (const e of SINGULAR_DEFINITE) {
      const stem = noun.length - e.length;
      if (stem >= 4 && noun.endsWith(e) && last.length > stem && last.endsWith(noun.slice(0, stem))) return true;
    }
    return false;
  }
  const ending = noun.slice(last.length);
  return SINGULAR_DEFINITE.includes(ending) || (ending === 'n' && last.endsWith('e'));
}

/** A definite singular title used as a noun ("teatersjefen", "ordføreren", "lederen"), not a bare title ("ordfører"). */
export function isDefiniteRole(lower: string): boolean {
  if (!isRoleWord(lower)) return false;
  for (const e of SINGULAR_DEFINITE) if (lower.length > e.length + 3 && lower.endsWith(e) && isRoleStem(lower, lower.length - e.length)) return true;
  return false;
}

/** "Bekkemellem Orheim" after "Karita Bekkemellem Orheim", "Solís Becerra" after "Adriana Solís
 *  Becerra": a double surname (its first word no first name) is the rest of a person's name of
 *  three words, though the first is a first name the list does not know. Not of a name run on from
 *  a title or an organisation's noun ("Bondeorganisasjonen Unión Agraria"). In Norwegian only:
 *  English runs a sentence's first word into a name ("Although North Korea"), and its double
 *  surnames are rare. */
function doubleSurnameOf(e: Entity, key: string): boolean {
  if (e.type !== 'person' || wordCount(key) !== 2 || wordCount(e.key) !== 3 || isFirstName(firstWord(key))) return false;
  const head = firstWord(e.key);
  return !isRoleWord(head) && !isTitleBeforeName(head) && !isOrgNoun(head) && !isOrgCompound(firstWord(e.name)) && !isOrgTail(head);
}

/** Only spaces stand between `at` and the text's start, a line's start or a sentence's end. */
function opensSentence(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && text.charCodeAt(k) === 32) k--;
  if (k < 0) return true;
  const c = text[k];
  return c === '\n' || c === '.' || c === '!' || c === '?';
}
