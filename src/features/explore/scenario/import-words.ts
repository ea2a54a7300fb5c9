/**
 * An import problem in the reader's language: which field, what the file has there and what is
 * allowed (scenarios/plain-rule.ts gives the rule as data), or the line and column where the text
 * stops being JSON, and what to do about it. A rule a schema words itself (an unknown lever, with
 * the allowed ones) stays as the validator's English line.
 */
import type { TFunction } from 'i18next';
import { listedValues, type PlainRule } from '../../../../scenarios/plain-rule';
import type { ImportProblem } from './import-flow';

const ROOT = '(file)';

function ruleText(t: TFunction, rule: PlainRule): string | null {
  switch (rule.kind) {
    case 'other':
    case 'required':
    case 'unknownFields':
      return null;
    case 'oneOf':
      return t('explore:importRule.oneOf', { values: listedValues(rule.values) });
    default:
      return t(`explore:importRule.${rule.kind}`, 'limit' in rule ? { limit: rule.limit } : {});
  }
}

/** The problem itself, one sentence. */
export function importProblemText(t: TFunction, problem: ImportProblem): string {
  if (problem.at) return t('explore:switch.syntax', { line: problem.at.line, column: problem.at.column });
  const field = problem.field;
  if (!field) return problem.message;
  const path = problem.path;
  if (field.rule.kind === 'required') return t('explore:switch.fieldMissing', { path });
  if (field.rule.kind === 'unknownFields') {
    return path === ROOT ? t('explore:switch.unknownTop', { value: field.value }) : t('explore:switch.unknownFields', { path, value: field.value });
  }
  const rule = ruleText(t, field.rule);
  if (rule === null) return problem.message;
  return path === ROOT ? t('explore:switch.fileProblem', { value: field.value, rule }) : t('explore:switch.fieldProblem', { path, value: field.value, rule });
}

/** What to do next. */
export function importFixText(t: TFunction, problem: ImportProblem): string {
  if (problem.at) return t('explore:switch.fixLine', { line: problem.at.line, column: problem.at.column });
  return problem.path === ROOT ? t('explore:switch.fixFile') : t('explore:switch.fixField', { path: problem.path });
}
