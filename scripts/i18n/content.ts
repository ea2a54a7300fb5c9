/**
 * The built-in content's translations in Node (scenarios/i18n/<lang>/<doc>.json, see
 * scenarios/i18n/fields.ts) and what is wrong with them: a field with no translation, a
 * translation whose recorded English is no longer the English ("stale: re-translate"), a
 * translation of a field the English no longer has, or a file that is not a translation file.
 *
 * Documents: every built-in scenario (by id), every lecture tour (`tour-<id>`) and the seminar's
 * roles, objectives and events (`seminar-roles`).
 *
 * Translators may write a field as a plain string; `stampFile` then records the English it
 * translates (the current English), which is what makes a later change of the English visible.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_IN_SCENARIOS } from '../../scenarios/index';
import { BUILT_IN_TOURS } from '../../scenarios/tours';
import { scenarioFields, tourFields, type ContentFields, type TranslationFile, translationStatus } from '../../scenarios/i18n/fields';
import { ROLE_DOC, roleFields } from '../../src/features/seminar/session/role-fields';
import { ROOT } from './catalogues';

export const CONTENT_DIR = join(ROOT, 'scenarios', 'i18n');
export const CONTENT_LANGS = ['fr', 'es', 'ar'] as const;

export interface ContentDoc {
  /** The translation file's name, without `.json`. */
  readonly id: string;
  readonly fields: ContentFields;
}

export function contentDocs(): ContentDoc[] {
  return [
    ...BUILT_IN_SCENARIOS.map((s) => ({ id: s.id, fields: scenarioFields(s) })),
    ...BUILT_IN_TOURS.map((t) => ({ id: `tour-${t.id}`, fields: tourFields(t) })),
    { id: ROLE_DOC, fields: roleFields() },
  ];
}

export const contentFile = (lang: string, doc: string) => join(CONTENT_DIR, lang, `${doc}.json`);

/** A translation file as written: each field a `{ source, text }` or (before stamping) a plain string. */
type Written = Record<string, unknown>;

function readWritten(lang: string, doc: string): Written | undefined {
  const file = contentFile(lang, doc);
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as Written;
}

/** Why an entry is not a translation, or null. */
function entryProblem(value: unknown): string | null {
  if (typeof value === 'string') return 'is not stamped with its English (run npm run i18n -- --stamp)';
  if (!value || typeof value !== 'object') return 'is not { "source": …, "text": … }';
  const { source, text, ...rest } = value as Record<string, unknown>;
  if (typeof source !== 'string' || typeof text !== 'string') return 'needs "source" and "text" strings';
  if (Object.keys(rest).length > 0) return `has unknown fields (${Object.keys(rest).join(', ')})`;
  return null;
}

/** Everything wrong with the content translations, one line each (empty when all is well). */
export function contentProblems(): string[] {
  const problems: string[] = [];
  const docs = contentDocs();
  const known = new Set(docs.map((d) => d.id));
  for (const lang of CONTENT_LANGS) {
    const dir = join(CONTENT_DIR, lang);
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
    for (const f of files) if (!known.has(f.slice(0, -5))) problems.push(`${lang}/${f}: no built-in document is called ${f.slice(0, -5)}`);
    for (const doc of docs) {
      let written: Written | undefined;
      try {
        written = readWritten(lang, doc.id);
      } catch (error) {
        problems.push(`${lang}/${doc.id}: not valid JSON (${(error as Error).message})`);
        continue;
      }
      if (!written) {
        problems.push(`${lang}/${doc.id}: no translation file (${doc.fields.size} fields to translate)`);
        continue;
      }
      const bad = Object.entries(written).flatMap(([path, v]) => {
        const why = entryProblem(v);
        return why ? [`${lang}/${doc.id}: ${path} ${why}`] : [];
      });
      problems.push(...bad);
      if (bad.length) continue;
      const status = translationStatus(doc.fields, written as TranslationFile);
      for (const p of status.missing) problems.push(`${lang}/${doc.id}: ${p} is missing`);
      for (const p of status.stale) problems.push(`${lang}/${doc.id}: ${p} is stale: re-translate (the English it translates is not the English now)`);
      for (const p of status.extra) problems.push(`${lang}/${doc.id}: ${p} is not in the English (remove it)`);
    }
  }
  return problems;
}

/**
 * Records the current English as the source of every plain-string entry of a file. Entries that
 * already have a source keep it: only re-translating (and re-stamping) makes a stale one fresh.
 */
export function stampFile(lang: string, doc: ContentDoc): number {
  const written = readWritten(lang, doc.id);
  if (!written) return 0;
  let stamped = 0;
  const out: Record<string, { source: string; text: string }> = {};
  for (const [path, value] of Object.entries(written)) {
    const english = doc.fields.get(path);
    if (typeof value === 'string' && english !== undefined) {
      out[path] = { source: english, text: value };
      stamped++;
    } else out[path] = value as { source: string; text: string };
  }
  // Reading order, as in the English.
  const ordered = Object.fromEntries([...doc.fields.keys()].filter((p) => p in out).map((p) => [p, out[p]]));
  for (const p of Object.keys(out)) if (!(p in ordered)) ordered[p] = out[p];
  writeFileSync(contentFile(lang, doc.id), `${JSON.stringify(ordered, null, 2)}\n`);
  return stamped;
}
