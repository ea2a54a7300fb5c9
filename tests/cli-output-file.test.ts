/**
 * The --out file (scripts/cli/output-file.ts): checked before the run, written atomically. Faults
 * that cannot be made on demand (a full disk, a failing rename) are injected through the
 * file-system calls the module uses; the rest run against real files in a temporary folder.
 */
import { chmodSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError } from '../scripts/cli/errors';
import { prepareOutput, writeOutput, type OutputIo } from '../scripts/cli/output-file';

const tmp = mkdtempSync(join(tmpdir(), 'crossings-out-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const REAL: OutputIo = {
  openSync: (p, f, m) => fs.openSync(p, f, m),
  writeSync: (fd, b, o, l) => fs.writeSync(fd, b, o, l),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  fchmodSync: (fd, m) => fs.fchmodSync(fd, m),
  closeSync: (fd) => fs.closeSync(fd),
  renameSync: (a, b) => fs.renameSync(a, b),
  unlinkSync: (p) => fs.unlinkSync(p),
};

function enospc(): never {
  throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
}

/** The real calls, with writes failing after `okBytes` bytes: a disk that fills up mid-file. */
function fillingDisk(okBytes: number): OutputIo {
  let written = 0;
  return {
    ...REAL,
    writeSync: (fd, b, o, l) => {
      if (written >= okBytes) enospc();
      const n = REAL.writeSync(fd, b, o, Math.min(l, okBytes - written));
      written += n;
      return n;
    },
  };
}

function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.tmp'));
}

function message(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(CliError);
    return (e as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('writing --out', () => {
  it('a full disk mid-file: the error names the file and the cause, the earlier file is kept whole and no temporary file is left', () => {
    const dir = mkdtempSync(join(tmp, 'full-'));
    const out = join(dir, 'runs.jsonl');
    writeFileSync(out, 'the earlier results\n');
    const target = prepareOutput('--out', out, dir, []);
    const text = 'x'.repeat(100_000);
    expect(message(() => writeOutput(target, text, fillingDisk(40_000)))).toBe(`--out ${out}: cannot write the file: the disk is full (ENOSPC); the file was left as it was`);
    expect(readFileSync(out, 'utf8')).toBe('the earlier results\n');
    expect(leftovers(dir)).toEqual([]);
  });

  it('a new file on a full disk: nothing is left behind', () => {
    const dir = mkdtempSync(join(tmp, 'full-new-'));
    const target = prepareOutput('--out', 'new.csv', dir, []);
    expect(message(() => writeOutput(target, 'a,b\n', fillingDisk(0)))).toContain('the disk is full (ENOSPC); no file was written');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a failing rename removes the temporary file and keeps the target', () => {
    const dir = mkdtempSync(join(tmp, 'rename-'));
    const out = join(dir, 'out.json');
    writeFileSync(out, 'old');
    const io: OutputIo = { ...REAL, renameSync: () => { throw Object.assign(new Error('EIO'), { code: 'EIO' }); } };
    expect(message(() => writeOutput(prepareOutput('--out', out, dir, []), 'new', io))).toContain('an input/output error (EIO)');
    expect(readFileSync(out, 'utf8')).toBe('old');
    expect(leftovers(dir)).toEqual([]);
  });

  it('replaces a file whole, keeping its permissions, and writes through a symbolic link (the link stays)', () => {
    const dir = mkdtempSync(join(tmp, 'replace-'));
    const real = join(dir, 'real.csv');
    writeFileSync(real, 'old contents, longer than the new ones');
    chmodSync(real, 0o640);
    symlinkSync('real.csv', join(dir, 'link.csv'));
    writeOutput(prepareOutput('--out', 'link.csv', dir, []), 'new\n');
    expect(readFileSync(real, 'utf8')).toBe('new\n');
    expect(statSync(real).mode & 0o777).toBe(0o640);
    expect(readlinkSync(join(dir, 'link.csv'))).toBe('real.csv');
    expect(leftovers(dir)).toEqual([]);
  });
});

describe('checking --out before the run', () => {
  it('a full disk shows before the run: the probe file cannot be written', () => {
    const dir = mkdtempSync(join(tmp, 'probe-'));
    expect(message(() => prepareOutput('--out', 'x.csv', dir, [], fillingDisk(0)))).toBe(`--out x.csv: cannot write in the folder ${dir}: the disk is full (ENOSPC)`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses the program’s own streams, devices, folders and dangling links, naming what they are', () => {
    for (const stream of ['/dev/stdout', '/dev/stderr', '/dev/fd/1', '/proc/self/fd/1']) {
      expect(message(() => prepareOutput('--out', stream, tmp, []))).toContain("names one of this program's own streams");
    }
    expect(message(() => prepareOutput('--out', '/dev/null', tmp, []))).toContain('is a character device, not a regular file');
    expect(message(() => prepareOutput('--out', tmp, '/', []))).toContain('is a folder, not a regular file');
    expect(message(() => prepareOutput('--out', 'folder/', tmp, []))).toContain('names a folder');
    symlinkSync('missing-target', join(tmp, 'dangling'));
    expect(message(() => prepareOutput('--out', 'dangling', tmp, []))).toContain('is a symbolic link to a file that does not exist');
    expect(message(() => prepareOutput('--out', 'no/such/folder/x.csv', tmp, []))).toBe('--out no/such/folder/x.csv: the folder no/such/folder does not exist');
    expect(message(() => prepareOutput('--out', 'a\u0000b', tmp, []))).toContain('a path cannot hold a NUL character');
  });

  it('checks leave nothing behind in the folder', () => {
    const dir = mkdtempSync(join(tmp, 'clean-'));
    prepareOutput('--out', 'x.csv', dir, []);
    expect(readdirSync(dir)).toEqual([]);
  });
});
