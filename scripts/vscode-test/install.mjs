#!/usr/bin/env node
// Setup for the real-VS-Code integration tests (see README.md beside this file).
// Idempotent; one line per step; non-zero exit with a clear message on error.
//
//   1. Debian packages: chromium (headless browser), libkrb5-dev (code-server's
//      `kerberos` module builds from source), ripgrep (see 2), and a C++
//      toolchain + python3 for node-gyp if those are missing. `apt-get update`
//      runs once, and only when something has to be installed.
//   2. The ripgrep cache: @vscode/ripgrep (inside code-server) downloads rg from
//      GitHub unless it finds the release tarball in its cache folder under
//      $TMPDIR; we put a tarball of Debian's /usr/bin/rg there.
//   3. code-server@4.100.3 (ships VS Code 1.100.3, the newest that runs on
//      Node 20) into the git-ignored .vscode-test/code-server/.
// A stamp file records a finished install; later calls only re-check step 1.
//
// usage: node scripts/vscode-test/install.mjs [--force]
// API:   import { install, CODE_SERVER_ENTRY } from './install.mjs'

import { spawnSync } from 'node:child_process';
import {
  existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync,
} from 'node:fs';
import { arch, platform } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
// Pinned by code-server 4.100.3's lib/vscode/npm-shrinkwrap.json.
const RIPGREP_PKG_VERSION = '1.15.11';
const RIPGREP_RELEASE = 'v13.0.0-10';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE_DIR = join(root, '.vscode-test');
export const INSTALL_DIR = join(CACHE_DIR, 'code-server');
export const CODE_SERVER_ENTRY = join(INSTALL_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const STAMP = join(INSTALL_DIR, '.kilde-install-stamp.json');
const LOCK = join(CACHE_DIR, 'install.lock');
export const CHROMIUM = '/usr/bin/chromium';

const rel = (p) => relative(process.cwd(), p) || '.';

class InstallError extends Error {}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: opts.capture ? 'pipe' : 'inherit', encoding: 'utf8', ...opts });
  if (r.error) throw new InstallError(`${cmd}: ${r.error.message}`);
  return r;
}

function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

function dpkgInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${db:Status-Abbrev}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.startsWith('ii');
}

// ---------------------------------------------------------------- step 1
function ensureDebianPackages(log) {
  if (platform() !== 'linux' || !existsSync('/usr/bin/dpkg-query')) {
    throw new InstallError('this harness needs a Debian/Ubuntu machine (dpkg + apt-get)');
  }
  const wanted = ['chromium', 'libkrb5-dev', 'ripgrep'];
  // node-gyp's toolchain, usually present already (checked by command, not package).
  if (!onPath('make') || !onPath('g++')) wanted.push('build-essential');
  if (!onPath('python3')) wanted.push('python3');
  const missing = wanted.filter((p) => !dpkgInstalled(p));
  if (missing.length === 0) {
    log(`apt: ${wanted.join(', ')} present`);
    return;
  }
  if (process.getuid && process.getuid() !== 0) {
    throw new InstallError(
      `missing Debian packages: ${missing.join(' ')}; run as root or: sudo apt-get install -y ${missing.join(' ')}`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  log('apt: apt-get update');
  let r = run('apt-get', ['update', '-qq'], { env, capture: true });
  if (r.status !== 0) throw new InstallError(`apt-get update failed:\n${r.stderr || r.stdout}`);
  log(`apt: installing ${missing.join(' ')}`);
  r = run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env, capture: true });
  if (r.status !== 0) throw new InstallError(`apt-get install ${missing.join(' ')} failed:\n${r.stderr || r.stdout}`);
  const still = missing.filter((p) => !dpkgInstalled(p));
  if (still.length) throw new InstallError(`apt-get did not install: ${still.join(' ')}`);
}

// ---------------------------------------------------------------- step 2
function ripgrepTarget() {
  const a = process.env.npm_config_arch || arch();
  if (a === 'x64') return 'x86_64-unknown-linux-musl';
  if (a === 'arm64') return 'aarch64-unknown-linux-musl';
  throw new InstallError(`unsupported CPU architecture for the ripgrep cache: ${a}`);
}

function prepareRipgrepCache(tmpDir, log) {
  const rg = '/usr/bin/rg';
  if (!existsSync(rg)) throw new InstallError(`${rg} not found (Debian package ripgrep)`);
  const dir = join(tmpDir, `vscode-ripgrep-cache-${RIPGREP_PKG_VERSION}`);
  const tarball = join(dir, `ripgrep-${RIPGREP_RELEASE}-${ripgrepTarget()}.tar.gz`);
  mkdirSync(dir, { recursive: true });
  const r = run('tar', ['czf', tarball, '-C', dirname(rg), 'rg'], { capture: true });
  if (r.status !== 0) throw new InstallError(`tar of ${rg} failed: ${r.stderr}`);
  log(`ripgrep: cache ${rel(tarball)} from ${rg}`);
}

// ---------------------------------------------------------------- step 3
function readStamp() {
  try {
    return JSON.parse(readFileSync(STAMP, 'utf8'));
  } catch {
    return null;
  }
}

function stampMatches() {
  const s = readStamp();
  return !!s && s.codeServer === CODE_SERVER_VERSION
    && s.nodeMajor === process.versions.node.split('.')[0]
    && s.arch === arch()
    && existsSync(CODE_SERVER_ENTRY);
}

