/**
 * The texts of the built-in content that people read — a scenario's title, summary, story,
 * claims, questions, what it leaves out and its timeline's notes; a lecture tour's titles and
 * narratives — as a flat map from field path ("claims.2.text") to the English, which stays in the
 * content's own file. Translations live apart, in scenarios/i18n/<lang>/<id>.json, one entry per
 * field path holding the English it translates (`source`) and the translation (`text`): so a file
 * rewritten in English shows which translations went stale, and nobody edits the English files
 * to translate them. Pure.
 */
import type { Scenario } from '../format';
import type { Tour } from '../tours';

/** Field path → English text, in reading order. */
export type ContentFields = ReadonlyMap<string, string>;

export interface Translation {
  /** The English this translates, exactly. */
  readonly source: string;
  readonly text: string;
}

/** A translation file: field path → translation. */
export type TranslationFile = Readonly<Record<string, Translation>>;

function put(out: Map<string, string>, path: string, text: string | undefined): void {
  if (text !== undefined && text.trim() !== '') out.set(path, text);
}

export function scenarioFields(s: Scenario): ContentFields {
  const out = new Map<string, string>();
  put(out, 'title', s.title);
  put(out, 'summary', s.summary);
  put(out, 'narrative', s.narrative);
  s.claims.forEach((c, i) => put(out, `claims.${i}.text`, c.text));
  s.questions.forEach((q, i) => put(out, `questions.${i}`, q));
  s.leavesOut.forEach((q, i) => put(out, `leavesOut.${i}`, q));
  s.timeline.forEach((e, i) => put(out, `timeline.${i}.note`, e.note));
  return out;
}

export function tourFields(t: Tour): ContentFields {
  const out = new Map<string, string>();
  put(out, 'title', t.title);
  put(out, 'summary', t.summary);
  t.steps.forEach((step, k) => {
    put(out, `steps.${k}.title`, step.title);
    put(out, `steps.${k}.narrative`, step.narrative);
    put(out, `steps.${k}.notes`, step.notes);
    step.claims.forEach((c, j) => put(out, `steps.${k}.claims.${j}.text`, c.text));
  });
  return out;
}

export interface TranslationStatus {
  /** Fields with no translation. */
  readonly missing: readonly string[];
  /** Fields whose English changed since they were translated: re-translate. */
  readonly stale: readonly string[];
  /** Translations of fields the English no longer has. */
  readonly extra: readonly string[];
}

export function translationStatus(fields: ContentFields, file: TranslationFile | undefined): TranslationStatus {
  const missing: string[] = [];
  const stale: string[] = [];
  for (const [path, english] of fields) {
    const t = file?.[path];
    if (!t || t.text.trim() === '') missing.push(path);
    else if (t.source !== english) stale.push(path);
  }
  const extra = Object.keys(file ?? {}).filter((path) => !fields.has(path));
  return { missing, stale, extra };
}
