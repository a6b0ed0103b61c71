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
