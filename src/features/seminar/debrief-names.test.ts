/**
 * The debrief's robustness line names business as usual mid-sentence: in lower case (and with
 * the article French and Spanish need), not as the table's capitalised label.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, runModel } from '../../../models/index';
import { findScenario, scenarioToRunInput } from '../../../scenarios/index';
import { i18n } from '../../shared/i18n/i18n';
import { robustnessSentences } from '../../shared/weights/robustness-text';
import { debriefRobustnessNames } from './debrief-names';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const run = (id: string) => runModel({ ...scenarioToRunInput(findScenario(id)!), agents: 1_000, months: 24, seed: 1 }).summary;

describe('the debrief’s robustness line', () => {
  const expected: Record<string, RegExp> = {
    en: /^Session: higher than business as usual on human security in /,
    fr: /^Séance : au-dessus de la situation de statu quo en sécurité humaine dans /,
    es: /^Sesión: por encima de la situación de statu quo en seguridad humana en el /,
  };
  for (const [lang, pattern] of Object.entries(expected)) {
    it(`names business as usual in lower case mid-sentence (${lang})`, () => {
      for (const ns of ['seminar', 'common']) {
        if (!i18n.hasResourceBundle(lang, ns)) i18n.addResourceBundle(lang, ns, JSON.parse(readFileSync(join(ROOT, 'src', 'shared', 'i18n', 'locales', lang, `${ns}.json`), 'utf8')));
      }
      const t = i18n.getFixedT(lang, 'seminar');
      const [human, state] = robustnessSentences(i18n.getFixedT(lang, 'common'), debriefRobustnessNames(t), [run('human-security-mix')], [run('baseline')], DEFAULT_WEIGHTS);
      expect(human.text).toMatch(pattern);
      expect(state.text).not.toMatch(/Business as usual|Statu quo/);
      // The table's label keeps its capital.
      expect(t('export.bau')).toMatch(/^[BS]/);
    });
  }
});
