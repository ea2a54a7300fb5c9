/**
 * The theme menu in the header, beside the language menu: follow the system, light or dark. The
 * choice is remembered in this browser (theme.ts).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseTheme, isThemeChoice, storedThemeChoice, THEME_CHOICES } from './theme';

export function ThemeMenu() {
  const { t } = useTranslation();
  const id = useId();
  const [choice, setChoice] = useState(storedThemeChoice);
  return (
    <div className="language-menu theme-menu">
      <label htmlFor={id}>{t('app.theme')}</label>
      <select
        id={id}
        value={choice}
        data-testid="theme-menu"
        onChange={(e) => {
          if (!isThemeChoice(e.target.value)) return;
          chooseTheme(e.target.value);
          setChoice(e.target.value);
        }}
      >
        {THEME_CHOICES.map((c) => (
          <option key={c} value={c}>
            {t(`app.themeChoice.${c}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
