import {
  accessError,
  ConflictError,
  decodeTimeIdCursor,
  NotFoundError,
  pageSize,
  sweepInBatches,
  toConnection,
  ValidationError,
  type ConnectionShape,
  type FieldError,
  type LoaderRegistry,
} from '@birge/server-kit';
import { AccessRestriction, isUuid, type Identity } from '@birge/shared-reference';
import type { DataSource, EntityManager } from 'typeorm';
import { countAudience } from './announcement-audience';
import { announcementGuidesLoader, checkGuideIds, replaceAnnouncementGuides } from './announcement-guides';
import { dispatchAnnouncement } from './announcement-dispatch';
import { AnnouncementStatus } from './announcement-enums';
import type { CreateAnnouncementInput, UpdateAnnouncementInput } from './announcement-input';
import type { AnnouncementTargetInput } from './announcement-target.input';
import type { AnnouncementConfig } from './announcement.config';
import { authorScope, checkSchedule, checkTarget, checkText, readerScope } from './announcement.rules';
import { announcementColumns, figuresJoin, loadAnnouncement, mustLoadAnnouncement, toAnnouncement, type AnnouncementRow } from './announcement.store';
import type { Announcement, AnnouncementAudience } from './announcement.type';
import { readUnsubscribeToken } from './unsubscribe-token';

const EDITABLE: readonly string[] = [AnnouncementStatus.DRAFT, AnnouncementStatus.SCHEDULED];

/**
 * Announcements: drafts, scheduling, the audience preview, sending (now or by the scheduler) and
 * unsubscribing. Republican administrators work with every announcement, regional staff with their
 * region's (and read those sent to it); nobody sees an address through them.
 */
