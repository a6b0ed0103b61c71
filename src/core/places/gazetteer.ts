// Lazy loader for the generated gazetteer. The generated module is three big
// string constants; nothing is split until the first getGazetteer() call, and
// even then a record is only parsed into an object when a lookup returns it.
// That keeps module evaluation free and the first call to a few tens of ms.

import type { Lang, PlaceType } from '../model';
import { COUNTRIES, INDEX, RECORDS } from './data/gazetteer.generated';

export interface GazRecord {
  id: number;
  name: string;
  type: PlaceType;
  /** ISO 3166-1 alpha-2 (or a historic code: SU, YU, DD, CS), '' for none. */
  cc: string;
  population?: number;
  lat?: number;
  lon?: number;
  geonameId?: number;
  /** From the hand tables or the country list rather than GeoNames cities. */
  hand: boolean;
  /** A GeoNames place the hand tables give a Norwegian name: well known. */
  notable: boolean;
}

export interface Candidate {
  rec: GazRecord;
  /** The key is the record's own name (or an exonym), not one of GeoNames'
   *  unlabelled alternates. */
  strong: boolean;
}

const TYPES: Record<string, PlaceType> = {
  c: 'country', k: 'capital', y: 'city', t: 'town', r: 'region', n: 'continent',
  w: 'water', l: 'landform', f: 'facility', s: 'street', p: 'place',
};

// Letters beyond Latin-1 are stored as ^XXXX (see the build script).
const WIDE_ESC = /\^([0-9a-f]{4})/g;

export interface GazetteerStats {
  loadMs: number;
  keys: number;
  records: number;
  dataChars: number;
}

// The key index is an open-addressing hash table over INDEX itself: each slot
// holds a key's hash, where the key starts in INDEX and where its value starts
// (just after the tab). A lookup hashes the word, and compares characters with
// INDEX in place only when the hashes agree. Compared with a Map of 92k key
// strings this keeps no string per key (megabytes, and the load time of
// slicing them), and a miss, which is what most capitalised words are, is
// settled from one small typed array instead of three pointer chases through
// a heap-wide hash table.
const SLOT = 3; // [hash, key start, value offset]; value offset 0 = empty slot
/** Bits of the filter in front of the table (64 KB): most words asked about
 *  are no key, and one bit read settles most of them without touching the
 *  3 MB table (a cache miss each). */
