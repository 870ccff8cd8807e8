import type { Logger } from 'pino';
import type { DigestService } from '../preferences/digest.service';
import type { AnnouncementService } from './announcement.service';

/**
 * The scheduled job of the notifications worker: every ANNOUNCEMENT_POLL_MS it sends the
 * announcements due and builds the digests due. Both are safe to run in several workers at once
 * (row locks with SKIP LOCKED; one digest per account and period).
 */
export class AnnouncementScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly announcements: AnnouncementService,
    private readonly digests: DigestService,
    private readonly pollMs: number,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** One pass: the announcements due, then the digests due. */
  async tick(now = new Date()): Promise<{ announcements: number; digests: number }> {
    const announcements = await this.announcements.sendDue(now);
    const digests = await this.digests.run(now);
    if (announcements || digests) this.logger.info({ announcements, digests }, 'scheduled announcements sent and digests queued');
    return { announcements, digests };
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick()
        .then(() => undefined)
        .catch((error: unknown) => {
          if (!this.stopped) this.logger.warn({ err: error }, 'the announcement scheduler could not run; trying again at the next poll');
        })
        .finally(() => this.schedule(this.pollMs));
    }, delayMs);
  }
}
