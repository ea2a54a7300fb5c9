/**
 * "Import a scenario file": a native file input (so the keyboard, screen readers and the
 * platform's file dialog work as usual) styled as a button. The file is handed on as is; reading
 * and validating it is the caller's (use-scenario-switch.ts).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export function ImportButton({ onFile }: { readonly onFile: (file: File) => void }) {
  const { t } = useTranslation('explore');
  const id = useId();
  return (
    <span className="import-button">
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        className="visually-hidden-input"
        data-testid="import-file"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = ''; // choosing the same file again must fire again
          if (file) onFile(file);
        }}
      />
      <label htmlFor={id} className="small-button">
        {t('import.button')}
      </label>
    </span>
  );
}
