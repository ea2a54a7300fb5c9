/**
 * What the scenario switch has to say: a question before the user's work is replaced (with a way
 * to save it first), a file that could not be loaded — the validation message names the field,
 * the value and what is allowed, and nothing on the page changed — or a file that was loaded.
 */
import { useEffect, useId, useRef } from 'react';
import { describeWork, targetTitle, workOf, type FlowState } from './import-flow';
import type { ExplorerSettings } from '../../../shared/settings/settings';

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
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [title]);
  return (
    <section className="notice confirm-switch" role="alertdialog" aria-modal="false" aria-labelledby={headingId} data-testid="confirm-switch">
      <h2 id={headingId} ref={heading} tabIndex={-1} className="notice-title">
        Load “{title}”?
      </h2>
      <p>
        You have {work} in “{currentTitle}”. Loading another scenario starts it as it is, and your changes would be lost. You can save them as a scenario
        file first and import it again later.
      </p>
      <div className="notice-actions">
        <button type="button" className="small-button" onClick={onSaveFirst}>
          Save my changes as a file
        </button>
        <button type="button" className="primary-button" onClick={onConfirm} data-testid="confirm-load">
          Load “{title}”
        </button>
        <button type="button" className="small-button" onClick={onCancel} data-testid="cancel-load">
          Keep my changes
        </button>
      </div>
    </section>
  );
}

export function SwitchMessages({ flow, settings, currentTitle, onConfirm, onCancel, onDismiss, onSaveFirst }: SwitchMessagesProps) {
  return (
    <>
      <div role="alert" className="import-alert-region">
        {flow.problem && (
          <div className="notice notice-error" data-testid="import-error" data-path={flow.problem.path}>
            <p className="notice-title">“{flow.problem.fileName}” could not be loaded. Nothing on the page has changed.</p>
            <p className="import-problem">{flow.problem.message}</p>
            <p className="small">Fix the field named above in the file (it is plain JSON text) and import it again.</p>
            <div className="notice-actions">
              <button type="button" className="small-button" onClick={onDismiss}>
                Dismiss
              </button>
            </div>
          </div>
        )}
      </div>
      <div role="status" className="import-status-region">
        {flow.loaded && (
          <div className="notice notice-ok" data-testid="import-loaded">
            <p>
              Loaded “{flow.loaded.title}” from {flow.loaded.fileName}. It is now the baseline, and it stays in the list under “Your scenarios” in this browser.
              {flow.loaded.renamedFrom && ` Its id “${flow.loaded.renamedFrom}” belongs to a built-in scenario, so it is kept under a new id.`}
            </p>
            <div className="notice-actions">
              <button type="button" className="small-button" onClick={onDismiss}>
                Dismiss
              </button>
            </div>
          </div>
        )}
      </div>
      {flow.pending && (
        <ConfirmSwitch
          title={targetTitle(flow.pending)}
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
