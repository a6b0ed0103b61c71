#!/usr/bin/env node
// Checks that the translations are complete and that nothing stale is left in them:
//
//   1. every %key% used in package.json exists in package.nls.json;
//   2. every package.nls.<locale>.json has exactly the keys of package.nls.json;
//   3. every l10n/bundle.l10n.<locale>.json has exactly the messages of the
//      vscode.l10n.t(...) calls in src/extension/** (string literals, or
//      { message, comment } objects, keyed the way VS Code looks them up);
//   4. a translation keeps the {0}/{name} placeholders of its English text.
//
// usage: node scripts/l10n-check.mjs [--list]
//   --list  also print every l10n.t message found in the sources, with its location
// Exit 0 when everything matches, 1 on any mismatch, 2 on an unreadable file.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rel = (p) => relative(root, p) || '.';
const SOURCES = [join(root, 'src/extension')];
const L10N_DIR = join(root, 'l10n');
const list = process.argv.includes('--list');

const problems = [];
const warnings = [];

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    console.error(`l10n-check: cannot read ${rel(file)}: ${err.message}`);
    process.exit(2);
  }
}

/** The English (or translated) text of an nls/bundle entry: a string or { message, comment }. */
function text(value) {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof value.message === 'string') return value.message;
  return undefined;
}

function placeholders(s) {
  return [...new Set(s.match(/\{[^{}\s]+\}/g) ?? [])].sort();
}

/** Compares the keys of a translation with the English ones. */
function compare(label, english, translated, translatedFile) {
  const en = new Set(english.keys());
  const tr = new Set(Object.keys(translated));
  const missing = [...en].filter((k) => !tr.has(k));
  const extra = [...tr].filter((k) => !en.has(k));
  for (const k of missing) problems.push(`${label}: missing in ${rel(translatedFile)}: ${JSON.stringify(k)}`);
  for (const k of extra) problems.push(`${label}: extra in ${rel(translatedFile)} (not used any more?): ${JSON.stringify(k)}`);
  for (const k of [...en].filter((k) => tr.has(k))) {
    const t = text(translated[k]);
    if (t === undefined || t.trim() === '') {
      problems.push(`${label}: empty or invalid translation in ${rel(translatedFile)}: ${JSON.stringify(k)}`);
      continue;
    }
    const want = placeholders(english.get(k));
    const got = placeholders(t);
    if (want.join() !== got.join()) {
      problems.push(`${label}: placeholders differ for ${JSON.stringify(k)} in ${rel(translatedFile)}: ${want.join(' ') || 'none'} vs ${got.join(' ') || 'none'}`);
    }
  }
  return { missing: missing.length, extra: extra.length, total: en.size };
}

// ------------------------------------------------------------- package.nls
function checkManifest() {
  const nlsFile = join(root, 'package.nls.json');
  if (!existsSync(nlsFile)) {
    problems.push('package.nls.json does not exist');
    return;
  }
  const nls = readJson(nlsFile);
  const english = new Map();
  for (const [k, v] of Object.entries(nls)) {
    if (text(v) === undefined) problems.push(`package.nls.json: ${JSON.stringify(k)} is not a string or { message }`);
    else english.set(k, text(v));
  }

  // %key% references in package.json (anywhere: contributes, displayName, description).
  const used = new Set();
  const walk = (v) => {
    if (typeof v === 'string') {
      const m = /^%(.+)%$/.exec(v);
      if (m) used.add(m[1]);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(readJson(join(root, 'package.json')));
  for (const k of used) if (!english.has(k)) problems.push(`package.json uses %${k}% but package.nls.json lacks it`);
  for (const k of english.keys()) if (!used.has(k)) warnings.push(`package.nls.json: ${JSON.stringify(k)} is not used in package.json`);

  const locales = readdirSync(root).filter((f) => /^package\.nls\.[\w-]+\.json$/.test(f));
  if (!locales.length) problems.push('no package.nls.<locale>.json translations found');
  for (const f of locales) {
    const r = compare('manifest', english, readJson(join(root, f)), join(root, f));
    console.log(`manifest: ${f}: ${r.total - r.missing} of ${r.total} keys translated, ${r.extra} extra`);
  }
}

// ------------------------------------------------------------- vscode.l10n.t
function sourceFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(name) && !/\.d\.ts$/.test(name) ? [p] : [];
  });
}

/** `l10n.t` or `vscode.l10n.t` (any qualifier ending in l10n.t). */
function isL10nT(expr) {
  return (
    ts.isPropertyAccessExpression(expr) &&
    expr.name.text === 't' &&
    ((ts.isIdentifier(expr.expression) && expr.expression.text === 'l10n') ||
      (ts.isPropertyAccessExpression(expr.expression) && expr.expression.name.text === 'l10n'))
  );
}

function literal(node) {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
}

/** message -> locations, keyed like vscode.l10n.t: `message`, or `message/comment` when a comment is given. */
function collectMessages() {
  const messages = new Map();
  for (const file of SOURCES.flatMap(sourceFiles)) {
    const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (ts.isCallExpression(node) && isL10nT(node.expression)) {
        const { line, character } = src.getLineAndCharacterOfPosition(node.getStart(src));
        const where = `${rel(file)}:${line + 1}:${character + 1}`;
        const arg = node.arguments[0];
        let key = literal(arg);
        if (key === undefined && arg && ts.isObjectLiteralExpression(arg)) {
          const prop = (name) => arg.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText(src) === name)?.initializer;
          const message = literal(prop('message'));
          const commentNode = prop('comment');
          let comment = literal(commentNode);
          if (commentNode && ts.isArrayLiteralExpression(commentNode)) {
            const parts = commentNode.elements.map(literal);
            comment = parts.every((p) => p !== undefined) ? parts.join('') : undefined;
          }
          if (message !== undefined && (!commentNode || comment !== undefined)) key = comment ? `${message}/${comment}` : message;
        }
        if (key === undefined) problems.push(`${where}: l10n.t without a literal message cannot be checked: ${node.getText(src).slice(0, 80)}`);
        else {
          if (!messages.has(key)) messages.set(key, []);
          messages.get(key).push(where);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(src);
  }
  return messages;
}

function checkBundles() {
  const messages = collectMessages();
  if (list) for (const [m, where] of messages) console.log(`  ${JSON.stringify(m)}  (${where.join(', ')})`);
  // The key is the English text (for `message/comment` keys the comment rarely holds braces).
  const english = new Map([...messages.keys()].map((k) => [k, k]));
  const bundles = existsSync(L10N_DIR) ? readdirSync(L10N_DIR).filter((f) => /^bundle\.l10n\.[\w-]+\.json$/.test(f)) : [];
  if (!bundles.length && messages.size) problems.push(`no l10n/bundle.l10n.<locale>.json for ${messages.size} l10n.t messages`);
  for (const f of bundles) {
    const r = compare('l10n', english, readJson(join(L10N_DIR, f)), join(L10N_DIR, f));
    console.log(`l10n: ${f}: ${r.total - r.missing} of ${r.total} messages translated, ${r.extra} extra`);
  }
  if (existsSync(join(L10N_DIR, 'bundle.l10n.json'))) {
    warnings.push('l10n/bundle.l10n.json exists: VS Code uses the source strings for English; keep it in sync or delete it');
  }
}

checkManifest();
checkBundles();
for (const w of warnings) console.log(`warning: ${w}`);
for (const p of problems) console.error(`error: ${p}`);
console.log(problems.length ? `l10n-check: ${problems.length} problem(s)` : 'l10n-check: ok');
process.exit(problems.length ? 1 : 0);
