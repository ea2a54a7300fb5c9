import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEVER_BY_KEY, runModel } from '../../../../models/index';
import { i18n } from '../../../shared/i18n/i18n';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { ERROR_CODES } from '../../../shared/room/frames';
import type { Change } from '../../../shared/room/views';
import { reveal, setDecision, setEvent, startRound } from '../session/actions';
import { sessionRunInput } from '../session/engine';
import { EVENTS, type SeminarEvent } from '../session/events';
import { DEFAULT_ROLES, OBJECTIVE_CHOICES, type Role } from '../session/roles';
import { createSession } from '../session/session';
import { roomPhase, roundPublication } from './round-views';
import { changeText, objectiveText, REFUSAL_CODES, refusalText, type ChangeWords } from './room-words';
import { loadContent } from '../../../shared/i18n/content';
import { ROLE_DOC } from '../session/role-fields';
import { roleTextNow } from '../role-text';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const readJson = (...path: string[]) => JSON.parse(readFileSync(join(ROOT, ...path), 'utf8'));

/** The interface catalogues and the role cards' translations of a language, as the phone has them once loaded. */
function wordsFor(lang: string, locale: string): ChangeWords {
  for (const ns of ['seminar', 'model']) if (!i18n.hasResourceBundle(lang, ns)) i18n.addResourceBundle(lang, ns, readJson('src', 'shared', 'i18n', 'locales', lang, `${ns}.json`));
  const roles: Record<string, { text: string }> = lang === 'en' ? {} : readJson('scenarios', 'i18n', lang, 'seminar-roles.json');
  const text = (path: string, english: string) => roles[path]?.text ?? english;
  return {
    t: i18n.getFixedT(lang, 'seminar'),
    locale,
    roles: {
      roleName: (r: Role) => text(`roles.${r.id}.name`, r.name),
      eventName: (e: SeminarEvent) => text(`events.${e.id}.name`, e.name),
      eventDescription: (e: SeminarEvent) => text(`events.${e.id}.description`, e.description),
    },
  };
}

/** A session whose round 2 opens with a drought after two teams moved levers in round 1, one of them renamed by the facilitator. */
function publishedRound2() {
  let s = createSession({ agents: 2000, yearsPerRound: 1, roundsTotal: 3 });
  s = { ...s, teams: s.teams.map((t) => (t.id === 'ngo' ? { ...t, name: 'Médecins en mer' } : t)) };
  s = startRound(s);
  s = setDecision(s, 'interior', { 'enforcement.intensity': 0.7 });
  s = setDecision(s, 'ngo', { 'searchAndRescue.capacity': 0.75 });
  s = reveal(s);
  s = startRound(s);
  s = setEvent(s, 'drought');
  const phase = roomPhase(s, null)!;
  return roundPublication(s, phase, runModel(sessionRunInput(s, phase.figuresRound)));
}

