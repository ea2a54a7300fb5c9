/**
 * The command lines (simulate and sweep) under attack: odd numbers, odd flags, odd paths, odd
 * files. Every bad input ends with exit status 2 and one `error:` line that names the flag or field
 * and the value and says what is allowed; nothing else is printed, the model never runs, and no
 * stack trace or fault (exit status 1) appears. The table is run in-process; property tests then
 * throw generated argument lists at both parsers and at simulate as a whole.
 */
import { execFileSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runModel, type RunInput, type RunSummary } from '../models/index';
import { parseCliArgs, parseWhole } from '../scripts/cli/args';
import { CliError, describeFailure, MAX_ERROR_LINE } from '../scripts/cli/errors';
import { runCli } from '../scripts/cli/main';
import { parseSweepArgs } from '../scripts/sweep/args';
import { runSweepCli } from '../scripts/sweep/main';

const tmp = mkdtempSync(join(tmpdir(), 'crossings-attacks-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const OK = JSON.stringify({ formatVersion: 1, id: 'ok', title: 'OK' });
beforeAll(() => {
  const files: Record<string, string | Buffer> = {
    'ok.json': OK,
    'empty.json': '',
    'blank.json': '  \n\t',
    'bom-only.json': Buffer.from([0xef, 0xbb, 0xbf]),
    'latin1.json': Buffer.concat([Buffer.from('{"formatVersion":1,"id":"ok","title":"caf'), Buffer.from([0xe9]), Buffer.from('"}')]),
    'trailing.json': `${OK} and more`,
    'string.json': '"a scenario"',
    'true.json': 'true',
    'null.json': 'null',
    'array.json': '[]',
    'number.json': '42',
    'deep.json': `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    'long-text.json': JSON.stringify({ formatVersion: 1, id: 'ok', title: 'x'.repeat(2_500_000) }),
    'long-summary.json': JSON.stringify({ formatVersion: 1, id: 'ok', title: 'OK', summary: 'x'.repeat(1_000_000) }),
    'infinite.json': '{"formatVersion":1,"id":"ok","title":"OK","levers":{"enforcement.intensity":1e999}}',
    'string-number.json': '{"formatVersion":1,"id":"ok","title":"OK","months":"12"}',
    'bad-id.json': JSON.stringify({ formatVersion: 1, id: '../../etc/passwd', title: 'OK' }),
    'months-0.json': JSON.stringify({ formatVersion: 1, id: 'ok', title: 'OK', months: 0 }),
    'no-routes.json': JSON.stringify({ formatVersion: 1, id: 'ok', title: 'OK', routes: { shortSea: { enabled: false }, desertSea: { enabled: false }, air: { enabled: false } } }),
    'title-escape.json': JSON.stringify({ formatVersion: 1, id: 'ok', title: '\u001b]0;owned\u0007Title' }),
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(tmp, name), content);
  execFileSync('mkfifo', [join(tmp, 'fifo.json'), join(tmp, 'fifo')]);
  mkdirSync(join(tmp, 'folder.json'));
  symlinkSync('nowhere', join(tmp, 'dangling.json'));
  symlinkSync('ok.json', join(tmp, 'link.json'));
  linkSync(join(tmp, 'ok.json'), join(tmp, 'hard.json'));
});

const E = '\u001b';
const L = ['--lever', 'enforcement.intensity'];

/** [what, arguments, texts the one error line must contain]. */
const SIMULATE: [string, string[], string[]][] = [
  // Numbers
  ['exponent', ['--agents', '1e3'], ['--agents 1e3', 'whole number from 100 to 2,000,000']],
  ['hexadecimal', ['--agents', '0x10'], ['--agents 0x10', 'whole number']],
  ['minus zero seed', ['--seed', '-0'], ['--seed -0', 'from 0 to 4,294,967,295']],
  ['NaN', ['--seed', 'NaN'], ['--seed NaN']],
  ['Infinity', ['--months', 'Infinity'], ['--months Infinity', 'from 1 to 600']],
  ['plus sign', ['--agents', '+500'], ['--agents +500']],
  ['leading space', ['--agents', ' 500'], ['--agents " 500"']],
  ['full-width digits', ['--agents', '５００'], ['--agents "５００"']],
  ['decimal point', ['--months', '1.0'], ['--months 1.0', 'whole number']],
  ['just above the seed range', ['--seed', '4294967296'], ['--seed 4294967296']],
  ['400 digits', ['--seed', '9'.repeat(400)], ['--seed "999', 'more characters)"', 'whole number']],
  ['too many seeds', ['--seeds', '1001'], ['--seeds 1001', 'from 1 to 1,000']],
  ['seeds past the last seed', ['--seed', '4294967295', '--seeds', '2'], ['--seeds 2', 'above the largest allowed seed']],
  // --set
  ['--set =', ['--set', '='], ['--set =', 'KEY=VALUE']],
  ['--set without =', ['--set', 'enforcement.intensity'], ['--set enforcement.intensity', 'KEY=VALUE']],
  ['--set empty value', ['--set', 'enforcement.intensity='], ['--set enforcement.intensity=', 'between 0 and 1']],
  ['--set NaN', ['--set', 'enforcement.intensity=NaN'], ['=NaN', 'between 0 and 1']],
  ['--set hexadecimal', ['--set', 'enforcement.intensity=0x1'], ['=0x1', 'between 0 and 1']],
  ['--set Infinity', ['--set', 'enforcement.intensity=Infinity'], ['=Infinity']],
  ['--set ==', ['--set', 'enforcement.intensity==0.5'], ['==0.5', 'between 0 and 1']],
  ['--set comma decimal', ['--set', 'enforcement.intensity=0,5'], ['=0,5']],
  ['--set a megabyte key', ['--set', `${'k'.repeat(1_000_000)}=1`], ['--set "kkk', 'more characters)"', 'unknown lever']],
  ['--set escape in the key', ['--set', `${E}]0;x${'\u0007'}=1`], ['--set "\\x1b]0;x\\x07=1"', 'unknown lever']],
  // Flags and values
  ['empty --out', ['--out', ''], ['--out: empty value', 'a file path']],
  ['empty --scenario', ['--scenario='], ['--scenario: empty value']],
  ['empty --seed=', ['--seed='], ['--seed: empty value']],
  ['missing value at the end', ['--agents'], ['--agents: missing value', 'from 100 to 2,000,000']],
  ['a flag where a value goes', ['--agents', '--months', '3'], ['--agents: missing value']],
  ['one hyphen', ['-seed', '3'], ['unexpected argument -seed', 'did you mean --seed?']],
  ['an em dash', ['—seed', '3'], ['unexpected argument "—seed"', 'did you mean --seed?']],
  ['unknown flag', ['--colour'], ['unknown option "--colour"', 'allowed: --scenario']],
  ['misspelt flag', ['--agnets', '500'], ['unknown option "--agnets"', 'did you mean --agents?']],
  ['unknown flag with an escape', [`--x${E}[2J`], ['unknown option "--x\\x1b[2J"']],
  ['a switch given a value', ['--list-levers=1'], ['--list-levers=1', 'takes no value']],
  ['--help given a value', ['--help=yes'], ['--help=yes', 'takes no value']],
  ['a positional argument', ['baseline'], ['unexpected argument baseline']],
  ['format in capitals', ['--format', 'JSON'], ['--format JSON', 'table, json, csv']],
  ['format for a list', ['--list-levers', '--format', 'xml'], ['--format xml']],
  // Scenario paths
  ['unknown id', ['--scenario', 'baseline2'], ['--scenario "baseline2"', 'built-in ids: baseline']],
  ['a path that does not exist', ['--scenario', 'a/b'], ['--scenario a/b: file not found']],
  ['a newline in the path', ['--scenario', 'no\nsuch.json'], ['--scenario "no\\nsuch.json": file not found']],
  ['an escape in the path', ['--scenario', `${E}]0;x${'\u0007'}.json`], ['--scenario "\\x1b]0;x\\x07.json": file not found']],
  ['a path of 10,000 characters', ['--scenario', `${'a'.repeat(10_000)}.json`], ['more characters)"', 'the path is too long (ENAMETOOLONG)']],
  ['a NUL in the path', ['--scenario', 'a\u0000b.json'], ['--scenario "a\\x00b.json": a path cannot hold a NUL character']],
  ['a FIFO', ['--scenario', 'fifo.json'], ['--scenario fifo.json: is a FIFO (named pipe), not a regular file']],
  ['a FIFO without .json', ['--scenario', 'fifo'], ['--scenario fifo: is a FIFO (named pipe)']],
  ['a folder', ['--scenario', 'folder.json'], ['is a folder, not a regular file']],
  ['a dangling link', ['--scenario', 'dangling.json'], ['--scenario dangling.json: file not found']],
  ['/dev/zero', ['--scenario', '/dev/zero'], ['/dev/zero: is a character device']],
  ['/etc', ['--scenario', '/etc'], ['/etc: is a folder']],
  // Scenario contents
  ['an empty file', ['--scenario', 'empty.json'], ['empty.json: the file is empty']],
  ['a blank file', ['--scenario', 'blank.json'], ['blank.json: the file is empty']],
  ['a byte-order mark alone', ['--scenario', 'bom-only.json'], ['bom-only.json: the file is empty']],
  ['Latin-1 text', ['--scenario', 'latin1.json'], ['latin1.json: the file is not UTF-8 text (byte 0xe9 at byte 41, line 1); save it as UTF-8']],
  ['text after the JSON', ['--scenario', 'trailing.json'], ['(file): not valid JSON']],
  ['a JSON string', ['--scenario', 'string.json'], ['(file): got "a scenario"; must be a group of fields in braces { }']],
  ['JSON true', ['--scenario', 'true.json'], ['(file): got true; must be a group of fields in braces { }']],
  ['JSON null', ['--scenario', 'null.json'], ['(file): got null; must be a group of fields in braces { }']],
  ['a JSON array', ['--scenario', 'array.json'], ['(file): got []; must be a group of fields in braces { }']],
  ['a JSON number', ['--scenario', 'number.json'], ['(file): got 42; must be a group of fields in braces { }']],
  ['100,000 levels of nesting', ['--scenario', 'deep.json'], ['(file): cannot be read as a scenario (nested too deeply)']],
  ['2.5 million characters', ['--scenario', 'long-text.json'], ['(file): 2,500,040 characters; a scenario file may have at most 2,000,000']],
  ['a summary of a million characters', ['--scenario', 'long-summary.json'], ['summary: got "xxx', '...;', 'may have at most 2,000 characters']],
  ['1e999', ['--scenario', 'infinite.json'], ['levers.enforcement.intensity: got Infinity']],
  ['a number as a string', ['--scenario', 'string-number.json'], ['months: got "12"; must be a number']],
  ['an id that is a path', ['--scenario', 'bad-id.json'], ['id: got "../../etc/passwd"; lower-case letters']],
  ['zero months', ['--scenario', 'months-0.json'], ['months: got 0']],
  ['every route switched off', ['--scenario', 'no-routes.json'], ['routes: ', 'at least one route must stay enabled']],
  // --out
  ['--out a folder', ['--out', 'folder.json'], ['--out folder.json: is a folder, not a regular file']],
  ['--out /dev/null', ['--out', '/dev/null'], ['--out /dev/null: is a character device', 'without --out the output goes to standard output']],
  ['--out /dev/stdout', ['--out', '/dev/stdout'], ["--out /dev/stdout: names one of this program's own streams"]],
  ['--out a FIFO', ['--out', 'fifo.json'], ['--out fifo.json: is a FIFO (named pipe), not a regular file']],
  ['--out ending in /', ['--out', 'new/'], ['--out new/: names a folder']],
  ['--out in a missing folder', ['--out', 'nope/x.json'], ['--out nope/x.json: the folder nope does not exist']],
  ['--out under a file', ['--out', 'ok.json/x.json'], ['--out ok.json/x.json: cannot use this path: a part of the path is not a folder (ENOTDIR)']],
  ['--out a dangling link', ['--out', 'dangling.json'], ['--out dangling.json: is a symbolic link to a file that does not exist']],
  ['--out the scenario', ['--scenario', 'ok.json', '--out', 'ok.json'], ['--out ok.json: is the same file as --scenario ok.json']],
  ['--out a link to the scenario', ['--scenario', 'ok.json', '--out', 'link.json'], ['--out link.json: is the same file as --scenario ok.json']],
  ['--out a hard link to the scenario', ['--scenario', 'link.json', '--out', 'hard.json'], ['--out hard.json: is the same file as --scenario link.json']],
  ['--out in /sys', ['--out', '/sys/x.json'], ['--out /sys/x.json: cannot write in the folder /sys']],
  ['--out in /proc', ['--out', '/proc/x.json'], ['--out /proc/x.json: cannot write in the folder /proc']],
  ['--out a name of 300 characters', ['--out', `${'o'.repeat(300)}.json`], ['the path is too long (ENAMETOOLONG)']],
];

const SWEEP: [string, string[], string[]][] = [
  ['no --lever', [], ['--lever: missing']],
  ['unknown lever', ['--lever', 'nope'], ['--lever nope: unknown lever "nope"', 'allowed: ']],
  ['lever with an escape', ['--lever', `${E}[31mred`], ['--lever "\\x1b[31mred": unknown lever "\\x1b[31mred"']],
  ['--from above the range', [...L, '--from', '2'], ['--from 2: must be a number between 0 and 1']],
  ['--from NaN', [...L, '--from', 'NaN'], ['--from NaN']],
  ['--to Infinity', [...L, '--to', 'Infinity'], ['--to Infinity']],
  ['--steps 1e1', [...L, '--steps', '1e1'], ['--steps 1e1: must be a whole number from 2 to 1,001']],
  ['--steps 0x10', [...L, '--steps', '0x10'], ['--steps 0x10']],
  ['--by without =', [...L, '--by', 'x'], ['--by x: expected KEY=V1,V2,V3']],
  ['--by without values', [...L, '--by', 'searchAndRescue.capacity='], ['"" is not a number between 0 and 1']],
  ['--by with empty values', [...L, '--by', 'searchAndRescue.capacity=,,'], ['"" is not a number']],
  ['--by with a repeated value', [...L, '--by', 'searchAndRescue.capacity=0,0'], ['the values must differ']],
  ['--by with -0 and 0', [...L, '--by', 'searchAndRescue.capacity=-0,0'], ['the values must differ']],
  ['--workers 0', [...L, '--workers', '0'], ['--workers 0: must be a whole number from 1 to 64']],
  ['--workers 65', [...L, '--workers', '65'], ['--workers 65']],
  ['--workers -1', [...L, '--workers', '-1'], ['--workers -1']],
  ['--workers 1.5', [...L, '--workers', '1.5'], ['--workers 1.5']],
  ['unknown output', [...L, '--output', 'x'], ['--output x: unknown output', 'allowed: smugglingDemand']],
  ['format table', [...L, '--format', 'table'], ['--format table: must be one of csv, json']],
  ['--help given a value', ['--help=1'], ['--help=1: --help takes no value']],
  ['a positional argument', ['enforcement.intensity'], ['unexpected argument enforcement.intensity']],
  ['too many runs', [...L, '--steps', '1001', '--seeds', '100'], ['100100 runs; at most 50000 allowed']],
  ['--out a FIFO', [...L, '--out', 'fifo.json'], ['--out fifo.json: is a FIFO']],
  ['--out a link to the scenario', [...L, '--scenario', 'ok.json', '--out', 'link.json'], ['--out link.json: is the same file as --scenario ok.json']],
  ['--scenario /dev/zero', [...L, '--scenario', '/dev/zero'], ['--scenario /dev/zero: is a character device']],
  ['a UTF-16 scenario', [...L, '--scenario', 'utf16.json'], ['UTF-16', 'save it as UTF-8']],
];

const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function expectRefusal(r: { code: number; stdout: string; stderr: string }, mustContain: readonly string[]): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.endsWith('\n')).toBe(true);
  const line = r.stderr.slice(0, -1);
  expect(line).not.toContain('\n');
  expect(line).toMatch(/^error: /);
  expect(line).not.toMatch(UNSAFE);
  expect(line.length).toBeLessThanOrEqual(MAX_ERROR_LINE);
  for (const s of mustContain) expect(line).toContain(s);
}

const noRun = (): never => {
  throw new Error('the model must not run');
};
const noSweep = (): Promise<RunSummary[]> => Promise.reject(new Error('the model must not run'));
/** The model, cut down to a tiny run whatever the arguments asked for. */
const tinyRun = (input: RunInput) => runModel({ ...input, agents: 100, months: 1 });

describe('simulate refuses bad input with one line', () => {
  it.each(SIMULATE)('%s', (_what, args, mustContain) => {
    expectRefusal(runCli(args, tmp, noRun), mustContain);
  });
});

describe('sweep refuses bad input with one line', () => {
  beforeAll(() => writeFileSync(join(tmp, 'utf16.json'), Buffer.from(OK, 'utf16le')));
  it.each(SWEEP)('%s', async (_what, args, mustContain) => {
    expectRefusal(await runSweepCli(args, tmp, noSweep), mustContain);
  });
});

describe('odd input that is fine is accepted', () => {
  it.each([
    ['leading zeros', ['--agents', '000500']],
    ['-0 as a lever value', ['--set', 'enforcement.intensity=-0']],
    ['a value too small to be told from 0', ['--set', 'enforcement.intensity=1e-400']],
    ['the same --set 100,000 times', Array.from({ length: 100_000 }, () => ['--set', 'enforcement.intensity=0.5']).flat()],
    ['--seed 50,000 times (the last wins)', Array.from({ length: 50_000 }, (_, i) => ['--seed', String(i)]).flat()],
    ['a symbolic link to a scenario', ['--scenario', 'link.json']],
    ['an --out name with a newline', ['--out', 'new\nline.txt']],
  ])('%s', (_what, args) => {
    const r = runCli(args, tmp, tinyRun);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('a scenario title with control characters is shown escaped in the table', () => {
    const r = runCli(['--scenario', 'title-escape.json'], tmp, tinyRun);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"ok", \\x1b]0;owned\\x07Title');
    expect(r.stdout).not.toMatch(/\u001b|\u0007/);
  });
});

/** Tokens a user (or an attacker) might type: every flag, good and bad values, odd characters. */
const token = fc.oneof(
  fc.constantFrom('--scenario', '--seed', '--seeds', '--agents', '--months', '--set', '--format', '--list-levers', '--list-scenarios', '--lever', '--from', '--to', '--steps', '--by', '--output', '--workers', '-x', '--', '='),
  fc.constantFrom('baseline', 'ok.json', 'fifo.json', 'folder.json', '/dev/zero', 'enforcement.intensity=0.5', 'enforcement.intensity', 'searchAndRescue.capacity=0,1', '1', '0', '-0', '1e3', 'NaN', '0x10', '100', '2000', '12', 'json', 'csv', 'table', ''),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: fc.constantFrom('\u001b', '\n', '\u202e', '\u009b', '=', '-', 'a', '.', '0'), maxLength: 8 }),
);
const argvs = fc.array(token, { maxLength: 8 });

describe('property: the parsers', () => {
  it('simulate and sweep: any argument list gives options or a typed error that prints as one safe line', () => {
    fc.assert(
      fc.property(argvs, (argv) => {
        for (const parse of [() => parseCliArgs(argv), () => parseSweepArgs(argv)]) {
          try {
            parse();
          } catch (e) {
            expect(e).toBeInstanceOf(CliError);
            const { line, code } = describeFailure(e);
            expect(code).toBe(2);
            expect(line).not.toMatch(UNSAFE);
            expect(line.length).toBeLessThanOrEqual(MAX_ERROR_LINE);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('--help or -h anywhere wins, whatever else is on the line', () => {
    fc.assert(
      fc.property(argvs, fc.nat(), fc.constantFrom('--help', '-h'), (argv, at, help) => {
        const withHelp = [...argv.slice(0, at % (argv.length + 1)), help, ...argv.slice(at % (argv.length + 1))];
        expect(parseCliArgs(withHelp).action).toBe('help');
        expect(parseSweepArgs(withHelp).help).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('a whole number is accepted exactly when it is plain decimal digits within the range', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10, max: 3000 }), fc.constantFrom('', '0', '00'), (n, zeros) => {
        const text = n < 0 ? String(n) : `${zeros}${n}`;
        const inRange = n >= 100 && n <= 2000;
        if (inRange) expect(parseWhole('--agents', text, 100, 2000)).toBe(n);
        else expect(() => parseWhole('--agents', text, 100, 2000)).toThrow(CliError);
      }),
    );
    for (const odd of ['1e3', '0x64', '+100', ' 100', '100 ', '1_000', '100.0', '١٠٠', 'Infinity']) expect(() => parseWhole('--agents', odd, 100, 2000)).toThrow(CliError);
  });

  it('--flag=value and --flag value mean the same', () => {
    fc.assert(
      fc.property(fc.constantFrom('--seed', '--agents', '--months', '--format', '--set'), fc.constantFrom('5', '500', '12', 'json', 'enforcement.intensity=0.5'), (flag, value) => {
        const outcome = (argv: string[]) => {
          try {
            return parseCliArgs(argv);
          } catch (e) {
            return (e as Error).message;
          }
        };
        expect(outcome([`${flag}=${value}`])).toEqual(outcome([flag, value]));
      }),
    );
  });
});

describe('property: simulate as a whole', () => {
  it('any argument list ends in output (exit 0) or one safe error line (exit 2), never a fault', () => {
    fc.assert(
      fc.property(argvs, (argv) => {
        const r = runCli(argv, tmp, tinyRun);
        expect([0, 2]).toContain(r.code);
        if (r.code === 2) expectRefusal(r, []);
        else expect(r.stderr).toBe('');
      }),
      { numRuns: 300 },
    );
  });
});