export class AnnouncementService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AnnouncementConfig,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Newest first. A regional reader gets their region's own and those sent to their region. */
  async list(
    identity: Identity,
    status: AnnouncementStatus | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<ConnectionShape<Announcement>> {
    const scope = readerScope(identity);
    const limit = pageSize(first);
    const cursor = decodeTimeIdCursor(after);
    const values: unknown[] = [];
    const add = (value: unknown) => `$${values.push(value)}`;
    const conditions: string[] = [];
    if (scope) {
      const region = add(scope);
      conditions.push(`(a.owner_region_code = ${region} OR (a.status = 'SENT' AND (a.region_codes = '{}' OR ${region} = ANY(a.region_codes))))`);
    }
    if (status) conditions.push(`a.status = ${add(status)}`);
    const where = (extra: string[]) => ([...conditions, ...extra].length ? `WHERE ${[...conditions, ...extra].join(' AND ')}` : '');
    const countValues = [...values];
    const page = cursor ? [`(a.created_at, a.id) < (${add(cursor[0])}::timestamptz, ${add(cursor[1])}::uuid)`] : [];
    const [rows, counted] = await Promise.all([
      this.dataSource.query(
        `SELECT ${announcementColumns} FROM notifications.announcement a ${figuresJoin} ${where(page)} ORDER BY a.created_at DESC, a.id DESC LIMIT ${add(limit + 1)}`,
        values,
      ) as Promise<AnnouncementRow[]>,
      this.dataSource.query(`SELECT count(*)::int AS n FROM notifications.announcement a ${where([])}`, countValues) as Promise<{ n: number }[]>,
    ]);
    return toConnection(rows.map(toAnnouncement), limit, counted[0].n, (a) => [a.createdAt.toISOString(), a.id]);
  }

  async get(id: string, identity: Identity): Promise<Announcement> {
    const row = await this.readable(this.dataSource.manager, id, identity, false);
    return toAnnouncement(row);
  }

  /** How many a target reaches now (counts only). */
  async audience(target: AnnouncementTargetInput, identity: Identity): Promise<AnnouncementAudience> {
    return countAudience(this.dataSource.manager, checkTarget(target, authorScope(identity)));
  }

  async create(input: CreateAnnouncementInput, identity: Identity): Promise<Announcement> {
    const scope = authorScope(identity);
    const errors: FieldError[] = [];
    const title = checkText(input.title, 'title', 3, 200, errors);
    const body = checkText(input.body, 'body', 1, 5000, errors);
    if (input.scheduledAt) checkSchedule(input.scheduledAt, this.clock(), errors);
    const target = checkTarget(input.target, scope);
    if (errors.length) throw new ValidationError(errors);
    const [{ id }]: { id: string }[] = await this.dataSource.query(
      `INSERT INTO notifications.announcement (topic, language, title, body, link, owner_region_code, region_codes, district_codes, directions,
         organization_kinds, verification_statuses, status, scheduled_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
      [
        input.topic,
        input.language,
        title,
        body,
        input.link?.trim() || null,
        scope,
        target.regionCodes,
        target.districtCodes,
        target.directions,
        target.organizationKinds,
        target.verificationStatuses,
        input.scheduledAt ? AnnouncementStatus.SCHEDULED : AnnouncementStatus.DRAFT,
        input.scheduledAt ?? null,
        identity.userId,
      ],
    );
    return this.get(id, identity);
  }

  async update(input: UpdateAnnouncementInput, identity: Identity): Promise<Announcement> {
    const scope = authorScope(identity);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.editable(manager, input.id, identity);
      if (row.version !== input.version) throw ConflictError.staleVersion(`Announcement ${input.id}`, row.version, input.version);
      const errors: FieldError[] = [];
      const title = input.title != null ? checkText(input.title, 'title', 3, 200, errors) : row.title;
      const body = input.body != null ? checkText(input.body, 'body', 1, 5000, errors) : row.body;
      if (input.scheduledAt) checkSchedule(input.scheduledAt, this.clock(), errors);
      const target = input.target ? checkTarget(input.target, scope) : null;
      if (errors.length) throw new ValidationError(errors);
      const scheduledAt = input.unschedule ? null : (input.scheduledAt ?? row.scheduled_at);
      await manager.query(
        `UPDATE notifications.announcement SET topic = $2, language = $3, title = $4, body = $5, link = $6,
           region_codes = coalesce($7, region_codes), district_codes = coalesce($8, district_codes), directions = coalesce($9, directions),
           organization_kinds = coalesce($10, organization_kinds), verification_statuses = coalesce($11, verification_statuses),
           scheduled_at = $12, status = $13, updated_at = now(), version = version + 1
         WHERE id = $1`,
        [
          row.id,
          input.topic ?? row.topic,
          input.language ?? row.language,
          title,
          body,
          input.link === undefined || input.link === null ? row.link : input.link.trim() || null,
          target?.regionCodes ?? null,
          target?.districtCodes ?? null,
          target?.directions ?? null,
          target?.organizationKinds ?? null,
          target?.verificationStatuses ?? null,
          scheduledAt,
          scheduledAt ? AnnouncementStatus.SCHEDULED : AnnouncementStatus.DRAFT,
        ],
      );
      return toAnnouncement(await mustLoadAnnouncement(manager, row.id));
    });
  }

  /** Links guides of the assistance library (by id, in this order; an empty list unlinks them all) to a draft or scheduled announcement. */
  async setGuides(id: string, version: number, guideIds: string[], identity: Identity): Promise<Announcement> {
    const ids = checkGuideIds(guideIds);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.editable(manager, id, identity);
      if (row.version !== version) throw ConflictError.staleVersion(`Announcement ${id}`, row.version, version);
      await replaceAnnouncementGuides(manager, row.id, ids);
      await manager.query(`UPDATE notifications.announcement SET updated_at = now(), version = version + 1 WHERE id = $1`, [row.id]);
      return toAnnouncement(await mustLoadAnnouncement(manager, row.id));
    });
  }

  /** The guide ids each announcement links, batched per request. */
  guideIds(loaders: LoaderRegistry) {
    return announcementGuidesLoader(this.dataSource, loaders);
  }

  /** A draft or scheduled announcement will never be sent. */
  async cancel(id: string, identity: Identity): Promise<Announcement> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.editable(manager, id, identity);
      await manager.query(`UPDATE notifications.announcement SET status = 'CANCELLED', scheduled_at = NULL, updated_at = now(), version = version + 1 WHERE id = $1`, [row.id]);
      return toAnnouncement(await mustLoadAnnouncement(manager, row.id));
    });
  }

  /** Sends a draft or scheduled announcement now. */
  async send(id: string, identity: Identity): Promise<Announcement> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.editable(manager, id, identity);
      await dispatchAnnouncement(manager, row, this.config, identity.userId);
      return toAnnouncement(await mustLoadAnnouncement(manager, row.id));
    });
  }

  /**
   * The scheduler's step: sends every scheduled announcement due at `now`, each in its own
   * transaction (SKIP LOCKED: two workers never send one twice). @returns how many it sent.
   */
  async sendDue(now: Date = this.clock()): Promise<number> {
    return sweepInBatches(this.dataSource, 1, async (manager) => {
      const [due]: { id: string; created_by: string }[] = await manager.query(
        `SELECT id, created_by FROM notifications.announcement WHERE status = 'SCHEDULED' AND scheduled_at <= $1 ORDER BY scheduled_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [now],
      );
      if (!due) return 0;
      await dispatchAnnouncement(manager, await mustLoadAnnouncement(manager, due.id), this.config, due.created_by);
      return 1;
    });
  }

  /**
   * Records that the address of a signed link wants no more announcements (any announcement, any
   * organization that gave it). Unsubscribing again changes nothing. @returns the address, masked.
   */
  async unsubscribe(token: string): Promise<string> {
    const claim = readUnsubscribeToken(token.trim(), this.config.UNSUBSCRIBE_SECRET);
    if (!claim) throw ValidationError.field('token', 'INVALID_TOKEN', 'is not an unsubscribe link of this service; open the link from the mail again');
    await this.dataSource.query(`INSERT INTO notifications.unsubscribe (email, announcement_id) VALUES ($1, $2) ON CONFLICT (email) DO NOTHING`, [
      claim.email.toLowerCase(),
      isUuid(claim.announcementId) ? claim.announcementId : null,
    ]);
    return maskEmail(claim.email);
  }

  private async readable(manager: EntityManager, id: string, identity: Identity, lock: boolean): Promise<AnnouncementRow> {
    const scope = readerScope(identity);
    if (!isUuid(id)) throw ValidationError.field('id', 'INVALID_ID', `is not an announcement id (got "${id}")`);
    const row = await loadAnnouncement(manager, id, lock);
    if (!row) throw new NotFoundError('Announcement', id, 'id');
    const visible = !scope || row.owner_region_code === scope || (row.status === 'SENT' && (!row.region_codes.length || row.region_codes.includes(scope)));
    if (!visible) throw accessError(AccessRestriction.OTHER_REGION, `announcement ${id}`);
    return row;
  }

  /** A draft or scheduled announcement the caller's office wrote (republican administrators: any), locked. */
  private async editable(manager: EntityManager, id: string, identity: Identity): Promise<AnnouncementRow> {
    const scope = authorScope(identity);
    const row = await this.readable(manager, id, identity, true);
    if (scope && row.owner_region_code !== scope) throw accessError(AccessRestriction.OTHER_REGION, `announcement ${id} of another office`);
    if (!EDITABLE.includes(row.status)) {
      throw new ConflictError(`Announcement ${id} is ${row.status.toLowerCase()}: only a draft or a scheduled one can be changed, sent or cancelled`, {
        reason: `ANNOUNCEMENT_${row.status}`,
        fields: [{ field: 'id', code: `ANNOUNCEMENT_${row.status}`, message: `is ${row.status.toLowerCase()}` }],
      });
    }
    return row;
  }
}

/** "i***@ayala.kz": enough for the owner to recognise, nothing for anyone else. */
export function maskEmail(email: string): string {
  const [local, domain] = email.split('@');
  return domain ? `${local.slice(0, 1)}***@${domain}` : '***';
}
