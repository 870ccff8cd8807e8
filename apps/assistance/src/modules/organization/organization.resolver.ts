import type { ConnectionShape } from '@birge/server-kit';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { AssistanceContext } from '../../assistance.context';
import { BookingConnection } from '../premises/booking.connection';
import type { Booking } from '../premises/booking.type';
import { AssistanceRequestFilter } from '../request/dto/assistance-request-filter.input';
import { AssistanceRequestConnection } from '../request/assistance-request.connection';
import type { AssistanceRequest } from '../request/assistance-request.type';
import { TrainingRegistrationConnection } from '../training/training.connection';
import type { TrainingRegistration } from '../training/training-registration.type';
import { Organization } from './organization.type';

@Resolver(() => Organization)
export class OrganizationRequestsResolver {
  @FieldResolver(() => AssistanceRequestConnection, {
    nullable: true,
    description: "The organization's requests for help, newest first. Null when the assistance service is unavailable.",
  })
  assistanceRequests(
    @Root() organization: Organization,
    @Ctx() ctx: AssistanceContext,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => AssistanceRequestFilter, { nullable: true, description: 'Only the requests that match.' }) filter?: AssistanceRequestFilter,
  ): Promise<ConnectionShape<AssistanceRequest>> {
    return ctx.services.requestList.ofOrganization(ctx.loaders, organization.id, filter, { first, after });
  }

  @FieldResolver(() => BookingConnection, {
    nullable: true,
    description: "The organization's bookings of front-office rooms and equipment, latest first. Null when the assistance service is unavailable.",
  })
  bookings(
    @Root() organization: Organization,
    @Ctx() ctx: AssistanceContext,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ConnectionShape<Booking>> {
    return ctx.services.bookings.ofOrganization(ctx.loaders, organization.id, { first, after });
  }

  @FieldResolver(() => TrainingRegistrationConnection, {
    nullable: true,
    description:
      "The organization's places in front-office trainings (registered, waitlisted, cancelled, with attendance), latest training first. " +
      'Null when the assistance service is unavailable.',
  })
  trainings(
    @Root() organization: Organization,
    @Ctx() ctx: AssistanceContext,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string,
  ): Promise<ConnectionShape<TrainingRegistration>> {
    return ctx.services.trainingRegistrations.ofOrganization(ctx.loaders, organization.id, { first, after });
  }
}
