import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useI18n } from '../../i18n/i18n';
import { Link } from 'react-router';
import { AccessHidden } from '../../ui/access';
import { LoadMore } from '../../ui/load-more';
import { Detail } from '../../ui/detail';
import { RecordHeading } from '../../ui/record-heading';
import { RecordMissing } from '../../ui/record-missing';
import { useActionFailure } from '../../ui/use-action-failure';
import { ErrorNotice, Loading } from '../../ui/status';
import { useStaffDirectory } from '../reference/use-staff-names';
import { FeedbackComposer } from './feedback-composer';
import {
  CloseFeedbackThreadMutation,
  FEEDBACK_MESSAGES_PAGE_SIZE,
  FeedbackAttachmentContentQuery,
  FeedbackThreadQuery,
  MarkFeedbackThreadReadMutation,
  ReopenFeedbackThreadMutation,
  UnreadFeedbackCountQuery,
} from './feedback.graphql';
import { downloadBase64 } from './file-content';

/** Sizes as people read them. */
export function fileSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${Math.round(bytes / 1024)} KB`;
}

/**
 * One thread: its messages, the oldest first, with their files to download; a composer while it
 * is open; close and reopen for either side. Opening the page marks the thread read.
 */
export function FeedbackThreadPage({ id }: { id: string }) {
  const { t, name, formatDate, formatNumber } = useI18n();
  const staff = useStaffDirectory();
  const client = useApolloClient();
  const { failure: downloadError, run: runDownload } = useActionFailure();
  const { data, loading, error, refetch, fetchMore } = useQuery(FeedbackThreadQuery, {
    variables: { id, first: FEEDBACK_MESSAGES_PAGE_SIZE },
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const refreshBadge = { refetchQueries: [{ query: UnreadFeedbackCountQuery }] };
  const [markRead] = useMutation(MarkFeedbackThreadReadMutation, refreshBadge);
  const [close, closing] = useMutation(CloseFeedbackThreadMutation);
  const [reopen, reopening] = useMutation(ReopenFeedbackThreadMutation);
  const thread = data?.feedbackThread;
  const unread = thread?.unreadCount ?? 0;

  useEffect(() => {
    if (unread > 0) void markRead({ variables: { id } }).catch(() => undefined);
  }, [id, unread, markRead]);

  if (loading && !data) return <Loading />;
  if (!thread) return <RecordMissing error={error} onRetry={() => void refetch()} notFound={t('feedback.notFound')} back={{ to: '/feedback', label: t('feedback.back') }} />;

  const download = (attachment: { id: string; fileName?: string | null; mimeType: string }) =>
    runDownload(async () => {
      const result = await client.query({ query: FeedbackAttachmentContentQuery, variables: { id, first: 100 }, fetchPolicy: 'network-only' });
      const content = result.data?.feedbackThread?.messages.edges.flatMap((edge) => edge.node.attachments).find((file) => file.id === attachment.id)?.contentBase64;
      if (!content) throw new Error(t('common.unavailable'));
      downloadBase64(content, attachment.fileName ?? 'file', attachment.mimeType);
    });

  const open = thread.status === 'OPEN';
  const toggle = () => void (open ? close({ variables: { id } }) : reopen({ variables: { id } })).then(() => refetch()).catch(() => undefined);
  const changing = closing.loading || reopening.loading;
  const toggleError = closing.error ?? reopening.error;

  return (
    <section>
      <RecordHeading
        back={{ to: '/feedback', label: t('feedback.back') }}
        title={thread.personalDataHidden ? <AccessHidden reason={thread.personalDataHidden} /> : thread.subject}
        titleTestId="feedback-subject"
        status={t(`feedbackStatus.${thread.status}`)}
        statusClassName={`feedback-status-${thread.status.toLowerCase()}`}
        statusTestId="feedback-status"
      />
      {error != null && <ErrorNotice error={error} />}
      <dl className="details card">
        <Detail label={t('organization.region')}>{thread.region ? name(thread.region.name) : t('common.unavailable')}</Detail>
        <Detail label={t('feedback.topic')}>{t(`feedbackTopic.${thread.topic}`)}</Detail>
        <Detail label={t('feedback.opened')}>
          {formatDate(thread.createdAt)} · {staff.nameOf(thread.createdBy)}
        </Detail>
        {thread.statusChangedAt && thread.statusChangedBy && (
          <Detail label={open ? t('feedback.reopened') : t('feedback.closed')} testId="feedback-status-change">
            {formatDate(thread.statusChangedAt)} · {staff.nameOf(thread.statusChangedBy)}
          </Detail>
        )}
        {thread.links.length > 0 && (
          <Detail label={t('feedback.links')} wide>
            <ul className="plain-list">
              {thread.links.map((link) => (
                <li key={`${link.kind}:${link.targetId}`}>
                  <Link to={`/needs/${link.targetId}`}>{link.need ? t(`needTheme.${link.need.theme}`) : t('need.evidence.record', { id: link.targetId.slice(0, 8) })}</Link>
                </li>
              ))}
            </ul>
          </Detail>
        )}
      </dl>
      <div className="form-actions">
        <button type="button" className="button button-secondary" disabled={changing} onClick={toggle} data-testid="feedback-toggle">
          {open ? t('feedback.close') : t('feedback.reopen')}
        </button>
      </div>
      {toggleError && <ErrorNotice error={toggleError} />}

      <h2>{t('feedback.messages', { count: formatNumber(thread.messageCount) })}</h2>
      {downloadError != null && <ErrorNotice error={downloadError} />}
      <ol className="feedback-messages" data-testid="feedback-messages">
        {thread.messages.edges.map(({ node }) => (
          <li key={node.id} className="card feedback-message">
            <div className="muted small">
              {staff.nameOf(node.authorId)} · {formatDate(node.createdAt)}
            </div>
            <p className="feedback-message-text">{node.personalDataHidden ? <AccessHidden reason={node.personalDataHidden} /> : node.text}</p>
            {node.attachments.length > 0 && (
              <ul className="plain-list feedback-files">
                {node.attachments.map((attachment) => (
                  <li key={attachment.id}>
                    <button type="button" className="link-button" onClick={() => void download(attachment)}>
                      {t('feedback.download', { name: attachment.fileName ?? '…', size: fileSize(attachment.sizeBytes) })}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      <LoadMore pageInfo={thread.messages.pageInfo} onLoad={(after) => fetchMore({ variables: { after } })} />
      {open ? <FeedbackComposer threadId={id} onPosted={() => void refetch()} /> : <p className="muted">{t('feedback.closedHint')}</p>}
    </section>
  );
}
