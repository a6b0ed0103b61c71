// Article text is untrusted: a Markdown export is pasted into wikis, PRs and
// preview panes that render HTML, so nothing taken from the text may open a
// tag, a link, an image, a code span, emphasis or a table cell.

const LINE_BREAKS = /\r\n|[\n\v\f\r\x85\u2028\u2029]/g;
// Characters with inline meaning in CommonMark/GFM (incl. `$` for math and
// `~` for strike-through); all are ASCII punctuation, so a backslash makes
// them literal.
const INLINE = /[\\`*_[\]()|~$!#{}]/g;
// At the start of a cell or list item these would open a block
// (bullet list, heading underline, ordered list); ">" is already an entity.
const BLOCK_START = /^(?:[-+=]|\d+[.)])/;

/** Escapes text for one Markdown line (a table cell, a list item): line
 *  breaks become spaces, HTML-significant characters become entities, the
 *  rest of Markdown's syntax is backslash-escaped. */
export function escapeMarkdownInline(text: string): string {
  let s = text
    .replace(LINE_BREAKS, ' ')
    .replace(/\t/g, ' ')
    // Control characters are invisible and some renderers choke on them.
    .replace(/[\x00-\x08\x0e-\x1f\x7f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(INLINE, (c) => '\\' + c)
    .trim();
  s = s.replace(BLOCK_START, (m) => m.slice(0, -1) + '\\' + m.slice(-1));
  return s;
}
