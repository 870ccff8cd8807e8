import type { ConnectionShape } from '@birge/server-kit';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AssistanceContext } from '../../assistance.context';
import { BookableResource } from './bookable-resource.type';
import { BookingConnection } from './booking.connection';
import { Booking } from './booking.type';
import { AddBookableResourceInput, BookingFilter, BookResourceInput } from './premises.inputs';
import { BookableResourceKind } from './premises-enums';

@Resolver(() => Booking)
export class PremisesResolver {
  @Query(() => [BookableResource], { description: "A front office's rooms and equipment, by kind and name." })
  bookableResources(
    @Arg('regionCode', () => ID) regionCode: string,
    @Ctx() ctx: AssistanceContext,
    @Arg('kind', () => BookableResourceKind, { nullable: true }) kind?: BookableResourceKind,
  ): Promise<BookableResource[]> {
    return ctx.services.resources.ofRegion(regionCode, kind);
  }

  @Query(() => BookingConnection, { description: 'Bookings in time order, e.g. the calendar of a region or of one room.' })
  bookings(
    @Ctx() ctx: AssistanceContext,
    @Arg('filter', () => BookingFilter, { nullable: true }) filter?: BookingFilter,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string,
  ): Promise<ConnectionShape<Booking>> {
    return ctx.services.bookings.list(filter, { first, after });
  }

  @Mutation(() => BookableResource, {
    description: "Adds a room or equipment to a front office's catalog. A name already used in the region is CONFLICT (reason RESOURCE_NAME_TAKEN).",
  })
  addBookableResource(@Arg('input', () => AddBookableResourceInput) input: AddBookableResourceInput, @Ctx() ctx: AssistanceContext): Promise<BookableResource> {
    return ctx.services.resources.add(input, ctx.identity);
  }

  @Mutation(() => Booking, {
    description:
      'Books a resource for an organization. An overlap with a confirmed booking of the same resource is CONFLICT (reason BOOKING_OVERLAP), ' +
      'decided by the database even for simultaneous requests; a bad period is BAD_USER_INPUT (INVALID_PERIOD, IN_THE_PAST, TOO_LONG).',
  })
  bookResource(@Arg('input', () => BookResourceInput) input: BookResourceInput, @Ctx() ctx: AssistanceContext): Promise<Booking> {
    return ctx.services.bookings.book(input, ctx.identity);
  }

  @Mutation(() => Booking, {
    description: 'Cancels a booking and frees its slot. A stale version is CONFLICT (STALE_VERSION); cancelling twice is CONFLICT (ALREADY_CANCELLED).',
  })
  cancelBooking(
    @Arg('id', () => ID) id: string,
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
