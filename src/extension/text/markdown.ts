// Markdown for hovers and tooltips. Everything taken from the article is
// escaped so that it reads as text: no links, images, HTML, emphasis, code,
// theme icons or auto-links (a URL or an e-mail address in a quote must not
// become clickable). Only Kilde's own commands may be linked.
import * as vscode from 'vscode';
import { oneLine } from './snippet';

/** Commands a Kilde hover may link to; nothing else is trusted. */
export const LINKABLE_COMMANDS = ['kilde.revealClaim', 'kilde.revealRange', 'kilde.review.setVerdict', 'kilde.review.editNote'] as const;

// CommonMark lets a backslash escape any ASCII punctuation, and an escaped
// character starts nothing. Escaped everywhere: what opens emphasis, code,
// links, images, HTML, entities, strike-through, tables and theme icons.
const INLINE = /[\\`*_[\]<>&|~$@]/g;
// Escaped only where they mean something, so figures like 340.000 and names
// like Sør-Korea stay readable in the Markdown source: a list, heading or
// quote at the start, and the starts of GFM auto-links (https://, www.).
const LINE_START = /^(\d{1,9})([.)])(?=\s|$)|^([-+#=>])/;
const AUTOLINK = /(:)(\/\/)|\b(www)(\.)/gi;

/** Article text as one line of literal Markdown text. */
export function esc(text: string): string {
  return oneLine(text)
    .replace(INLINE, '\\$&')
    .replace(AUTOLINK, (_m, colon, slashes, www, dot) => (colon ? `\\${colon}${slashes}` : `${www}\\${dot}`))
    .replace(LINE_START, (_m, digits, mark, sign) => (digits ? `${digits}\\${mark}` : `\\${sign}`));
}

/** A MarkdownString that renders no HTML, no theme icons and runs only Kilde's reveal commands. */
export function kildeMarkdown(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.supportHtml = false;
  md.isTrusted = { enabledCommands: [...LINKABLE_COMMANDS] };
  return md;
}

/** A plain MarkdownString for tooltips: no command links at all. */
export function plainMarkdown(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.supportHtml = false;
  return md;
}

/**
 * Escaped Markdown as the text of a link. marked (which renders hovers in
 * VS Code) removes the backslash from \[ and \] inside link text before it
 * reads that text again, so "\[x\](command:…)" in a quote would become a
 * link inside the link, and "!\[i\](https://…)" an image fetched from the
 * web. Character references stay brackets on screen and start nothing.
 */
function linkText(escaped: string): string {
  return escaped.replace(/\\([\s\S])/g, (pair, c: string) => (c === '[' ? '&#91;' : c === ']' ? '&#93;' : pair));
}

/** `[label](command:id?args)`; `label` is Markdown already escaped by the caller. */
export function commandLink(label: string, command: (typeof LINKABLE_COMMANDS)[number], args: unknown[], title?: string): string {
  // encodeURIComponent leaves ( ) ' ! * alone; an unbalanced parenthesis would end the link early.
  const query = encodeURIComponent(JSON.stringify(args)).replace(/[()'!*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  const t = title ? ` "${title.replace(/["\\]/g, '')}"` : '';
  return `[${linkText(label)}](command:${command}?${query}${t})`;
}

/** An https link with a fixed, Kilde-made URL (never article text). */
export function webLink(label: string, url: string): string {
  return `[${linkText(label)}](${url.replace(/[()\s]/g, encodeURIComponent)})`;
}
