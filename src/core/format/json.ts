// The JSON export: the prediction shape of ANNOTATION.md (what
// /work/shared/eval/score.mjs reads: entities[].kind/start/end and
// claims[].start/end/source) with the rest of the analysis riding along, so
// one file serves both the scorer and people who want the metadata.
import type {
  Analysis,
  ClaimKind,
  Dateline,
  Entity,
  EntityKind,
  Lang,
  NameMeta,
  NumberMeta,
  PlaceMeta,
  SourceMeta,
  SourceRecord,
  Span,
  Statement,
  TextSpan,
} from '../model';

export interface PredictedEntity {
  kind: EntityKind;
  start: number;
  end: number;
  text: string;
  /** Analysis.entities index; sources[].mentions and statements[].numbers refer to it. */
  id: number;
  meta: PlaceMeta | NumberMeta | SourceMeta | NameMeta;
}

export interface PredictedClaim {
  start: number;
  end: number;
  text: string;
  source: string;
  cue: string;
  kind: ClaimKind;
  id: number;
  meta: {
    sourceIds: number[];
    via?: string[];
    sourceSpan?: TextSpan;
    cueSpan: Span;
    /** Zero-based, like the model. */
    line: number;
  };
}

export interface Prediction {
  /** Only set by callers that print several files as JSON lines. */
  file?: string;
  version: 1;
  language: Lang;
  dateline?: Dateline;
  entities: PredictedEntity[];
  claims: PredictedClaim[];
  sources: SourceRecord[];
  statements: Statement[];
  stats: Analysis['stats'];
}

function entityOut(e: Entity): PredictedEntity {
  return { kind: e.kind, start: e.start, end: e.end, text: e.text, id: e.id, meta: e.meta };
}

export function toPrediction(analysis: Analysis, file?: string): Prediction {
  // Key order is chosen for people reading the output: where it came from,
  // then the scored arrays, then the cross-reference tables.
  const out: Prediction = {
    ...(file !== undefined ? { file } : {}),
    version: analysis.version,
    language: analysis.language,
    ...(analysis.dateline ? { dateline: analysis.dateline } : {}),
    entities: analysis.entities.map(entityOut),
    claims: analysis.claims.map((c) => ({
      start: c.start,
      end: c.end,
      text: c.text,
      source: c.source,
      cue: c.cue,
      kind: c.kind,
      id: c.id,
      meta: {
        sourceIds: c.sourceIds,
        ...(c.via ? { via: c.via } : {}),
        ...(c.sourceSpan ? { sourceSpan: c.sourceSpan } : {}),
        cueSpan: c.cueSpan,
        line: c.line,
      },
    })),
    sources: analysis.sources,
    statements: analysis.statements,
    stats: analysis.stats,
  };
  return out;
}

export interface JsonOptions {
  /** Indent with two spaces (default) or print one line (for JSON lines). */
  pretty?: boolean;
  file?: string;
}

export function toJson(analysis: Analysis, options: JsonOptions = {}): string {
  const pred = toPrediction(analysis, options.file);
  return options.pretty === false ? JSON.stringify(pred) : JSON.stringify(pred, null, 2);
}

// Array elements stringified together: enough that JSON.stringify's own speed counts, few
// enough that no piece grows to megabytes.
const BATCH = 2048;

/**
 * toJson's text in pieces that join to exactly that text. A writer sends them one by one, so
 * a large analysis is never one string: the engine would have to flatten it and encode it
 * whole, some 250 ms on a 5 MB article's 30 MB of JSON.
 */
export function toJsonPieces(analysis: Analysis, options: JsonOptions = {}): string[] {
  const pred = toPrediction(analysis, options.file);
  const gap = options.pretty === false ? undefined : 2;
  const nl = gap ? '\n' : '';
  const indent = gap ? '  ' : '';
  const pieces: string[] = ['{'];
  let sep = '';
  for (const [key, value] of Object.entries(pred)) {
    if (value === undefined) continue;
    // Each key is stringified in an object of its own, at the depth it has in the whole:
    // `{` nl indent "key": value nl `}`. Only the braces (and the line break before the
    // closing one) are cut off.
    if (!Array.isArray(value) || value.length <= BATCH) {
      const s = JSON.stringify({ [key]: value }, null, gap);
      pieces.push(sep + s.slice(1, s.length - 1 - nl.length));
    } else {
      // A long array, batch by batch: its elements come out as they do in the whole, and
      // each batch loses the text around them: `{` nl indent "key": `[` and nl indent `]` nl `}`.
      const head = 1 + nl.length + indent.length + JSON.stringify(key).length + (gap ? 2 : 1) + 1;
      const tail = nl.length + indent.length + 1 + nl.length + 1;
      for (let i = 0; i < value.length; i += BATCH) {
        const s = JSON.stringify({ [key]: value.slice(i, i + BATCH) }, null, gap);
        pieces.push(i === 0 ? sep + s.slice(1, s.length - tail) : ',' + s.slice(head, s.length - tail));
      }
      pieces.push(nl + indent + ']');
    }
    sep = ',';
  }
  pieces.push(nl + '}');
  return pieces;
}
