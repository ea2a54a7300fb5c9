/**
 * The language menu in the header. Each language is named in its own words (and marked with its
 * own `lang`, so a screen reader pronounces it right); the choice is remembered in this browser and
 * written in the address, so "Copy link" carries it.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseLanguage } from '../shared/i18n/language-choice';
import { currentLanguage } from '../shared/i18n/i18n';
import { isLanguage, LANGUAGES } from '../shared/i18n/languages';

export function LanguageMenu() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="language-menu">
      <label htmlFor={id}>{t('app.language')}</label>
      <select
        id={id}
        value={currentLanguage()}
        data-testid="language-menu"
        onChange={(e) => {
          if (isLanguage(e.target.value)) void chooseLanguage(e.target.value);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
      </select>
    </div>
  );
}
