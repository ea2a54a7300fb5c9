/**
 * When the link asks for a language the page does not have (`lang=de`), says so — naming the
 * value and the languages there are — above the view, which opens in the language it would
 * otherwise have used. Never a blank page. Dismissable.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../shared/i18n/i18n';
import { unknownLanguageInLink } from '../shared/i18n/language-choice';
import { languageInfo } from '../shared/i18n/languages';

export function LanguageNotice() {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState(false);
  const unknown = unknownLanguageInLink();
  if (!unknown || dismissed) return null;
  const allowed = unknown.allowed.map((code) => `${code} (${languageInfo(code).name})`).join(', ');
  return (
    <div className="notice notice-warning language-notice" role="alert" data-testid="language-notice">
      <p>{t('app.unknownLanguage', { value: unknown.value, allowed, shown: languageInfo(currentLanguage()).name })}</p>
      <button type="button" className="small-button" onClick={() => setDismissed(true)}>
        {t('app.dismiss')}
      </button>
    </div>
  );
}
