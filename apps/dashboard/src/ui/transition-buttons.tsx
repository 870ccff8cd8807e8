/**
 * The moves a workflow allows from a record's status, one toggle button each (the chosen one
 * pressed), or the sentence saying the record is final when there is none.
 */
export function TransitionButtons<S extends string>({
  transitions,
  chosen,
  onChoose,
  label,
  finalText,
  testId,
}: {
  transitions: readonly S[];
  chosen: S | null;
  onChoose: (status: S) => void;
  label: (status: S) => string;
  finalText: string;
  /** The test ids of the final sentence and of the buttons' group. */
  testId: { final: string; buttons: string };
}) {
  if (transitions.length === 0) {
    return (
      <p className="muted" data-testid={testId.final}>
        {finalText}
      </p>
    );
  }
  return (
    <div className="action-buttons" data-testid={testId.buttons}>
      {transitions.map((status) => (
        <button key={status} type="button" className={chosen === status ? 'button' : 'button button-secondary'} aria-pressed={chosen === status} onClick={() => onChoose(status)}>
          {label(status)}
        </button>
      ))}
    </div>
  );
}
