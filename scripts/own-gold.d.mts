// Types for scripts/own-gold.mjs, which test/unit/accuracy.test.ts uses.
export interface OwnGold {
  text: string;
  kinds: string[];
  entities: Array<{ kind: string; start: number; end: number; text: string; optional: boolean }>;
  claims: Array<{ start: number; end: number; text: string; source: string | null; cue: string; kind: string; content: [number, number] }>;
}
export function parseMarked(marked: string, name: string): { text: string; gold: OwnGold };