describe('what changed, as the room publishes it and each phone words it', () => {
  it('is published as data: ids, lever keys and numbers, no English words (a renamed team keeps the name its facilitator typed)', () => {
    const changes = publishedRound2().views.interior.changes;
    expect(changes).toEqual([
      { kind: 'event', event: 'drought' },
      { kind: 'move', team: 'interior', role: 'interior', lever: 'enforcement.intensity', from: 0.3, to: 0.7 },
      { kind: 'move', team: 'ngo', name: 'Médecins en mer', lever: 'searchAndRescue.capacity', from: 0.4, to: 0.75 },
    ]);
    const ids = new Set<string>(['event', 'move', ...EVENTS.map((e) => e.id), ...DEFAULT_ROLES.map((r) => r.id), ...LEVER_BY_KEY.keys()]);
    for (const c of changes) {
      expect(typeof c).toBe('object');
      for (const [field, value] of Object.entries(c as Change))
        if (typeof value === 'string' && field !== 'name') expect(ids.has(value), `${field}: ${value}`).toBe(true);
    }
  });

  it.each(LANGUAGES.map((l) => [l.code, l.locale] as const))('words every kind of change in %s, with its own numbers and names', (lang, locale) => {
    const w = wordsFor(lang, locale);
    const english = wordsFor('en', 'en-GB');
    const [event, move, renamed] = publishedRound2().views.interior.changes;
    const lines = [event, move, renamed].map((c) => changeText(c, w));
    for (const line of lines) expect(line).not.toMatch(/room\.change|levers\.|\{\{/);
    const drought = EVENTS.find((e) => e.id === 'drought')!;
    expect(lines[0]).toContain(w.roles.eventName(drought));
    expect(lines[0]).toContain(w.roles.eventDescription(drought));
    const from = new Intl.NumberFormat(locale, { minimumFractionDigits: 2 }).format(0.3);
    expect(lines[1]).toContain(from); // 0.30, or 0,30 in French and Spanish
    expect(lines[1]).toContain(w.roles.roleName(DEFAULT_ROLES.find((r) => r.id === 'interior')!));
    expect(lines[1]).toContain(w.t('model:levers.enforcement.intensity.label'));
    expect(lines[2]).toContain('Médecins en mer');
    if (lang !== 'en') {
      expect(lines[0]).not.toBe(changeText(event, english));
      expect(lines[1]).not.toBe(changeText(move, english));
    } else expect(lines[1]).toBe('Destination-State interior ministry: Enforcement intensity 0.30 → 0.70');
  });

  it('shows an old room’s line, already worded, as it is', () => {
    expect(changeText('Drought: the rains failed', wordsFor('fr', 'fr-FR'))).toBe('Drought: the rains failed');
  });
});

/** The role cards' words of a language as a phone has them: the translation of a key, else the English. */
function objectiveWordsFor(lang: string) {
  const roles: Record<string, { text: string }> = lang === 'en' ? {} : readJson('scenarios', 'i18n', lang, 'seminar-roles.json');
  const english = new Map<string, string>([
    ...DEFAULT_ROLES.flatMap((r) => r.objectives.map((o, i) => [`roles.${r.id}.objectives.${i}`, o.label] as const)),
    ...OBJECTIVE_CHOICES.map((o) => [`choices.${o.output}.${o.direction}`, o.label] as const),
  ]);
  return {
    objective: (o: { label: string }) => o.label,
    objectiveAt: (key: string, fallback: string) => (english.has(key) ? (roles[key]?.text ?? english.get(key)!) : fallback),
  };
}

describe('a team’s objectives, as a French facilitator publishes them and an Arabic phone words them', () => {
  it('publishes each built-in objective by its key, so the phone words it in Arabic, not in the facilitator’s French', async () => {
    await i18n.changeLanguage('fr');
    loadContent('fr', ROLE_DOC);
    // The role cards' French arrive in their own chunk: wait until the facilitator's page reads French.
    const frInterior = readJson('scenarios', 'i18n', 'fr', 'seminar-roles.json')['roles.interior.objectives.0'].text as string;
    for (let i = 0; i < 100 && roleTextNow.objective(DEFAULT_ROLES[0].objectives[0]) !== frInterior; i++) await new Promise((r) => setTimeout(r, 10));
    try {
      const view = publishedRound2().views.interior;
      // Data: a key of the role cards (the role's own, or the same words among the objectives to pick) and, for a phone that does not know it, the facilitator's French.
      expect(view.objectives).toHaveLength(DEFAULT_ROLES[0].objectives.length);
      for (const o of view.objectives) expect(o).toEqual({ key: expect.stringMatching(/^(roles\.interior\.objectives\.\d|choices\.\w+\.(lower|higher))$/), text: expect.any(String) });
      expect(view.objectives[0]).toEqual({ key: expect.any(String), text: frInterior });
      const ar = readJson('scenarios', 'i18n', 'ar', 'seminar-roles.json');
      const shown = view.objectives.map((o) => objectiveText(o, objectiveWordsFor('ar')));
      expect(shown).toEqual(DEFAULT_ROLES[0].objectives.map((_, i) => ar[`roles.interior.objectives.${i}`].text));
      expect(shown.join(' ')).toMatch(/[\u0600-\u06FF]/);
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('shows the facilitator’s words for a key the phone does not know, and an old room’s or an own objective’s string as it is', () => {
    const words = objectiveWordsFor('ar');
    expect(objectiveText({ key: 'roles.someday.objectives.0', text: 'Moins de morts' }, words)).toBe('Moins de morts');
    expect(objectiveText('Fewer deaths, in our words', words)).toBe('Fewer deaths, in our words');
  });
});

describe('the server’s refusals on a phone', () => {
  it('has a word for every code the server and the client library give', () => {
    expect(REFUSAL_CODES).toEqual([...ERROR_CODES, 'timeout', 'closed']);
  });

  it.each(LANGUAGES.map((l) => [l.code, l.locale] as const))('words every refusal code in %s (no missing key, not the server’s English)', (lang, locale) => {
    const { t } = wordsFor(lang, locale);
    const english = wordsFor('en', 'en-GB').t;
    const reason = 'The server’s own words, in English';
    for (const code of REFUSAL_CODES) {
      const text = refusalText(t, { code, reason });
      expect(text, code).not.toBe(reason);
      expect(text, code).not.toMatch(/room\.refusal/);
      expect(text.length, code).toBeGreaterThan(10);
      if (lang !== 'en') expect(text, code).not.toBe(refusalText(english, { code, reason }));
    }
  });

  it.each(LANGUAGES.map((l) => [l.code, l.locale] as const))('words every code for the facilitator in %s, never as if the facilitator were a phone', (lang, locale) => {
    const { t } = wordsFor(lang, locale);
    const reason = 'The server’s own words, in English';
    const phoneWords = new Set(['malformed', 'invalid', 'too-large', 'rate-limited', 'not-joined', 'unknown-room', 'closed']);
    for (const code of REFUSAL_CODES) {
      const text = refusalText(t, { code, reason }, 'facilitator');
      expect(text, code).not.toBe(reason);
      expect(text, code).not.toMatch(/room\.(host)?[rR]efusal/);
      // Where the phone's words speak to a phone ("this phone", "the code on the projector"), the facilitator reads others; elsewhere the same.
      if (phoneWords.has(code)) expect(text, code).not.toBe(refusalText(t, { code, reason }));
      else expect(text, code).toBe(refusalText(t, { code, reason }));
    }
    expect(refusalText(t, { reason: 'A decision the session refused, in the session’s words' }, 'facilitator')).toBe('A decision the session refused, in the session’s words');
  });

  it('falls back to the server’s words for a code it does not know, and for a problem without a code', () => {
    const { t } = wordsFor('ar', 'ar-u-nu-latn');
    expect(refusalText(t, { code: 'something-new', reason: 'A newer server says so' })).toBe('A newer server says so');
    expect(refusalText(t, { reason: 'Network down' })).toBe('Network down');
  });
});
