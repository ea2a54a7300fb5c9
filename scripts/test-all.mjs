#!/usr/bin/env node
// `npm test`: every check the project has, stopping at the first stage that fails.
//
//   1. typecheck   tsc -p tsconfig.json --noEmit      } all four at the same time: none needs
//   2. lint        eslint . (cached: eslintCacheArgs) }  another's result (no unit test reads
//   3. build       vite build                         }  dist/). The unit tests' output streams
//   4. unit        vitest run                         }  through; the other three's is shown as each ends
//   5. browser     vitest run -c vitest.e2e.config.ts (Chromium against `vite preview` of dist/)
//
// Why the unit tests run beside the three checks rather than after them: it is all CPU work and
// none needs another's result. Run in turn, the checks' stage ends with one process on one core
// (typecheck or lint), and the unit tests end with the decoders' files, two at a time, one long
// file ending after the other; side by side they fill each other's gaps. Measured on the 2-core
// machine, shared, load 6-10, two alternated pairs (checks then unit tests / all four at once):
// 341 -> 298 s and 209 -> 174 s. If a check fails, the unit tests still finish (their result is
// reported too), and the browser step does not run.
//
// Before step 5 it finds Chromium (CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser),
// and decides how many browser test files run at a time from the cores left idle just before it (filesAtOnce).
// If there is none it installs Debian's package when it can (root, apt-get present); otherwise it
// stops with instructions. It never skips the browser tests silently.
//
// Before step 4 it checks for GNU parallel (a test runs a sharded batch through it) in the same
// way: installs Debian's `parallel` when it can, otherwise stops and says how to get it.
//
// The test steps' output streams through as they run. The last line is "N passed, N failed", where N counts
// individual tests for the two test steps (read from vitest's JSON report) and one check for each
// other step. The exit code is the first failing step's, or 0.

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

const bin = (name) => join(ROOT, 'node_modules', '.bin', name);

/** vitest arguments that also write a JSON report we can count tests from. */
const vitestWithReport = (reportFile, extra = []) => [
  'run',
  ...extra,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${reportFile}`,
];

/**
 * ESLint's cache, for `npm test` (not `npm run lint`): a file whose text has not changed since the
 * last run keeps its results (--cache-strategy content), and only changed files are linted again.
 * Every rule here looks at one file at a time (none reads another file or type information), so
 * a file's results depend only on its text and the rules. ESLint's own check of the rules in its
 * cache covers the configuration's options, not the code of this repository's rules
 * (scripts/lint/) or the plugins' versions, so the cache file is named by a digest of those:
 * eslint.config.js, scripts/lint/*.js and package-lock.json; a change to any of them starts a new
 * cache (older ones are deleted). Measured on the shared 2-core machine: the whole lint 25-30 s of
 * CPU, again with nothing changed 1.7 s. A fresh checkout (CI) pays the whole lint once.
 */
function eslintCacheArgs() {
  const dir = join(ROOT, 'node_modules', '.cache', 'eslint');
  const rules = readdirSync(join(ROOT, 'scripts', 'lint')).filter((f) => f.endsWith('.js')).sort().map((f) => join('scripts', 'lint', f));
  const digest = createHash('sha256');
  for (const file of ['eslint.config.js', 'package-lock.json', ...rules]) digest.update(`${file}\0`).update(readFileSync(join(ROOT, file))).update('\0');
  const name = `${digest.digest('hex').slice(0, 16)}.json`;
  mkdirSync(dir, { recursive: true });
  for (const old of readdirSync(dir)) if (old !== name) rmSync(join(dir, old), { force: true });
  return ['--cache', '--cache-strategy', 'content', '--cache-location', join(dir, name)];
}

const UNIT_REPORT = join(ARTIFACTS, 'unit-results.json');
const E2E_REPORT = join(ARTIFACTS, 'e2e-results.json');

/**
 * Steps in one inner list run at the same time; the lists run in order. In a list, the step marked
 * `streamed` (one at most) shows its output as it comes; the others' is held and shown as each ends.
 */
const STEPS = [
  [
    { name: 'typecheck', command: bin('tsc'), args: ['-p', 'tsconfig.json', '--noEmit'] },
    { name: 'lint', command: bin('eslint'), args: ['.', ...eslintCacheArgs()] },
    { name: 'build', command: bin('vite'), args: ['build'] },
    { name: 'unit tests', command: bin('vitest'), args: vitestWithReport(UNIT_REPORT), report: UNIT_REPORT, prepare: ensureParallel, streamed: true },
  ],
  {
    name: 'browser tests',
    command: bin('vitest'),
    args: vitestWithReport(E2E_REPORT, ['--config', 'vitest.e2e.config.ts']),
    report: E2E_REPORT,
    prepare: ensureChromium,
  },
];

function banner(text) {
  console.log(`\n━━ ${text} ${'━'.repeat(Math.max(0, 70 - text.length))}`);
}

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env });
  if (result.error) {
    console.error(`Could not start ${command}: ${result.error.message}`);
    return 127;
  }
  if (result.status !== null) return result.status;
  console.error(`${command} was stopped by signal ${result.signal}`);
  return 1;
}

function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** Returns the environment for the browser step, or an exit code when Chromium cannot be had. */
function ensureChromium() {
  let found = findChromium();
  if (!found && process.env.CHROMIUM_PATH) {
    console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but no such file exists.`);
    return { code: 1 };
  }
  if (!found) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (isRoot && existsSync('/usr/bin/apt-get')) {
      console.log('No Chromium found: installing Debian’s chromium package (apt-get, about a minute).');
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      const code = run('apt-get', ['update'], env) || run('apt-get', ['install', '-y', 'chromium'], env);
      if (code !== 0) {
        console.error('Installing Chromium with apt-get failed; see the output above.');
        return { code };
      }
      found = findChromium();
    }
  }
  if (!found) {
    console.error(
      [
        'The browser tests need Chromium, and none was found.',
        `Looked at: CHROMIUM_PATH (unset), ${CHROMIUM_CANDIDATES.join(', ')}.`,
        'Install it, then run `npm test` again:',
        '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
        '  elsewhere:      install Chromium or Chrome and set CHROMIUM_PATH=/path/to/the/binary',
      ].join('\n'),
    );
    return { code: 1 };
  }
  console.log(`Chromium: ${found}`);
  return { env: { ...process.env, CHROMIUM_PATH: found, E2E_FILES_AT_ONCE: String(filesAtOnce()) } };
}

