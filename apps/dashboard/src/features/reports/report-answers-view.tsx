import { useQuery } from '@apollo/client/react';
import type { ReportFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Link } from 'react-router';
import { AccessHidden } from '../../ui/access';
import { PrefillNote } from './answer-control';
import type { ReportAnswer, ReportField } from './report-answers';
import { ReportSections } from './report-sections';
import { ReportNeedOptionsQuery } from './reports.graphql';

function AnswerValue({ field, answer, needThemes }: { field: ReportField; answer: ReportAnswer | undefined; needThemes: Map<string, string> }) {
  const { t, name, formatNumber } = useI18n();
  if (!answer) return <span className="muted">{t('report.notAnswered')}</span>;
  if (field.type === 'NUMBER') return answer.number === null ? <span className="muted">{t('report.notAnswered')}</span> : <span>{formatNumber(answer.number)}</span>;
  if (field.type === 'TEXT') {
    if (answer.text === null && answer.personalDataHidden) return <AccessHidden reason={answer.personalDataHidden} />;
    return answer.text ? <span className="request-description">{answer.text}</span> : <span className="muted">{t('report.notAnswered')}</span>;
  }
  if (field.type === 'NEEDS') {
    if (!answer.needIds?.length) return <span className="muted">{t('report.notAnswered')}</span>;
    return (
      <ul className="plain-list">
        {answer.needIds.map((id) => (
          <li key={id}>
            <Link to={`/needs/${id}`}>{needThemes.get(id) ?? t('need.evidence.record', { id: id.slice(0, 8) })}</Link>
          </li>
        ))}
      </ul>
    );
  }
  if (!answer.choices?.length) return <span className="muted">{t('report.notAnswered')}</span>;
  return <span>{answer.choices.map((key) => name(field.choices.find((choice) => choice.key === key)?.label) || key).join(', ')}</span>;
}

/**
 * A report as it was submitted, to read: every answer by section, with its comment, the pre-filled
 * figure and whether it was overridden. Free text comes back null for roles that may not read it;
 * the reason is shown in its place.
 */
export function ReportAnswersView({ report }: { report: ReportFieldsFragment }) {
  const { t, name } = useI18n();
  const questionOf = (field: ReportField) => `${name(field.label)}${field.required ? ' *' : ''}`;
  const withNeeds = report.fields.some((field) => field.type === 'NEEDS');
  const needs = useQuery(ReportNeedOptionsQuery, { variables: { regionCode: report.regionCode }, skip: !withNeeds, errorPolicy: 'all', fetchPolicy: 'cache-and-network' });
  const needThemes = new Map(
    (needs.data?.needs.edges ?? []).map(({ node }) => [node.id, t('report.needOption', { theme: t(`needTheme.${node.theme}`), date: node.firstNoticedOn })]),
  );
  return (
    <div data-testid="report-answers">
      <ReportSections report={report}>
        {(field) => {
          const answer = report.answers.find((candidate) => candidate.fieldKey === field.key);
          return (
            <dl key={field.key} className="report-answer-view" data-testid={`answer-view-${field.key}`}>
              <dt>{questionOf(field)}</dt>
              <dd>
                <AnswerValue field={field} answer={answer} needThemes={needThemes} />
                {answer?.overridden && <span className="badge report-overridden">{t('report.overridden')}</span>}
                <PrefillNote answer={answer} />
                {answer?.comment && (
                  <p className="report-answer-comment">
                    {t('report.commentValue')} {answer.comment}
                  </p>
                )}
                {!answer?.comment && answer?.personalDataHidden && field.type !== 'TEXT' && (
                  <p className="report-answer-comment">
                    {t('report.commentValue')} <AccessHidden reason={answer.personalDataHidden} />
                  </p>
                )}
              </dd>
            </dl>
          );
        }}
      </ReportSections>
    </div>
  );
}
