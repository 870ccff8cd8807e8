import { FeedbackThreadStatus, FeedbackTopic } from './feedback-enums';
import type { FeedbackAttachment } from './feedback-attachment.type';
import type { FeedbackMessage } from './feedback-message.type';
import type { FeedbackThread } from './feedback-thread.type';

/** A row of `analytics.feedback_thread` with the caller's unread count, as a hand-written statement returns it. */
export interface FeedbackThreadRow {
  id: string;
  region_code: string;
  topic: string;
  subject: string;
  status: string;
  created_at: Date;
  created_by: string;
  last_message_at: Date;
  message_count: number;
  status_changed_at: Date | null;
  status_changed_by: string | null;
  unread_count: number;
}

export function toFeedbackThread(row: FeedbackThreadRow): FeedbackThread {
  return {
    id: row.id,
    region: { code: row.region_code },
    regionCode: row.region_code,
    topic: row.topic as FeedbackTopic,
    subject: row.subject,
    status: row.status as FeedbackThreadStatus,
    createdAt: row.created_at,
    createdBy: row.created_by,
    lastMessageAt: row.last_message_at,
    messageCount: row.message_count,
    unreadCount: row.unread_count,
    statusChangedAt: row.status_changed_at,
    statusChangedBy: row.status_changed_by,
  };
}

export interface FeedbackMessageRow {
  id: string;
  thread_id: string;
  author_id: string;
  text: string;
  created_at: Date;
}

export function toFeedbackMessage(row: FeedbackMessageRow, regionCode: string): FeedbackMessage {
  return { id: row.id, threadId: row.thread_id, authorId: row.author_id, text: row.text, createdAt: row.created_at, regionCode };
}

export interface FeedbackAttachmentRow {
  id: string;
  message_id: string;
  file_name: string;
  mime_type: string;
  size_bytes: number;
  sha256: string;
  storage_key: string;
  created_at: Date;
}

export function toFeedbackAttachment(row: FeedbackAttachmentRow, regionCode: string): FeedbackAttachment {
  return {
    id: row.id,
    messageId: row.message_id,
    fileName: row.file_name,
    mimeType: row.mime_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    storageKey: row.storage_key,
    createdAt: row.created_at,
    regionCode,
  };
}