/** How long the cores are watched, just before the browser step, to see how many are free. */
const IDLE_SAMPLE_MS = 2_000;

/** Cores left idle over the last IDLE_SAMPLE_MS (os.cpus() times: user, nice, sys, irq, idle). */
function idleCores() {
  const read = () => cpus().map((c) => c.times);
  const before = read();
  // A short blocking wait is fine here: nothing else of ours runs between the steps.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, IDLE_SAMPLE_MS);
  const after = read();
  let idle = 0;
  let total = 0;
  after.forEach((t, i) => {
    const b = before[i];
    if (!b) return;
    idle += t.idle - b.idle;
    total += t.user - b.user + t.nice - b.nice + t.sys - b.sys + t.irq - b.irq + t.idle - b.idle;
  });
  return total > 0 ? (idle / total) * after.length : after.length;
}

/**
 * How many browser test files run side by side (vitest.e2e.config.ts): two when the cores are
 * free just before the browser step, one when other work keeps them busy. Free means at least
 * all but half a core idle over IDLE_SAMPLE_MS, measured between the steps, when none of ours
 * runs. (The one-minute load average, used before, still counted this run's own unit tests and
 * whatever ran just before `npm test`, such as `npm ci` on a CI machine, so a 2-core CI machine
 * idle by the browser step could still get one file at a time.) E2E_FILES_AT_ONCE set by the
 * caller wins.
 */
function filesAtOnce() {
  const asked = Number(process.env.E2E_FILES_AT_ONCE);
  if (Number.isInteger(asked) && asked >= 1) return asked;
  const cores = availableParallelism();
  // (os.cpus() may list a container's host cores: more idle ones than we may use count as ours.)
  const idle = Math.min(cores, idleCores());
  const n = cores >= 2 && idle >= cores - 0.5 ? 2 : 1;
  console.log(`Browser test files at a time: ${n} (${idle.toFixed(1)} of ${cores} cores idle just before the browser tests; load average ${loadavg()[0].toFixed(1)})`);
  return n;
}

function hasParallel() {
  const found = spawnSync('parallel', ['--version'], { encoding: 'utf8' });
  return !found.error && found.status === 0 && found.stdout.startsWith('GNU parallel');
}

/** Returns the environment for the unit tests, or an exit code when GNU parallel cannot be had. */
function ensureParallel() {
  if (!hasParallel()) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (isRoot && existsSync('/usr/bin/apt-get')) {
      console.log('GNU parallel not found: installing Debian’s parallel package (apt-get).');
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      const code = run('apt-get', ['update'], env) || run('apt-get', ['install', '-y', 'parallel'], env);
      if (code !== 0) {
        console.error('Installing GNU parallel with apt-get failed; see the output above.');
        return { code };
      }
    }
  }
  if (!hasParallel()) {
    console.error(
      [
        'The unit tests need GNU parallel (tests/shard-parallel.test.ts runs a sharded batch through it), and it was not found.',
        'Install it, then run `npm test` again:',
        '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y parallel',
        '  macOS:          brew install parallel',
      ].join('\n'),
    );
    return { code: 1 };
  }
  return { env: process.env };
}

