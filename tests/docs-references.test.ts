/**
 * The repository stands alone: every citation points inside it. Each `docs/…` reference in the
 * code, the scenario files and the documentation names a file that exists, and its `#anchor` a
 * section of that file (the same for `models/ODD.md#…`); no source points to a design file or a
 * folder outside the repository; and every publication a parameter, a route, a crossing method, a
 * land track or a scenario cites is listed in docs/EVIDENCE.md with its full source.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CALIBRATION_SPECS, LAND_TRACKS, LEVERS, METHODS, ROUTES } from '../models/index';
import { BUILT_IN_SCENARIOS } from '../scenarios/index';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const THIS_FILE = 'tests/docs-references.test.ts';
const SCANNED_FOLDERS = ['models', 'scenarios', 'scripts', 'src', 'tests', 'docs'];
const SCANNED_TOP = ['README.md', 'CHANGELOG.md', 'index.html', 'vite.config.ts', 'vitest.config.ts'];
const TEXT = /\.(ts|tsx|mjs|json|md|html|css)$/;

function sourceFiles(): string[] {
  const out = SCANNED_TOP.filter((f) => existsSync(`${ROOT}${f}`));
  for (const folder of SCANNED_FOLDERS) {
    if (!existsSync(`${ROOT}${folder}`)) continue;
    for (const f of readdirSync(`${ROOT}${folder}`, { recursive: true }) as string[]) {
      const path = `${folder}/${f.split('\\').join('/')}`;
      if (TEXT.test(path) && path !== THIS_FILE) out.push(path);
    }
  }
  return out;
}

const read = (path: string) => readFileSync(`${ROOT}${path}`, 'utf8');

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces to hyphens. */
function headingSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** Every anchor a Markdown file offers: explicit `<a id>`s and its headings' slugs. */
function anchorsOf(markdown: string): Set<string> {
  const ids = [...markdown.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]);
  const headings = [...markdown.matchAll(/^#{1,6} (.+)$/gm)].map((m) => headingSlug(m[1]));
  return new Set([...ids, ...headings]);
}

const files = sourceFiles();
/** `docs/x.md#anchor` and `models/ODD.md#anchor` as cited anywhere (the anchor is optional for docs/). */
const REFERENCE = /(?<![\w./-])(docs\/[\w./-]*[\w-]|models\/ODD\.md)(#[\w-]+)?/g;

describe('references inside the repository', () => {
  const references = files.flatMap((file) => [...read(file).matchAll(REFERENCE)].map((m) => ({ file, target: m[1], anchor: m[2]?.slice(1) })));

  it('are many, and every docs/ file and section they name exists', () => {
    expect(references.filter((r) => r.target === 'docs/EVIDENCE.md' && r.anchor).length).toBeGreaterThan(40);
    const anchorCache = new Map<string, Set<string>>();
    const broken: string[] = [];
    for (const r of references) {
      if (r.target === 'models/ODD.md' && !r.anchor) continue;
      if (!existsSync(`${ROOT}${r.target}`)) {
        broken.push(`${r.file}: ${r.target} does not exist`);
        continue;
      }
      if (!r.anchor) continue;
      if (!anchorCache.has(r.target)) anchorCache.set(r.target, anchorsOf(read(r.target)));
      if (!anchorCache.get(r.target)!.has(r.anchor)) broken.push(`${r.file}: ${r.target}#${r.anchor} has no such section`);
    }
    expect(broken).toEqual([]);
  });

  it('never point outside the repository (the design folder, the module excerpt, absolute paths)', () => {
    const outside = [/shared\/design/, /shared\/seeds/, /(?<!docs\/)\bEVIDENCE\.md/, /\bMODEL\.md\b/, /\/work\//, /\.\.\/shared\/(design|seeds|hooks|README)/];
    const found = files.flatMap((file) => outside.filter((re) => re.test(read(file))).map((re) => `${file}: ${re.source}`));
    expect(found).toEqual([]);
  });

  it('finds sections by their own anchors, and a heading by its GitHub slug', () => {
    const doc = '<a id="one"></a>\n\n## 1. First part (`x.ts`)\n';
    expect(anchorsOf(doc)).toEqual(new Set(['one', '1-first-part-xts']));
    expect(headingSlug('8.1 Calibration targets')).toBe('81-calibration-targets');
  });
});

/** Author–year citations, e.g. "Gathmann 2008", "Cusumano & Villa 2019/2021", "Reques et al. 2020". */
const CITATION = /([A-Z][\p{L}’'-]{2,})(?: et al\.)?(?:(?:,| &| and) (?:[A-Z][\p{L}’'-]+ )*[A-Z][\p{L}’'-]+)* \(?((?:19|20)\d\d)\b/gu;
const MONTHS = new Set(['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);

describe('docs/EVIDENCE.md', () => {
  const evidence = read('docs/EVIDENCE.md');
  const paragraphs = evidence.split(/\n\s*\n|\n(?=- )/);
  const cited = [
    ...[...LEVERS, ...CALIBRATION_SPECS].map((p) => ({ where: p.key, text: p.source })),
    ...ROUTES.map((r) => ({ where: `route ${r.id}`, text: r.source })),
    ...METHODS.map((m) => ({ where: `method ${m.route}.${m.id}`, text: m.source })),
    ...LAND_TRACKS.map((t) => ({ where: `land track ${t.id}`, text: t.source })),
    ...BUILT_IN_SCENARIOS.flatMap((s) => [...(s.references ?? []), ...(s.moduleReferences ?? [])].map((text) => ({ where: `scenario ${s.id}`, text }))),
  ];

  it('lists every publication a parameter, a route, a method or a scenario cites, by author and year', () => {
    const citations = cited.flatMap(({ where, text }) =>
      [...text.matchAll(CITATION)].filter((m) => !MONTHS.has(m[1])).map((m) => ({ where, name: m[1].replace(/’s$/, ''), year: m[2] })),
    );
    expect(citations.length).toBeGreaterThan(60);
    const missing = citations.filter((c) => !paragraphs.some((p) => p.includes(c.name) && p.includes(c.year))).map((c) => `${c.where}: ${c.name} ${c.year}`);
    expect(missing).toEqual([]);
  });

});
