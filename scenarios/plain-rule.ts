/**
 * What a field of a file must be, in plain words, from a zod validation issue: "must be at most
 * 1" rather than zod's "Too big: expected number to be <=1". A rule is data (a kind and its
 * numbers), so the command line words it in English here and the explorer in the reader's
 * language from its catalogue (explore:importRule.<kind>). Pure.
 */
import type { z } from 'zod';

export type PlainRule =
  | { readonly kind: 'atMost' | 'below' | 'atLeast' | 'above' | 'maxChars' | 'minChars' | 'maxItems' | 'minItems' | 'maxEntries'; readonly limit: number }
  | { readonly kind: 'number' | 'wholeNumber' | 'text' | 'trueFalse' | 'object' | 'list' | 'required' | 'unknownFields' }
  | { readonly kind: 'oneOf'; readonly values: readonly string[] }
  | { readonly kind: 'other'; readonly message: string };

const TYPE_RULES: Readonly<Record<string, PlainRule['kind']>> = {
  number: 'number',
  int: 'wholeNumber',
  string: 'text',
  boolean: 'trueFalse',
  object: 'object',
  record: 'object',
  array: 'list',
  tuple: 'list',
};

const limitOf = (x: number | bigint) => Number(x);

/** How many allowed values a rule lists (a lever key could be any of twenty); the rest are counted. */
export const MAX_LISTED_VALUES = 8;

/** zod's own English (its default messages all start so); a schema's own message is kept as it is. */
const ZOD_WORDS = /^(Invalid|Too big|Too small|Unrecognized)\b/;

/** The rule a zod issue says was broken; `missing` when the field is absent from the file. */
export function plainRule(issue: z.core.$ZodIssue, missing: boolean): PlainRule {
  // boundedEntries (safe-parse.ts) says "Too big: expected at most N entries".
  const entries = /^Too big: expected at most (\d+) entries$/.exec(issue.message);
  if (entries) return { kind: 'maxEntries', limit: Number(entries[1]) };
  if (!ZOD_WORDS.test(issue.message) && issue.code !== 'invalid_key') return { kind: 'other', message: issue.message };
  switch (issue.code) {
    case 'invalid_type': {
      if (missing) return { kind: 'required' };
      const kind = TYPE_RULES[issue.expected];
      return kind ? ({ kind } as PlainRule) : { kind: 'other', message: issue.message };
    }
    case 'too_big': {
      const limit = limitOf(issue.maximum);
      if (issue.origin === 'string') return { kind: 'maxChars', limit };
      if (issue.origin === 'array' || issue.origin === 'set') return { kind: 'maxItems', limit };
      if (issue.origin === 'number' || issue.origin === 'int') return { kind: issue.inclusive === false ? 'below' : 'atMost', limit };
      return { kind: 'other', message: issue.message };
    }
    case 'too_small': {
      const limit = limitOf(issue.minimum);
      if (issue.origin === 'string') return { kind: 'minChars', limit };
      if (issue.origin === 'array' || issue.origin === 'set') return { kind: 'minItems', limit };
      if (issue.origin === 'number' || issue.origin === 'int') return { kind: issue.inclusive === false ? 'above' : 'atLeast', limit };
      return { kind: 'other', message: issue.message };
    }
    case 'not_multiple_of':
      return issue.divisor === 1 ? { kind: 'wholeNumber' } : { kind: 'other', message: issue.message };
    case 'invalid_value':
      return { kind: 'oneOf', values: issue.values.map((v) => JSON.stringify(v) ?? String(v)) };
    case 'unrecognized_keys':
      return { kind: 'unknownFields' };
    case 'invalid_key':
      return issue.issues[0] ? plainRule(issue.issues[0], false) : { kind: 'other', message: issue.message };
    default:
      return { kind: 'other', message: issue.message };
  }
}

const n = (x: number) => x.toLocaleString('en-GB');
const plural = (x: number, one: string, many: string) => `${n(x)} ${x === 1 ? one : many}`;

/** The rule in English (the command line, the scenario tests). */
export function plainRuleText(rule: PlainRule): string {
  switch (rule.kind) {
    case 'atMost':
      return `must be at most ${n(rule.limit)}`;
    case 'below':
      return `must be less than ${n(rule.limit)}`;
    case 'atLeast':
      return `must be at least ${n(rule.limit)}`;
    case 'above':
      return `must be more than ${n(rule.limit)}`;
    case 'maxChars':
      return `may have at most ${plural(rule.limit, 'character', 'characters')}`;
    case 'minChars':
      return `must have at least ${plural(rule.limit, 'character', 'characters')}`;
    case 'maxItems':
      return `may have at most ${plural(rule.limit, 'item', 'items')}`;
    case 'minItems':
      return `must have at least ${plural(rule.limit, 'item', 'items')}`;
    case 'maxEntries':
      return `may have at most ${plural(rule.limit, 'entry', 'entries')}`;
    case 'number':
      return 'must be a number';
    case 'wholeNumber':
      return 'must be a whole number';
    case 'text':
      return 'must be text (in double quotes)';
    case 'trueFalse':
      return 'must be true or false';
    case 'object':
      return 'must be a group of fields in braces { }';
    case 'list':
      return 'must be a list in brackets [ ]';
    case 'required':
      return 'is required';
    case 'oneOf':
      return `must be one of ${listedValues(rule.values)}`;
    case 'unknownFields':
      return 'unknown field(s), not allowed here';
    case 'other':
      return rule.message;
  }
}

/** "a, b, c" — at most MAX_LISTED_VALUES, then "and N more". */
export function listedValues(values: readonly string[]): string {
  const shown = values.slice(0, MAX_LISTED_VALUES).join(', ');
  const more = values.length - MAX_LISTED_VALUES;
  return more > 0 ? `${shown} and ${n(more)} more` : shown;
}
