import { BookingStatus, isUuid, type BookableResourceKind, type Identity } from '@birge/shared-reference';
import { byKeys, decodeTimeIdCursor, NotFoundError, pageSize, retryOnDeadlock, toConnection, type ConnectionShape, type EventBus, type LoaderRegistry } from '@birge/server-kit';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import type { Clock } from '../common/clock';
import { conflict, invalidField, staleVersion } from '../common/coded-errors';
import { SqlParams } from '../common/sql-params';
import { assertCanRead, assertCanWrite, readableRegionCondition, readableRegionList } from '../access/assistance-access';
import type { PageArgs } from '../request/assistance-request-list.service';
import type { Booking } from './booking.type';
import type { BookingFilter, BookResourceInput } from './premises.inputs';
import { timeOrderedPage } from '../common/time-ordered-page';

const MAX_BOOKING_MS = 14 * 24 * 3600_000;

const COLUMNS = `b.id, lower(b.period) AS "startsAt", upper(b.period) AS "endsAt", b.status, b.purpose, b.organization_id AS "organizationId",
  b.assistance_request_id AS "assistanceRequestId", b.created_by AS "createdBy", b.created_at AS "createdAt", b.cancelled_at AS "cancelledAt",
  b.version, b.resource_id AS "resourceId", b.region_code AS "regionCode"`;

type BookingRow = Omit<Booking, 'organization'> & { organizationId: string };
const toBooking = ({ organizationId, ...row }: BookingRow): Booking => ({ ...row, organization: { id: organizationId } });

function isOverlap(error: unknown): boolean {
  const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : null;
  return driverError?.code === '23P01' && driverError.constraint === 'booking_no_overlap';
}

/**
 * Bookings of rooms and equipment. Overlaps are refused by the database's exclusion constraint,
 * not by a check-then-insert here, so concurrent requests for one slot cannot both succeed.
 */
export class BookingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  async book(input: BookResourceInput, identity: Identity | null): Promise<Booking> {
    const now = this.clock.now();
    if (input.endsAt.getTime() <= input.startsAt.getTime()) throw invalidField('endsAt', 'INVALID_PERIOD', 'must be after startsAt');
    if (input.startsAt.getTime() < now.getTime()) throw invalidField('startsAt', 'IN_THE_PAST', 'must not be in the past');
    if (input.endsAt.getTime() - input.startsAt.getTime() > MAX_BOOKING_MS) throw invalidField('endsAt', 'TOO_LONG', 'a booking lasts at most 14 days');

