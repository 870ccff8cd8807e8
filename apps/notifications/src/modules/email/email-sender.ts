import type { Logger } from 'pino';
import nodemailer, { type Transporter } from 'nodemailer';
import type { DataSource } from 'typeorm';
import type { NotificationsConfig } from '../../notifications.config';
import { renderEmail, type EmailFacts } from './email-render';

interface DueEmail extends EmailFacts {
  id: string;
  email: string;
  messageId: string;
  attempts: number;
  /** Set for an email written whole when it was queued (an announcement, a digest): sent as it is. */
  subject: string | null;
  textBody: string | null;
  htmlBody: string | null;
  headers: Record<string, string> | null;
}

/** What an SMTP server's refusal says: its reply (`550 5.1.1 …`) and code, or the connection error. */
export interface SendFailure {
  reason: string;
  responseCode: number | null;
  /** 5xx: the server will not take it, trying again changes nothing. */
  permanent: boolean;
}

export function sendFailure(error: unknown): SendFailure {
  const e = error as { responseCode?: number; response?: string; message?: string; code?: string };
  const responseCode = typeof e.responseCode === 'number' ? e.responseCode : null;
  const reason = (e.response || e.message || String(error)).slice(0, 1000);
  return { reason: e.code && !e.response ? `${e.code}: ${reason}` : reason, responseCode, permanent: responseCode !== null && responseCode >= 500 && responseCode < 600 };
}

/** The wait before attempt `attempts + 1`: the base, doubled at each attempt, at most the maximum. */
export function retryDelayMs(attempts: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
}

/**
 * Sends the queued emails through SMTP (nodemailer), at least once each: it takes a batch (a lease,
 * so a sender that dies mid-send leaves them to be taken again when the lease runs out), sends each
 * with its event-derived Message-ID, and records the outcome in the delivery log: SENT; QUEUED
 * again after a temporary failure (4xx, no connection), with exponential backoff; FAILED after a
 * permanent one (5xx) or the last attempt, with the server's reason.
 */
export class EmailSender {
  private readonly transport: Transporter | null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: NotificationsConfig,
    private readonly logger: Logger,
  ) {
    this.transport = config.SMTP_HOST
      ? nodemailer.createTransport({
          host: config.SMTP_HOST,
          port: config.SMTP_PORT,
          secure: config.SMTP_SECURE,
          ...(config.SMTP_USER && config.SMTP_PASSWORD ? { auth: { user: config.SMTP_USER, pass: config.SMTP_PASSWORD } } : {}),
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        })
      : null;
  }

  /** Starts polling for emails due; without SMTP_HOST nothing is sent and they stay queued. */
  start(): void {
    if (!this.transport) {
      this.logger.warn('SMTP_HOST is not set: emails are queued in the delivery log but not sent');
      return;
    }
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    this.transport?.close();
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.sendDue()
        .then((sent) => this.schedule(sent === this.config.MAIL_BATCH_SIZE ? 0 : this.config.MAIL_POLL_MS))
        .catch((error: unknown) => {
          // The database away (a restart): try again at the next poll.
          if (!this.stopped) this.logger.warn({ err: error }, 'email sender could not read its queue');
          this.schedule(this.config.MAIL_POLL_MS);
        });
    }, delayMs);
  }

  /** Takes one batch of emails due and sends it. @returns how many it took. */
  async sendDue(): Promise<number> {
    if (!this.transport || !this.dataSource.isInitialized) return 0;
    const due: DueEmail[] = await this.dataSource.query(
      `WITH taken AS (
         UPDATE notifications.email_delivery d
         SET status = 'SENDING', attempts = d.attempts + 1, last_attempt_at = now(), lease_until = now() + $2 * interval '1 millisecond'
         WHERE d.id IN (
           SELECT id FROM notifications.email_delivery
           WHERE (status = 'QUEUED' AND next_attempt_at <= now()) OR (status = 'SENDING' AND lease_until < now())
           ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
         RETURNING d.*)
       SELECT t.id, t.email, t.message_id AS "messageId", t.attempts, t.kind, t.language, n.region_code AS "regionCode",
         n.district_code AS "districtCode", coalesce(n.audience, 'OFFICE') AS audience, n.from_status AS "fromStatus", n.to_status AS "toStatus",
         n.assignee_id AS "assigneeId", coalesce(n.detail, '{}'::jsonb) AS detail, r.name AS "recipientName",
         t.subject, t.text_body AS "textBody", t.html_body AS "htmlBody", t.headers
       FROM taken t
       LEFT JOIN notifications.notification n ON n.id = t.notification_id
       LEFT JOIN notifications.recipient r ON r.account_id = t.recipient_id`,
      [this.config.MAIL_BATCH_SIZE, this.config.MAIL_LEASE_MS],
    );
    for (const email of due) await this.sendOne(email);
    return due.length;
  }

  private async sendOne(email: DueEmail): Promise<void> {
    let failure: SendFailure | null = null;
    try {
      const rendered = email.subject !== null ? { subject: email.subject, text: email.textBody ?? '', html: email.htmlBody ?? '' } : renderEmail(email, this.config.DASHBOARD_URL);
      await this.transport!.sendMail({
        from: this.config.MAIL_FROM,
        to: email.email,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        messageId: email.messageId,
        headers: { 'Content-Language': email.language, 'X-Birge-Notification-Kind': email.kind, ...(email.headers ?? {}) },
      });
    } catch (error) {
      failure = sendFailure(error);
    }
    if (!failure) {
      await this.dataSource.query(
        `UPDATE notifications.email_delivery SET status = 'SENT', sent_at = now(), lease_until = NULL, failure_reason = NULL, response_code = 250 WHERE id = $1`,
        [email.id],
      );
      return;
    }
    const final = failure.permanent || email.attempts >= this.config.MAIL_MAX_ATTEMPTS;
    const delay = retryDelayMs(email.attempts, this.config.MAIL_RETRY_BASE_MS, this.config.MAIL_RETRY_MAX_MS);
    await this.dataSource.query(
      `UPDATE notifications.email_delivery
       SET status = $2, failure_reason = $3, response_code = $4, lease_until = NULL,
         next_attempt_at = CASE WHEN $2 = 'QUEUED' THEN now() + $5 * interval '1 millisecond' ELSE next_attempt_at END
       WHERE id = $1`,
      [email.id, final ? 'FAILED' : 'QUEUED', failure.reason, failure.responseCode, delay],
    );
    this.logger.warn({ deliveryId: email.id, attempts: email.attempts, reason: failure.reason, final }, final ? 'email failed' : 'email will be tried again');
  }
}
