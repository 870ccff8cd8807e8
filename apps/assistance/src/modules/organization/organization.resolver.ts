import { Paged } from '@birge/server-kit';
import type { AccessRestriction, ConnectionShape } from '@birge/server-kit';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { AssistanceContext } from '../../assistance.context';
import { assertCanRead } from '../access/assistance-access';
import { assertRegion } from '../common/region-code';
import { BookingConnection } from '../premises/booking.connection';
import type { Booking } from '../premises/booking.type';
import { AssistanceRequestFilter } from '../request/dto/assistance-request-filter.input';
import { AssistanceRequestConnection } from '../request/assistance-request.connection';
import type { AssistanceRequest } from '../request/assistance-request.type';
import { TrainingRegistrationConnection } from '../training/training.connection';
import type { TrainingRegistration } from '../training/training-registration.type';
import { Organization } from './organization.type';

type Withholdable<T> = ConnectionShape<T> & { withheld: AccessRestriction | null };

/** The list when the caller may read the organization's region, else an empty one with `withheld`. */
async function unlessWithheld<T>(ctx: AssistanceContext, organization: Organization, list: () => Promise<ConnectionShape<T>>): Promise<Withholdable<T>> {
  const withheld = await ctx.services.organizationAccess.withheld(ctx.loaders, organization.id, ctx.identity);
  if (withheld) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0, withheld };
  return { ...(await list()), withheld: null };
}

/**
 * Assistance's fields on the registry's Organization. An organization's page is public registry
 * data other callers may open, so these fields never fail it: a caller who may not read the
 * organization's region gets an empty list with `withheld` (OTHER_REGION, SIGN_IN_REQUIRED).
 * Every list is also narrowed in SQL to the regions the caller may read.
 */
@Resolver(() => Organization)
export class OrganizationRequestsResolver {
  @Paged()
  @FieldResolver(() => AssistanceRequestConnection, {
    nullable: true,
    description:
      "The organization's requests for help, newest first. Empty with `withheld` set when you may not read the organization's region; " +
      'a filter on a region you may not read is FORBIDDEN (OTHER_REGION). Null when the assistance service is unavailable.',
  })
  async assistanceRequests(
    @Root() organization: Organization,
    @Ctx() ctx: AssistanceContext,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string,
    @Arg('filter', () => AssistanceRequestFilter, { nullable: true, description: 'Only the requests that match.' }) filter?: AssistanceRequestFilter,
  ): Promise<Withholdable<AssistanceRequest>> {
    // An explicit filter on a region that does not exist or the caller may not read is refused, as on every list.
    if (filter?.regionCode) {
      assertRegion(filter.regionCode, 'filter.regionCode');
      assertCanRead(ctx.identity, filter.regionCode, `region ${filter.regionCode}`);
    }
    return unlessWithheld(ctx, organization, () => ctx.services.requestList.ofOrganization(ctx.loaders, organization.id, filter, { first, after }, ctx.identity));
  }

  @Paged()
  @FieldResolver(() => BookingConnection, {
    nullable: true,
    description:
      "The organization's bookings of front-office rooms and equipment, latest first. Empty with `withheld` set when you may not read the " +
      "organization's region. Null when the assistance service is unavailable.",
  })
  async bookings(
    @Root() organization: Organization,
    @Ctx() ctx: AssistanceContext,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string,
  ): Promise<Withholdable<Booking>> {
    return unlessWithheld(ctx, organization, () => ctx.services.bookings.ofOrganization(ctx.loaders, organization.id, { first, after }, ctx.identity));
  }

  @Paged()
  @FieldResolver(() => TrainingRegistrationConnection, {
    nullable: true,
    description:
      "The organization's places in front-office trainings (registered, waitlisted, cancelled, with attendance), latest training first. " +
      "Empty with `withheld` set when you may not read the organization's region. Null when the assistance service is unavailable.",
  })
  async trainings(
    @Root() organization: Organization,
    @Ctx() ctx: AssistanceContext,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string,
  ): Promise<Withholdable<TrainingRegistration>> {
    return unlessWithheld(ctx, organization, () => ctx.services.trainingRegistrations.ofOrganization(ctx.loaders, organization.id, { first, after }, ctx.identity));
  }
}
