/**
 * A piece of built-in content (a scenario's story, a claim, a tour step) in the interface
 * language; when its translation is missing or stale, the English with a small "not yet
 * translated" mark (and `lang="en"`, so a screen reader switches voice).
 */
import { useTranslation } from 'react-i18next';
import type { Shown } from './content';

export function ContentText({ shown }: { readonly shown: Shown }) {
  const { t } = useTranslation();
  if (!shown.untranslated) return <>{shown.text}</>;
  return (
    <>
      <span lang="en" dir="ltr">
        {shown.text}
      </span>{' '}
      <small className="untranslated" data-testid="untranslated">
        {t('content.untranslated')}
      </small>
    </>
  );
}
