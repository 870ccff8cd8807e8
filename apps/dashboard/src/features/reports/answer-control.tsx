import type { ReactNode } from 'react';
import { describeFieldError, type FieldError } from '../../errors/graphql-errors';
import type { ReportNeedOptionsQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { overridesPrefill, type AnswerDraft, type ReportAnswer, type ReportField } from './report-answers';

type NeedOption = ReportNeedOptionsQuery['needs']['edges'][number]['node'];

/** The ids a field's controls and its errors share, so the summary can move focus to the field. */
export const answerControlId = (key: string) => `report-answer-${key}`;

function Problems({ id, problems }: { id: string; problems: readonly FieldError[] }) {
  const i18n = useI18n();
  if (problems.length === 0) return null;
  return (
    <ul className="field-errors" id={id} data-testid={`answer-errors-${id}`}>
      {problems.map((problem) => (
        <li key={`${problem.field}:${problem.code}`}>{describeFieldError(i18n, problem)}</li>
      ))}
    </ul>
  );
}

/** The pre-filled figure of a NUMBER answer: its source, how it is counted, the figure and when it was computed. */
export function PrefillNote({ answer, children }: { answer: ReportAnswer | undefined; children?: ReactNode }) {
  const { t, name, formatNumber, formatDate } = useI18n();
  const prefill = answer?.prefill;
  if (!prefill) return null;
  return (
    <div className="report-prefill" data-testid={`prefill-${answer.fieldKey}`}>
      <div>
        <strong>{t('report.prefill.source', { source: name(prefill.source.label) })}</strong>{' '}
        {prefill.figure === null ? t('report.prefill.unknown') : t('report.prefill.figure', { figure: formatNumber(prefill.figure), date: formatDate(prefill.computedAt) })}
      </div>
      <div className="muted small">{name(prefill.source.description)}</div>
      {children}
    </div>
  );
}

/**
 * One answer of the report being filled: the control of the field's type, its comment, the
 * pre-filled figure with its source (overriding it asks for a comment at once), and the problems
 * the API found with it on submit.
 */
export function AnswerControl({
  field,
  answer,
  draft,
  problems,
  needs,
  onChange,
}: {
  field: ReportField;
  answer: ReportAnswer | undefined;
  draft: AnswerDraft;
  problems: readonly FieldError[];
  needs: readonly NeedOption[];
  onChange: (draft: AnswerDraft) => void;
}) {
  const { t, name, formatNumber } = useI18n();
  const id = answerControlId(field.key);
  const valueProblems = problems.filter((problem) => !problem.field.endsWith('.comment'));
  const commentProblems = problems.filter((problem) => problem.field.endsWith('.comment'));
  const overriding = overridesPrefill(answer, draft);
  const commentMissing = overriding && !draft.comment.trim();
  const describedBy = [field.help ? `${id}-help` : '', valueProblems.length ? `${id}-errors` : ''].filter(Boolean).join(' ') || undefined;
  const invalid = valueProblems.length > 0;
  const set = (change: Partial<AnswerDraft>) => onChange({ ...draft, ...change });
  const question = `${name(field.label)}${field.required ? ' *' : ''}`;
  const toggle = (list: string[], value: string, on: boolean) => (on ? [...list, value] : list.filter((item) => item !== value));

  let control: ReactNode;
  if (field.type === 'NUMBER' || field.type === 'TEXT') {
    control = (
      <>
        <label htmlFor={id}>{question}</label>
        {field.type === 'NUMBER' ? (
          <input
            id={id}
            type="text"
            inputMode="decimal"
            value={draft.number}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(event) => set({ number: event.target.value })}
          />
        ) : (
          <textarea id={id} rows={5} value={draft.text} aria-invalid={invalid} aria-describedby={describedBy} onChange={(event) => set({ text: event.target.value })} />
        )}
      </>
    );
  } else {
    const options =
      field.type === 'NEEDS'
        ? needs.map((need) => ({ value: need.id, label: t('report.needOption', { theme: t(`needTheme.${need.theme}`), date: need.firstNoticedOn }) }))
        : field.choices.map((choice) => ({ value: choice.key, label: name(choice.label) }));
    const picked = field.type === 'NEEDS' ? draft.needIds : draft.choices;
    control = (
      <fieldset id={id} tabIndex={-1} aria-invalid={invalid} aria-describedby={describedBy}>
        <legend>{question}</legend>
        {options.length === 0 && <p className="muted small">{t('report.noNeeds')}</p>}
        {options.map((option) => (
          <label key={option.value} className="checkbox">
            {field.type === 'CHOICE' ? (
              <input type="radio" name={id} checked={picked.includes(option.value)} onChange={() => set({ choices: [option.value] })} />
            ) : (
              <input
                type="checkbox"
                checked={picked.includes(option.value)}
                onChange={(event) =>
                  field.type === 'NEEDS'
                    ? set({ needIds: toggle(draft.needIds, option.value, event.target.checked) })
                    : set({ choices: toggle(draft.choices, option.value, event.target.checked) })
                }
              />
            )}
            <span>{option.label}</span>
          </label>
        ))}
      </fieldset>
    );
  }

  return (
    <div className={invalid || commentProblems.length ? 'form-field form-field-invalid report-answer' : 'form-field report-answer'} data-testid={`answer-${field.key}`}>
      {control}
      {field.help && (
        <p className="muted small" id={`${id}-help`}>
          {name(field.help)}
        </p>
      )}
      <Problems id={`${id}-errors`} problems={valueProblems} />
      <PrefillNote answer={answer}>
        {overriding && answer?.prefill?.figure !== null && answer?.prefill?.figure !== undefined && (
          <button type="button" className="button button-link" onClick={() => set({ number: String(answer.prefill?.figure) })}>
            {t('report.prefill.use', { figure: formatNumber(answer.prefill.figure) })}
          </button>
        )}
      </PrefillNote>
      <label htmlFor={`${id}-comment`} className="report-comment-label">
        {overriding ? t('report.commentOverride') : t('report.comment')}
      </label>
      <textarea
        id={`${id}-comment`}
        rows={2}
        value={draft.comment}
        aria-invalid={commentProblems.length > 0 || commentMissing}
        aria-describedby={commentMissing || commentProblems.length ? `${id}-comment-errors` : undefined}
        onChange={(event) => set({ comment: event.target.value })}
      />
      {(commentMissing || commentProblems.length > 0) && (
        <ul className="field-errors" id={`${id}-comment-errors`} data-testid={`comment-errors-${field.key}`}>
          {commentMissing && commentProblems.length === 0 && <li>{t('report.overrideNeedsComment')}</li>}
          {commentProblems.map((problem) => (
            <CommentProblem key={problem.code} problem={problem} />
          ))}
        </ul>
      )}
    </div>
  );
}

function CommentProblem({ problem }: { problem: FieldError }) {
  const i18n = useI18n();
  return <li>{describeFieldError(i18n, problem)}</li>;
}
