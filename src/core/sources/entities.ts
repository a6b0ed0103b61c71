// Who is who in one document: the people and organisations it names, each
// under its most complete name. A later surname ("Treider"), first name
// ("Tore"), or title used as a noun ("litteraturkritikeren" after
// "litteraturkritiker … Jon Helt Haarder") is the same entity.

import type { SourceType } from '../model';
import { isRoleWord } from './kinds';
import type { Gender } from './mentions';
import type { Mention } from './phrases';

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
}

const GENITIVE = /^(.{3,})s$/u;
/** How many paragraphs back a lone first name or surname may find its full name: about an article. */
const RECENT_PARAGRAPHS = 30;

const ENDINGS = ['en', 'et', 'a', 'e', 'n', 'ene', 'erne', 'ane', 'arane'];

/** The forms a title may be filed under: as written, and without each definite or plural ending
 *  ("forlagssjefen" → "forlagssjef", "meddommere" → "meddommer", "pappaen" → "pappa"). */
export function roleKeys(lower: string): string[] {
  const out = [lower];
  for (const e of ENDINGS) if (lower.length > e.length + 3 && lower.endsWith(e)) out.push(lower.slice(0, -e.length));
  return out;
}

export class Entities {
  private list: Entity[] = [];
  private byKey = new Map<string, number>();
  /** Surnames and first names of multi-word person names, to the person. */
  private byPart = new Map<string, number>();
  /** Title stems to the last person named with that title. */
  private byRole = new Map<string, number>();
  /** Paragraph being read, for how recent a mention is. */
  para = 0;

  /** `roles`: a title used as a noun ("forlagssjefen") refers to the person named with it. */
  constructor(private readonly roles: boolean) {}

  get(id: number): Entity {
    return this.list[id];
  }

  /** The entity a mention refers to, without creating one. */
  find(m: Mention & { roleNoun?: boolean }): number | undefined {
    const key = m.name.toLowerCase();
    const id = this.byKey.get(key);
    if (id !== undefined) return id;
    // A capitalised speaker read as a common phrase ('"…," Menon added') is still a name.
    if (!m.proper && !(/^\p{Lu}/u.test(m.name) && !key.includes(' ') && this.part(key) !== undefined)) {
      if (!this.roles || m.indefinite) return undefined;
      // A title as a noun: the person last named with it.
      const words = key.split(/\s+/);
      if (words.length > 2) return undefined;
      for (const k of roleKeys(words[words.length - 1])) {
        const id = this.byRole.get(k);
        if (id !== undefined) return id;
      }
      return undefined;
    }
    if (!key.includes(' ')) {
      const g = GENITIVE.exec(key);
      return this.part(key) ?? (g ? this.byKey.get(g[1]) ?? this.part(g[1]) : undefined);
    }
    // "Pappa Tore": a capitalised title before a known first name or surname.
    const words = key.split(/\s+/);
    if (words.length === 2 && isRoleWord(words[0])) return this.part(words[1]);
    return undefined;
  }

  /** The person a lone first name or surname stands for, if that person was named lately
   *  (in a paper of many articles, "Espen" far on is another Espen). */
  private part(word: string): number | undefined {
    const id = this.byPart.get(word);
    return id !== undefined && this.para - this.list[id].lastPara <= RECENT_PARAGRAPHS ? id : undefined;
  }

  /** Files a mention, creating its entity if it is new; returns the entity. */
  add(m: Mention & { roleNoun?: boolean; gender?: Gender; opener?: boolean }): number | undefined {
    let id = this.find(m);
    if (id === undefined) {
      // A capitalised sentence opener is a name only if the text has named it already.
      if (m.opener) return undefined;
      // A title nobody was named with ("konsernsjefen") is the source itself (ANNOTATION.md).
      if (!m.proper && !m.roleNoun) return undefined;
      id = this.list.length;
      const key = m.name.toLowerCase();
      this.list.push({ name: m.proper ? m.name : key, key, type: m.type, proper: m.proper, lastPara: this.para });
      this.byKey.set(key, id);
      const words = key.split(/\s+/);
      if (m.type === 'person' && words.length >= 2) {
        // The latest person with that surname or first name: in a paper of many articles, "Espen" is the Espen of this one.
        for (const w of [words[words.length - 1], words[0]]) if (w.length > 1) this.byPart.set(w, id);
      }
    }
    const e = this.list[id];
    e.lastPara = this.para;
    if (m.proper && m.type === 'person' && e.type !== 'person') e.type = 'person';
    if (m.gender && !e.gender) e.gender = m.gender;
    if (m.role && e.type === 'person') {
      // "en av de to meddommere, Espen Thomassen": a plural title files him under the singular.
      for (const w of m.role.toLowerCase().split(/[\s,]+/)) if (isRoleWord(w) || (w.endsWith('e') && isRoleWord(w.slice(0, -1)))) for (const k of roleKeys(w)) this.byRole.set(k, id);
    }
    return id;
  }

  learnGender(id: number, g: Gender | undefined): void {
    if (g && !this.list[id].gender) this.list[id].gender = g;
  }
}
