/**
 * What the scenario switch has to say: a question before the user's work is replaced (with a way
 * to save it first), a file that could not be loaded — the validation message names the field,
 * the value and what is allowed, and nothing on the page changed — or a file that was loaded.
 */
import { useEffect, useId, useRef } from 'react';
import { describeWork, targetTitle, workOf, type FlowState } from './import-flow';
import type { ExplorerSettings } from '../../../shared/settings/settings';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../../scenarios/format';
import { useScenarioTitles } from '../../../shared/i18n/scenario-content';
import { importFixText, importProblemText } from './import-words';

interface SwitchMessagesProps {
  readonly flow: FlowState;
  readonly settings: ExplorerSettings;
  readonly currentTitle: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  readonly onDismiss: () => void;
  readonly onSaveFirst: () => void;
}

function ConfirmSwitch({ title, currentTitle, work, onConfirm, onCancel, onSaveFirst }: {
  readonly title: string;
  readonly currentTitle: string;
  readonly work: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  readonly onSaveFirst: () => void;
}) {
  const { t } = useTranslation('explore');
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [title]);
  return (
    <section className="notice confirm-switch" role="alertdialog" aria-modal="false" aria-labelledby={headingId} data-testid="confirm-switch">
      <h2 id={headingId} ref={heading} tabIndex={-1} className="notice-title">
        {t('switch.question', { title })}
      </h2>
      <p>{t('switch.explain', { work, current: currentTitle })}</p>
      <div className="notice-actions">
        <button type="button" className="small-button" onClick={onSaveFirst}>
          {t('switch.saveFirst')}
        </button>
        <button type="button" className="primary-button" onClick={onConfirm} data-testid="confirm-load">
          {t('switch.load', { title })}
        </button>
        <button type="button" className="small-button" onClick={onCancel} data-testid="cancel-load">
          {t('switch.keep')}
        </button>
      </div>
    </section>
  );
}

export function SwitchMessages({ flow, settings, currentTitle, onConfirm, onCancel, onDismiss, onSaveFirst }: SwitchMessagesProps) {
  const { t } = useTranslation('explore');
  const titles = useScenarioTitles();
  return (
    <>
      <div role="alert" className="import-alert-region">
        {flow.problem && (
          <div className="notice notice-error" data-testid="import-error" data-path={flow.problem.path}>
            <p className="notice-title">{t('switch.notLoaded', { file: flow.problem.fileName })}</p>
            <p className="import-problem">{importProblemText(t, flow.problem)}</p>
            <p className="small">{importFixText(t, flow.problem)}</p>
            <div className="notice-actions">
              <button type="button" className="small-button" onClick={onDismiss}>
                {t('common:app.dismiss')}
              </button>
            </div>
          </div>
        )}
      </div>
      <div role="status" className="import-status-region">
        {flow.loaded && (
          <div className="notice notice-ok" data-testid="import-loaded">
            <p>
              {t('switch.loaded', { title: flow.loaded.title, file: flow.loaded.fileName })}
              {flow.loaded.renamedFrom && ` ${t('switch.renamed', { id: flow.loaded.renamedFrom })}`}
            </p>
            <div className="notice-actions">
              <button type="button" className="small-button" onClick={onDismiss}>
                {t('common:app.dismiss')}
              </button>
            </div>
          </div>
        )}
      </div>
      {flow.pending && (
        <ConfirmSwitch
          title={flow.pending.kind === 'file' ? targetTitle(flow.pending) : titles({ id: flow.pending.id, title: flow.pending.title } as Scenario)}
          currentTitle={currentTitle}
          work={describeWork(workOf(settings))}
          onConfirm={onConfirm}
          onCancel={onCancel}
          onSaveFirst={onSaveFirst}
        />
      )}
    </>
  );
}
