// Export formats. Pure string building: shared by the CLI and the VS Code
// extension (which may run them in a web worker).
export { toPrediction, toJson, toJsonPieces } from './json';
export type { Prediction, PredictedEntity, PredictedClaim, JsonOptions } from './json';
export { toBrat, fragments } from './brat';
export type { BratOptions } from './brat';
export { toMarkdown } from './markdown';
export type { MarkdownOptions } from './markdown';
export { escapeMarkdownInline } from './escape';
export { codePointMapper } from './codepoints';
