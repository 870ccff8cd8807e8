import { ASSUMED_HISTORY_LENGTH, ListSize, Paged } from '@birge/server-kit';
import type { ConnectionShape } from '@birge/server-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AssistanceContext } from '../../assistance.context';
import { Access } from '../access/access-checker';
import { BookableResource } from './bookable-resource.type';
import { BookingConnection } from './booking.connection';
import { Booking } from './booking.type';
import { AddBookableResourceInput, BookingFilter, BookResourceInput } from './premises.inputs';
import { BookableResourceKind } from './premises-enums';

@Resolver(() => Booking)
export class PremisesResolver {
  @Authorized(Access.READ)
  @ListSize(ASSUMED_HISTORY_LENGTH)
  @Query(() => [BookableResource], {
    description: "A front office's rooms and equipment, by kind and name. Another region's are FORBIDDEN (OTHER_REGION) for regional staff.",
  })
  bookableResources(
    @Arg('regionCode', () => ID, { description: 'The region (KATO code) of the front office.' }) regionCode: string,
    @Ctx() ctx: AssistanceContext,
    @Arg('kind', () => BookableResourceKind, { nullable: true, description: 'Only rooms, or only equipment.' }) kind?: BookableResourceKind,
  ): Promise<BookableResource[]> {
    return ctx.services.resources.ofRegion(regionCode, kind, ctx.identity);
  }

  @Authorized(Access.READ)
  @Paged()
  @Query(() => BookingConnection, {
    description:
      'Bookings in time order, e.g. the calendar of a region or of one room. Regional staff see their own region only: without a region ' +
      'filter the list is narrowed to it, a filter on another region is FORBIDDEN (OTHER_REGION).',
  })
  bookings(
    @Ctx() ctx: AssistanceContext,
    @Arg('filter', () => BookingFilter, { nullable: true, description: 'Only the bookings that match.' }) filter?: BookingFilter,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string,
  ): Promise<ConnectionShape<Booking>> {
    return ctx.services.bookings.list(filter, { first, after }, ctx.identity);
  }

  @Authorized(Access.WRITE)
  @Mutation(() => BookableResource, {
    description:
      "Adds a room or equipment to a front office's catalog: the region's staff or a republican administrator. A name already used in the " +
      'region is CONFLICT (reason RESOURCE_NAME_TAKEN).',
  })
  addBookableResource(
    @Arg('input', () => AddBookableResourceInput, { description: 'The resource.' }) input: AddBookableResourceInput,
    @Ctx() ctx: AssistanceContext,
  ): Promise<BookableResource> {
    return ctx.services.resources.add(input, ctx.identity);
  }

  @Authorized(Access.WRITE)
  @Mutation(() => Booking, {
    description:
      "Books a resource for an organization; the resource's region decides who may. An overlap with a confirmed booking of the same resource " +
      'is CONFLICT (reason BOOKING_OVERLAP), ' +
      'decided by the database even for simultaneous requests; a bad period is BAD_USER_INPUT (INVALID_PERIOD, IN_THE_PAST, TOO_LONG).',
  })
  bookResource(@Arg('input', () => BookResourceInput, { description: 'The booking.' }) input: BookResourceInput, @Ctx() ctx: AssistanceContext): Promise<Booking> {
    return ctx.services.bookings.book(input, ctx.identity);
  }

  @Authorized(Access.WRITE)
  @Mutation(() => Booking, {
    description:
      "Cancels a booking and frees its slot; the booking's region decides who may. A stale version is CONFLICT (STALE_VERSION); " +
      'cancelling twice is CONFLICT (ALREADY_CANCELLED).',
  })
  cancelBooking(
    @Arg('id', () => ID, { description: 'The booking.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you last read.' }) version: number,
    @Ctx() ctx: AssistanceContext,
  ): Promise<Booking> {
    return ctx.services.bookings.cancel(id, version, ctx.identity);
  }

  @FieldResolver(() => BookableResource, { nullable: true, description: 'The room or equipment booked.' })
  resource(@Root() booking: Booking, @Ctx() ctx: AssistanceContext): Promise<BookableResource | null> {
    return ctx.services.resources.loader(ctx.loaders).load(booking.resourceId);
  }
}