    // Two simultaneous conflicting inserts can each wait for the other inside the exclusion check;
    // PostgreSQL then aborts one with a deadlock. Its booking is neither accepted nor known to
    // overlap a committed one yet, so it is tried again: the retry sees the winner and gets 23P01.
    return retryOnDeadlock(() => this.insert(input, identity));
  }

  private insert(input: BookResourceInput, identity: Identity | null): Promise<Booking> {
    return this.dataSource.transaction(async (manager) => {
      const [resource]: { region_code: string; active: boolean }[] = await manager.query(`SELECT region_code, active FROM assistance.bookable_resource WHERE id = $1`, [
        input.resourceId,
      ]);
      if (!resource) throw new NotFoundError('BookableResource', input.resourceId, 'resourceId');
      const actor = assertCanWrite(identity, resource.region_code, `resource ${input.resourceId}`);
      if (!resource.active) throw conflict('RESOURCE_INACTIVE', 'this resource can no longer be booked');
      const known = await manager.query(`SELECT 1 FROM assistance.organization_directory WHERE organization_id = $1`, [input.organizationId]);
      if (!known.length) throw invalidField('organizationId', 'UNKNOWN_ORGANIZATION', 'is not an organization registered with a front office');
      if (input.assistanceRequestId) {
        const [request]: { region_code: string | null }[] = await manager.query(`SELECT region_code FROM assistance.assistance_request WHERE id = $1`, [input.assistanceRequestId]);
        if (!request) throw new NotFoundError('AssistanceRequest', input.assistanceRequestId, 'assistanceRequestId');
        // A booking may answer only a request the caller may read.
        assertCanRead(identity, request.region_code, `assistance request ${input.assistanceRequestId}`);
      }
      let id: string;
      try {
        const rows: { id: string }[] = await manager.query(
          `INSERT INTO assistance.booking (resource_id, organization_id, region_code, period, status, purpose, assistance_request_id, created_by)
           VALUES ($1, $2, $3, tstzrange($4, $5, '[)'), 'CONFIRMED', $6, $7, $8) RETURNING id`,
          [
            input.resourceId,
            input.organizationId,
            resource.region_code,
            input.startsAt,
            input.endsAt,
            input.purpose?.trim() || null,
            input.assistanceRequestId ?? null,
            actor.userId,
          ],
        );
        id = rows[0].id;
      } catch (error) {
        if (isOverlap(error)) {
          throw conflict('BOOKING_OVERLAP', 'the resource is already booked for part of this time; choose another time or resource', {
            resourceId: input.resourceId,
          });
        }
        throw error;
      }
      const booking = await this.byId(manager, id);
      await this.publish(manager, 'assistance.booking-confirmed', booking, actor.userId);
      return booking;
    });
  }

  /** Frees the slot at once: the exclusion constraint only counts CONFIRMED bookings. */
  async cancel(id: string, version: number, identity: Identity | null): Promise<Booking> {
    if (!isUuid(id)) throw invalidField('id', 'INVALID_ID', 'is not a booking id (a UUID)');
    return this.dataSource.transaction(async (manager) => {
      const [current]: BookingRow[] = await manager.query(`SELECT ${COLUMNS} FROM assistance.booking b WHERE b.id = $1 FOR UPDATE`, [id]);
      if (!current) throw new NotFoundError('Booking', id, 'id');
      const actor = assertCanWrite(identity, current.regionCode, `booking ${id}`);
      if (current.version !== version) throw staleVersion('Booking', id, version, current.version);
      if (current.status === BookingStatus.CANCELLED) throw conflict('ALREADY_CANCELLED', 'the booking is cancelled already');
      await manager.query(`UPDATE assistance.booking SET status = 'CANCELLED', cancelled_at = $2, updated_by = $3, updated_at = now(), version = version + 1 WHERE id = $1`, [
        id,
        this.clock.now(),
        actor.userId,
      ]);
      const booking = await this.byId(manager, id);
      await this.publish(manager, 'assistance.booking-cancelled', booking, actor.userId);
      return booking;
    });
  }

  /** Bookings in time order (start, id), keyset-paged, of the regions the caller may read. */
  list(filter: BookingFilter | null | undefined, args: PageArgs, identity: Identity | null): Promise<ConnectionShape<Booking>> {
    return timeOrderedPage(this.dataSource, {
      columns: COLUMNS,
      from: 'assistance.booking b',
      time: 'lower(b.period)',
      id: 'b.id',
      first: args.first,
      after: args.after,
      conditions: (params) => this.conditions(filter ?? {}, params, identity),
      toNode: toBooking,
      timeOf: (b) => b.startsAt,
    });
  }

  /** An organization's bookings, latest first, batched across organizations; only those of regions the caller may read. */
  ofOrganization(loaders: LoaderRegistry, organizationId: string, args: PageArgs, identity: Identity | null): Promise<ConnectionShape<Booking>> {
    const limit = pageSize(args.first);
    const after = args.after ?? null;
    const cursor = decodeTimeIdCursor(after);
    return loaders
      .get<string, ConnectionShape<Booking>>(`booking.byOrganization:${limit}:${after ?? ''}`, async (organizationIds) => {
        const valid = organizationIds.filter((id) => isUuid(id));
        const params = new SqlParams();
        const ids = params.add(valid);
        const regions = readableRegionList(identity);
        const readable = regions ? `AND b.region_code = ANY(${params.add(regions)}::text[])` : '';
        const page = cursor ? `AND (lower(b.period), b.id) < (${params.add(cursor[0])}::timestamptz, ${params.add(cursor[1])}::uuid)` : '';
        const rows: (BookingRow & { total: number; owner: string })[] = valid.length
          ? await this.dataSource.query(
              `WITH totals AS (
                 SELECT b.organization_id, count(*)::int AS total FROM assistance.booking b
                 WHERE b.organization_id = ANY(${ids}::uuid[]) ${readable} GROUP BY b.organization_id
               ),
               ranked AS (
                 SELECT ${COLUMNS}, row_number() OVER (PARTITION BY b.organization_id ORDER BY lower(b.period) DESC, b.id DESC) AS position
                 FROM assistance.booking b WHERE b.organization_id = ANY(${ids}::uuid[]) ${readable} ${page}
               )
               SELECT t.organization_id AS owner, t.total, ranked.* FROM totals t
               LEFT JOIN ranked ON ranked."organizationId" = t.organization_id AND ranked.position <= ${params.add(limit + 1)}
               ORDER BY ranked."startsAt" DESC, ranked.id DESC`,
              params.values,
            )
          : [];
        return organizationIds.map((organizationId) => {
          const own = rows.filter((row) => row.owner === organizationId);
          const bookings = own.filter((row) => row.id).map(({ total: _total, owner: _owner, ...row }) => toBooking(row as BookingRow));
          return toConnection(bookings, limit, own[0]?.total ?? 0, (b) => [b.startsAt.toISOString(), b.id]);
        });
      })
      .load(organizationId);
  }

  /** A booking by id (for references), or FORBIDDEN (OTHER_REGION) when the caller may not read its region. */
  async readable(loaders: LoaderRegistry, id: string, identity: Identity | null): Promise<Booking | null> {
    const booking = await this.loader(loaders).load(id);
    if (booking) assertCanRead(identity, booking.regionCode, `booking ${id}`);
    return booking;
  }

  loader(loaders: LoaderRegistry) {
    return loaders.get<string, Booking | null>('booking.byId', async (ids) => {
      const valid = ids.filter((id) => isUuid(id));
      const rows: BookingRow[] = valid.length ? await this.dataSource.query(`SELECT ${COLUMNS} FROM assistance.booking b WHERE b.id = ANY($1::uuid[])`, [valid]) : [];
      return byKeys(ids, rows.map(toBooking), (booking) => booking.id);
    });
  }

  private async byId(manager: EntityManager, id: string): Promise<Booking> {
    const [row]: BookingRow[] = await manager.query(`SELECT ${COLUMNS} FROM assistance.booking b WHERE b.id = $1`, [id]);
    return toBooking(row);
  }

  private async publish(manager: EntityManager, name: 'assistance.booking-confirmed' | 'assistance.booking-cancelled', booking: Booking, actorId: string): Promise<void> {
    await this.events.publish(manager, name, {
      bookingId: booking.id,
      resourceId: booking.resourceId,
      organizationId: booking.organization.id,
      regionCode: booking.regionCode,
      startsAt: booking.startsAt.toISOString(),
      endsAt: booking.endsAt.toISOString(),
      resourceKind: await this.resourceKindOf(manager, booking.resourceId),
      actorId,
    });
  }

  private async resourceKindOf(manager: EntityManager, resourceId: string): Promise<BookableResourceKind> {
    const [row]: { kind: BookableResourceKind }[] = await manager.query(`SELECT kind FROM assistance.bookable_resource WHERE id = $1`, [resourceId]);
    return row.kind;
  }

  private conditions(filter: BookingFilter, params: SqlParams, identity: Identity | null): string[] {
    const conditions: string[] = [];
    // The region filter, checked against what the caller may read; without one, every region the caller reads.
    const readable = readableRegionCondition(identity, filter.regionCode, 'b.region_code', params);
    if (readable) conditions.push(readable);
    if (filter.resourceId) conditions.push(`b.resource_id = ${params.add(filter.resourceId)}::uuid`);
    if (filter.status) conditions.push(`b.status = ${params.add(filter.status)}`);
    if (filter.from) conditions.push(`upper(b.period) > ${params.add(filter.from)}::timestamptz`);
    if (filter.to) conditions.push(`lower(b.period) < ${params.add(filter.to)}::timestamptz`);
    return conditions;
  }
}