const FILTER_BITS = 1 << 19;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** FNV-1a of s[from, to), by UTF-16 code unit. */
function hashOf(s: string, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

export class Gazetteer {
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** One bit per hash value (mod FILTER_BITS) of any key: 0 = surely no key. */
  private readonly filter = new Uint8Array(FILTER_BITS >> 3);
  private keys = 0;
  private readonly recOffsets: Int32Array;
  private readonly recCache: Array<GazRecord | undefined>;
  private readonly countries = new Map<string, [string, string, string]>();
  private readonly candCache = new Map<number, Candidate[]>();

  constructor() {
    // Walk the index string with indexOf instead of split(): no array of 90k
    // line strings. At most half of the slots are used, so probes stay short.
    const s = INDEX;
    let lines = 1;
    for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) lines++;
    let cap = 1024;
    while (cap < lines * 2) cap *= 2;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * SLOT);
    let pos = 0;
    while (pos < s.length) {
      let nl = s.indexOf('\n', pos);
      if (nl < 0) nl = s.length;
      const tab = s.indexOf('\t', pos);
      if (tab > pos && tab < nl) this.insert(hashOf(s, pos, tab), pos, tab + 1);
      pos = nl + 1;
    }
    // Records stay in the big string; only their start offsets are kept.
    const r = RECORDS;
    let n = 1;
    for (let i = r.indexOf('\n'); i >= 0; i = r.indexOf('\n', i + 1)) n++;
    this.recOffsets = new Int32Array(n + 1);
    let k = 1;
    for (let i = r.indexOf('\n'); i >= 0; i = r.indexOf('\n', i + 1)) this.recOffsets[k++] = i + 1;
    this.recOffsets[n] = r.length + 1;
    this.recCache = new Array(n);
    for (const line of COUNTRIES.split('\n')) {
      const [cc, nb, nn, en] = line.split('\t');
      this.countries.set(cc, [nb, nn, en]);
    }
  }

  get size(): number {
    return this.keys;
  }

  get recordCount(): number {
    return this.recCache.length;
  }

  private insert(h: number, keyStart: number, valueAt: number): void {
    const slots = this.slots;
    const f = h & (FILTER_BITS - 1);
    this.filter[f >> 3] |= 1 << (f & 7);
    const len = valueAt - 1 - keyStart;
    for (let i = (h ^ (h >>> 16)) & this.mask; ; i = (i + 1) & this.mask) {
      const b = i * SLOT;
      if (slots[b + 2] === 0) {
        slots[b] = h;
        slots[b + 1] = keyStart;
        slots[b + 2] = valueAt;
        this.keys++;
        return;
      }
      // A key listed twice: the later line wins, as it would in a Map.
      if (slots[b] === h && slots[b + 2] - 1 - slots[b + 1] === len && INDEX.startsWith(INDEX.slice(keyStart, valueAt - 1), slots[b + 1])) {
        slots[b + 1] = keyStart;
        slots[b + 2] = valueAt;
        return;
      }
    }
  }

  /** Offset of a folded key's entry in the index, or -1. The hot path works
   *  on offsets so a lookup allocates nothing. */
  at(key: string): number {
    const n = key.length;
    const h = hashOf(key, 0, n);
    const f = h & (FILTER_BITS - 1);
    if ((this.filter[f >> 3] & (1 << (f & 7))) === 0) return -1;
    const slots = this.slots;
    const mask = this.mask;
    for (let i = (h ^ (h >>> 16)) & mask; ; i = (i + 1) & mask) {
      const b = i * SLOT;
      const valueAt = slots[b + 2];
      if (valueAt === 0) return -1;
      if (slots[b] !== h) continue;
      const start = slots[b + 1];
      if (valueAt - 1 - start !== n) continue;
      let k = 0;
      while (k < n && key.charCodeAt(k) === INDEX.charCodeAt(start + k)) k++;
      if (k === n) return valueAt;
    }
  }

  /** The entry at offset a starts a longer name. */
  static prefixAt(a: number): boolean {
    return a >= 0 && INDEX.charCodeAt(a) === 62; // '>'
  }

  /** The entry at offset a is a name itself (not only a prefix). */
  static placeAt(a: number): boolean {
    if (a < 0) return false;
    const c = INDEX.charCodeAt(INDEX.charCodeAt(a) === 62 ? a + 1 : a);
    return c === c && c !== 10; // not end of string (NaN), not newline
  }

  /** Candidates of the entry at offset a (parsed once, then shared: callers must not change them). */
  candidatesAt(a: number): Candidate[] {
    let c = this.candCache.get(a);
    if (c) return c;
    let end = INDEX.indexOf('\n', a);
    if (end < 0) end = INDEX.length;
    c = this.candidates(INDEX.slice(a, end));
    this.candCache.set(a, c);
    return c;
  }

  /** Raw index entry for a folded key; see isPrefix/hasPlace. */
  entry(key: string): string | undefined {
    const at = this.at(key);
    if (at < 0) return undefined;
    let end = INDEX.indexOf('\n', at);
    if (end < 0) end = INDEX.length;
    return INDEX.slice(at, end);
  }

  /** The key is the start of a longer name ("new" of "new york"). */
  static isPrefix(entry: string): boolean {
    return entry.charCodeAt(0) === 62; // '>'
  }

  /** The key is itself a name (not only a prefix). */
  static hasPlace(entry: string): boolean {
    return entry.length > (entry.charCodeAt(0) === 62 ? 1 : 0);
  }

  /** Candidates for an index entry, best static prior first. */
  candidates(entry: string): Candidate[] {
    const out: Candidate[] = [];
    let i = entry.charCodeAt(0) === 62 ? 1 : 0;
    while (i < entry.length) {
      let j = entry.indexOf(',', i);
      if (j < 0) j = entry.length;
      const weak = entry.charCodeAt(i) === 126; // '~'
      const id = parseInt(entry.slice(weak ? i + 1 : i, j), 36);
      out.push({ rec: this.record(id), strong: !weak });
      i = j + 1;
    }
    return out;
  }

  /** Candidates for a folded key, or [] when it is not a name (parsed once
   *  per entry, then shared: callers must not change them). */
  lookup(key: string): Candidate[] {
    const a = this.at(key);
    return Gazetteer.placeAt(a) ? this.candidatesAt(a) : NO_CANDIDATES;
  }

  record(id: number): GazRecord {
    let rec = this.recCache[id];
    if (rec) return rec;
    const line = RECORDS.slice(this.recOffsets[id], this.recOffsets[id + 1] - 1);
    const f = line.split('\t');
    const num = (x: string): number | undefined => (x === '' ? undefined : Number(x));
    const gid = f[6] ? parseInt(f[6], 36) : undefined;
    rec = {
      id,
      name: f[0].indexOf('^') >= 0 ? f[0].replace(WIDE_ESC, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : f[0],
      type: TYPES[f[1][0]] ?? 'place',
      cc: f[2],
      population: f[3] ? parseInt(f[3], 36) : undefined,
      lat: num(f[4]),
      lon: num(f[5]),
      geonameId: gid,
      hand: gid === undefined,
      notable: f[1].length > 1,
    };
    this.recCache[id] = rec;
    return rec;
  }

  /** A country's name in the analysis language. */
  countryName(cc: string, lang: Lang): string | undefined {
    const c = this.countries.get(cc);
    if (!c) return undefined;
    return lang === 'nn' ? c[1] : lang === 'en' ? c[2] : c[0];
  }
}

/** What lookup returns for a key that is no name (shared, never changed). */
const NO_CANDIDATES: Candidate[] = [];

let cached: Gazetteer | undefined;
let stats: GazetteerStats | undefined;

/** The gazetteer, parsed on the first call only. */
export function getGazetteer(): Gazetteer {
  if (!cached) {
    const t0 = now();
    cached = new Gazetteer();
    stats = {
      loadMs: now() - t0,
      keys: cached.size,
      records: cached.recordCount,
      dataChars: RECORDS.length + INDEX.length + COUNTRIES.length,
    };
  }
  return cached;
}

/** Load time and size of the gazetteer (loads it if needed), for benchmarks. */
export function gazetteerLoadStats(): GazetteerStats {
  getGazetteer();
  return stats!;
}

function now(): number {
  const p = (globalThis as { performance?: { now(): number } }).performance;
  return p ? p.now() : Date.now();
}
