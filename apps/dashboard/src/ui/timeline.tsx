import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { AccessHidden } from './access';

/**
 * One entry of a record's timeline (`<ol className="timeline">`): when it happened and, when
 * known, who did it (`by`), over what happened (`children`); `className` adds to the entry's.
 */
export function TimelineEntry({ at, by, className, children }: { at: string; by?: string; className?: string; children: ReactNode }) {
  const { formatDate } = useI18n();
  return (
    <li className={className ? `timeline-entry ${className}` : 'timeline-entry'}>
      <span className="muted small">
        {formatDate(at)}
        {by !== undefined && ` · ${by}`}
      </span>
      {children}
    </li>
  );
}

/** The text an entry of a timeline carries (a comment, a reason), or why the API withholds it: nothing when there is neither. */
export function TimelineNote({ text, hidden }: { text: string | null | undefined; hidden?: string | null }) {
  if (hidden) {
    return (
      <p className="timeline-text">
        <AccessHidden reason={hidden} />
      </p>
    );
  }
  return text ? <p className="timeline-text">{text}</p> : null;
}
