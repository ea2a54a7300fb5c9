/**
 * The ODD document cannot drift from the code: its parameter, route, output and constants tables,
 * its calibration check and its history check are regenerated here and must equal the file on
 * disk (`npm run docs` fixes a failure). The generator itself is checked to keep every declared
 * parameter, output and fixed constant.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CALIBRATION_SPECS, LEVERS, OUTPUTS, ROUTES } from '../models/index';
import { findScenario } from '../scenarios/index';
import { GENERATED_SECTIONS, ODD_URL, fixedConstants, formatNumber, regenerate, renderConstants, renderOutputs, renderParameters, replaceSection } from '../scripts/docs/odd';

const onDisk = readFileSync(fileURLToPath(ODD_URL), 'utf8');

/** The first line where two texts differ, or null: a readable failure instead of two huge strings. */
function firstDifference(actual: string, expected: string): { line: number; actual: string; expected: string } | null {
  const a = actual.split('\n');
  const e = expected.split('\n');
  for (let i = 0; i < Math.max(a.length, e.length); i++) {
    if (a[i] !== e[i]) return { line: i + 1, actual: a[i] ?? '(end of file)', expected: e[i] ?? '(end of file)' };
  }
  return null;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text between one pair of markers in the document on disk. */
function section(name: string): string {
  const open = `<!-- BEGIN GENERATED: ${name} -->`;
  return onDisk.slice(onDisk.indexOf(open) + open.length, onDisk.indexOf(`<!-- END GENERATED: ${name} -->`));
}

describe('models/ODD.md', () => {
  it('is up to date with the code (run `npm run docs` if this fails)', () => {
    expect(firstDifference(onDisk, regenerate(onDisk))).toBeNull();
  });

  it('would be caught out of date if a generated table were edited by hand', () => {
    const end = '<!-- END GENERATED: parameters -->';
    const tampered = onDisk.replace(end, `| \`hand.edited\` | A row nobody declared |\n${end}`);
    expect(tampered).not.toBe(onDisk);
    expect(replaceSection(tampered, 'parameters', renderParameters())).toBe(onDisk);
  });

  it('has each generated section exactly once', () => {
    for (const name of Object.keys(GENERATED_SECTIONS)) {
      expect(onDisk.split(`<!-- BEGIN GENERATED: ${name} -->`)).toHaveLength(2);
      expect(onDisk.split(`<!-- END GENERATED: ${name} -->`)).toHaveLength(2);
    }
  });
});

describe('the documentation generator', () => {
  it('lists every lever, calibration constant and route with its default and source', () => {
    const text = renderParameters();
    for (const p of [...LEVERS, ...CALIBRATION_SPECS]) {
      const row = text.split('\n').find((l) => l.startsWith(`| \`${p.key}\` |`));
      expect(row, p.key).toBeDefined();
      expect(row).toContain(`| ${p.unit} | ${formatNumber(p.defaultValue)} |`);
      expect(row).toContain(p.source.replace(/\|/g, '\\|'));
    }
    for (const r of ROUTES) expect(text).toContain(`(\`${r.id}\`)`);
  });

  it('lists every output with its unit', () => {
    const text = renderOutputs();
    for (const o of OUTPUTS) expect(text).toMatch(new RegExp(`^\\| \`${o.key}\` \\| .* \\| ${escapeRegExp(o.unit)} \\| ${o.kind} \\|`, 'm'));
  });

  it('lists every numeric constant declared at the top level of a model file', () => {
    // An independent scan: a name assigned a number literal on one line, outside models/analysis/
    // and models/portable-math.ts (the constants of exp/log/pow arithmetic, not of the model).
    const root = new URL('../models/', import.meta.url);
    const files = (readdirSync(root, { recursive: true }) as string[])
      .map((f) => f.split('\\').join('/'))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('analysis/') && f !== 'portable-math.ts');
    const names = files.flatMap((f) =>
      [...readFileSync(new URL(f, root), 'utf8').matchAll(/^(?:export )?const ([A-Z][A-Z0-9_]*) = [0-9][0-9_.]*;$/gm)].map((m) => m[1]),
    );
    expect(names.length).toBeGreaterThan(20);
    const listed = new Set(fixedConstants().map((c) => c.name));
    const codes = ['STATE_COUNT', 'UNSCHEDULED', 'NEVER'];
    for (const name of names) expect(listed.has(name) || codes.includes(name), name).toBe(true);
    const text = renderConstants();
    for (const c of fixedConstants()) expect(text).toContain(`| \`${c.name}\` | \`${c.file}\` |`);
  });

  it('shows every recorded year of the history check', () => {
    const scenario = findScenario('central-mediterranean-2014-2020');
    expect(scenario?.observed?.length).toBeGreaterThan(0);
    const text = section('history-check');
    for (const o of scenario!.observed!) expect(text).toMatch(new RegExp(`^\\| ${o.year} \\|`, 'm'));
    for (const label of ['Irregular arrivals', 'Dead and missing', 'Pull-backs']) expect(text).toContain(`- ${label}: mean absolute relative error`);
  });

  it('replaces a stale section and keeps the hand-written text around it', () => {
    const doc = 'intro\n<!-- BEGIN GENERATED: outputs -->\nold table\n<!-- END GENERATED: outputs -->\noutro\n';
    const out = replaceSection(doc, 'outputs', 'new table\n');
    expect(out).toBe('intro\n<!-- BEGIN GENERATED: outputs -->\nnew table\n<!-- END GENERATED: outputs -->\noutro\n');
    expect(replaceSection(out, 'outputs', 'new table\n')).toBe(out);
  });

  it('refuses a document whose markers are missing or doubled', () => {
    expect(() => replaceSection('no markers here', 'outputs', 'x')).toThrow(/missing marker/);
    const doubled = '<!-- BEGIN GENERATED: outputs -->\n<!-- END GENERATED: outputs -->\n'.repeat(2);
    expect(() => replaceSection(doubled, 'outputs', 'x')).toThrow(/more than once/);
  });
});