function installCodeServer(log) {
  const started = Date.now();
  // A previous, unfinished attempt: start over.
  rmSync(INSTALL_DIR, { recursive: true, force: true });
  mkdirSync(INSTALL_DIR, { recursive: true });
  writeFileSync(join(INSTALL_DIR, 'package.json'),
    `${JSON.stringify({ name: 'kilde-vscode-test-tools', private: true, description: 'generated by scripts/vscode-test/install.mjs' }, null, 2)}\n`);
  const tmpDir = join(CACHE_DIR, 'tmp');
  mkdirSync(tmpDir, { recursive: true });
  prepareRipgrepCache(tmpDir, log);

  const env = {
    ...process.env,
    TMPDIR: tmpDir, // where @vscode/ripgrep looks for its cache
    npm_config_unsafe_perm: 'true', // code-server's postinstall insists on it as root
    npm_config_yes: 'true', // node-gyp via npx without a prompt
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    // npm >= 11.x blocks dependency install scripts unless allowed. code-server
    // is useless without its scripts: its postinstall runs nested `npm install`s
    // in lib/vscode whose native modules (kerberos, node-pty, spdlog, watcher,
    // ripgrep, ...) must build. A package.json `allowScripts` would not reach
    // those nested installs and `--allow-scripts` is refused in project installs,
    // so allow them via env for this one install; every version involved is
    // pinned by code-server's npm-shrinkwrap.json files. (Older npm: ignored.)
    npm_config_dangerously_allow_all_scripts: 'true',
  };
  // node-gyp cannot download Node headers offline; Debian's nodejs ships them.
  if (existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr';
  // code-server's postinstall refuses other Node majors.
  if (process.versions.node.split('.')[0] !== '20') {
    throw new InstallError(`code-server ${CODE_SERVER_VERSION} needs Node 20; this is Node ${process.versions.node}`);
  }

  log(`code-server: npm install code-server@${CODE_SERVER_VERSION} into ${rel(INSTALL_DIR)} (about a minute)`);
  const logFile = join(CACHE_DIR, 'install.log');
  const r = run('npm', ['install', '--prefix', INSTALL_DIR, '--no-save', '--foreground-scripts',
    `code-server@${CODE_SERVER_VERSION}`], { env, capture: true, maxBuffer: 256 * 1024 * 1024 });
  writeFileSync(logFile, `${r.stdout}\n${r.stderr}`);
  if (r.status !== 0 || !existsSync(CODE_SERVER_ENTRY)) {
    const tail = `${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-25).join('\n');
    throw new InstallError(`npm install code-server@${CODE_SERVER_VERSION} failed (exit ${r.status}); full log: ${rel(logFile)}\n${tail}`);
  }
  // Check that the native modules the server loads were actually built.
  const vsMods = join(INSTALL_DIR, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules');
  const mustExist = [
    join(vsMods, '@vscode', 'ripgrep', 'bin', 'rg'),
    join(vsMods, 'node-pty', 'build', 'Release', 'pty.node'),
    join(vsMods, '@vscode', 'spdlog', 'build', 'Release', 'spdlog.node'),
  ];
  const absent = mustExist.filter((p) => !existsSync(p));
  if (absent.length) {
    throw new InstallError(`code-server installed but its native parts are missing (install scripts skipped?): ${absent.map(rel).join(', ')}; log: ${rel(logFile)}`);
  }
  writeFileSync(STAMP, `${JSON.stringify({
    codeServer: CODE_SERVER_VERSION,
    nodeMajor: process.versions.node.split('.')[0],
    arch: arch(),
    installedAt: new Date().toISOString(),
  }, null, 2)}\n`);
  rmSync(tmpDir, { recursive: true, force: true });
  log(`code-server: installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// Serialise concurrent installs (two test runs started at once).
async function withLock(fn, log) {
  mkdirSync(CACHE_DIR, { recursive: true });
  const deadline = Date.now() + 15 * 60 * 1000;
  let announced = false;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      let age = 0;
      try { age = Date.now() - statSync(LOCK).mtimeMs; } catch { continue; }
      if (age > 15 * 60 * 1000) { // a crashed installer's lock
        try { renameSync(LOCK, `${LOCK}.stale-${process.pid}`); rmSync(`${LOCK}.stale-${process.pid}`, { recursive: true, force: true }); } catch { /* raced */ }
        continue;
      }
      if (Date.now() > deadline) throw new InstallError(`timed out waiting for ${rel(LOCK)}; remove it if no install is running`);
      if (!announced) { log(`waiting for another install (${rel(LOCK)})`); announced = true; }
      await new Promise((res) => setTimeout(res, 1000));
    }
  }
  try {
    return fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/**
 * Make everything the harness needs available. Returns the code-server entry script.
 * @param {{ force?: boolean, log?: (line: string) => void }} [opts]
 */
export async function install({ force = false, log = (l) => console.log(`vscode-test install: ${l}`) } = {}) {
  ensureDebianPackages(log);
  if (!force && stampMatches()) {
    log(`code-server ${CODE_SERVER_VERSION}: already installed in ${rel(INSTALL_DIR)}`);
    return CODE_SERVER_ENTRY;
  }
  await withLock(() => {
    if (!force && stampMatches()) {
      log(`code-server ${CODE_SERVER_VERSION}: installed by another process`);
      return;
    }
    installCodeServer(log);
  }, log);
  return CODE_SERVER_ENTRY;
}

export { InstallError };

// ---------------------------------------------------------------- CLI
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== '--force');
  if (unknown.length) {
    console.error(`vscode-test install: unknown argument ${unknown[0]}\nusage: node scripts/vscode-test/install.mjs [--force]`);
    process.exit(2);
  }
  const t0 = Date.now();
  install({ force: args.includes('--force') }).then(() => {
    console.log(`vscode-test install: ready (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }, (e) => {
    console.error(`vscode-test install: ERROR: ${e instanceof InstallError ? e.message : e.stack || e}`);
    process.exit(1);
  });
}
