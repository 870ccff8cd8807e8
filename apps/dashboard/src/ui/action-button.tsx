import { useState } from 'react';
import { FormFailure } from './form-failure';
import { useActionFailure } from './use-action-failure';

/**
 * A row's small button that runs one action (a mutation): disabled while it runs, then why it
 * failed under it; `confirm`, when given, is asked first and a "no" runs nothing.
 */
export function ActionButton({ label, confirm, action }: { label: string; confirm?: string; action: () => Promise<unknown> }) {
  const { failure, run } = useActionFailure();
  const [running, setRunning] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button-secondary button-small"
        disabled={running}
        onClick={() => {
          if (confirm && !window.confirm(confirm)) return;
          setRunning(true);
          void run(action).finally(() => setRunning(false));
        }}
      >
        {label}
      </button>
      <FormFailure error={failure} />
    </>
  );
}