/** Passed/failed test counts from a vitest JSON report, or null if there is none to read. */
function readReport(file) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    return { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0 };
  } catch {
    return null;
  }
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Runs a command with its output collected, and prints the output when it ends (for steps run side by side). */
function runCollected(command, args, env = process.env) {
  return new Promise((resolveRun) => {
    const chunks = [];
    let child;
    try {
      child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      resolveRun({ code: 127, output: `Could not start ${command}: ${error.message}\n` });
      return;
    }
    child.stdout.on('data', (c) => chunks.push(c));
    child.stderr.on('data', (c) => chunks.push(c));
    child.on('error', (error) => resolveRun({ code: 127, output: `Could not start ${command}: ${error.message}\n` }));
    child.on('close', (code, signal) => {
      const output = Buffer.concat(chunks).toString('utf8');
      resolveRun(code !== null ? { code, output } : { code: 1, output: `${output}${command} was stopped by signal ${signal}\n` });
    });
  });
}

/** Runs a command with its output streamed through, without blocking the steps running beside it. */
function runStreamed(command, args, env = process.env) {
  return new Promise((resolveRun) => {
    let child;
    try {
      child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
    } catch (error) {
      console.error(`Could not start ${command}: ${error.message}`);
      resolveRun(127);
      return;
    }
    child.on('error', (error) => {
      console.error(`Could not start ${command}: ${error.message}`);
      resolveRun(127);
    });
    child.on('close', (code, signal) => {
      if (code === null) console.error(`${command} was stopped by signal ${signal}`);
      resolveRun(code ?? 1);
    });
  });
}

/** One step: prepare, run (streamed, or collected when side by side), count. */
async function runStep(step, { collected }) {
  const started = Date.now();
  let env = process.env;
  let code = 0;
  if (step.report) rmSync(step.report, { force: true });
  if (step.prepare) {
    const prepared = step.prepare();
    if (prepared.code !== undefined) code = prepared.code;
    else env = prepared.env;
  }
  let output = '';
  if (code === 0) {
    if (collected) ({ code, output } = await runCollected(step.command, step.args, env));
    else code = await runStreamed(step.command, step.args, env);
  }
  const elapsed = seconds(Date.now() - started);
  // A held output is shown as soon as its step ends, while the others go on.
  if (collected) {
    console.log(`── ${step.name} (${elapsed}, exit ${code})`);
    if (output) process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
  }
  return { step, code, elapsed };
}

async function main() {
  mkdirSync(ARTIFACTS, { recursive: true });
  let passed = 0;
  let failed = 0;
  let exitCode = 0;
  const lines = [];
  const stages = STEPS.map((s) => (Array.isArray(s) ? s : [s]));
  const total = stages.flat().length;
  let number = 0;

  for (const [index, stage] of stages.entries()) {
    const first = number + 1;
    number += stage.length;
    const names = stage.map((s) => s.name).join(' and ');
    banner(`${first === number ? first : `${first}–${number}`}/${total} ${names}${stage.length > 1 ? ' (side by side)' : ''}`);
    const outcomes = await Promise.all(stage.map((step) => runStep(step, { collected: stage.length > 1 && !step.streamed })));
    let stageCode = 0;
    for (const { step, code, elapsed } of outcomes) {
      const counts = step.report ? readReport(step.report) : null;
      if (counts) {
        passed += counts.passed;
        failed += counts.failed;
        // A non-zero exit with no failed test (an unhandled error, no test files…) still fails.
        if (code !== 0 && counts.failed === 0) failed += 1;
        lines.push(`${code === 0 ? 'ok  ' : 'FAIL'} ${step.name}: ${counts.passed} passed, ${counts.failed} failed (${elapsed})`);
      } else {
        if (code === 0) passed += 1;
        else failed += 1;
        lines.push(`${code === 0 ? 'ok  ' : 'FAIL'} ${step.name} (${elapsed})`);
      }
      if (code !== 0 && stageCode === 0) stageCode = code;
    }

    if (stageCode !== 0) {
      exitCode = stageCode;
      const skipped = stages.slice(index + 1).flat().map((s) => s.name);
      if (skipped.length) lines.push(`not run: ${skipped.join(', ')}`);
      break;
    }
  }

  banner('summary');
  for (const line of lines) console.log(line);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = exitCode;
}

await main();
