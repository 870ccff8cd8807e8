import { ASSUMED_HISTORY_LENGTH, ListSize, Paged } from '@birge/server-kit';
import type { ConnectionShape } from '@birge/server-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AssistanceContext } from '../../assistance.context';
import { Access } from '../access/access-checker';
import { TrainingConnection } from './training.connection';
import { ScheduleTrainingInput, TrainingFilter, UpdateTrainingInput } from './training.inputs';
import { TrainingRegistration } from './training-registration.type';
import { Training } from './training.type';

@Resolver(() => Training)
export class TrainingResolver {
  @Authorized(Access.READ)
  @Paged()
  @Query(() => TrainingConnection, {
    description:
      'The calendar of trainings in time order (start, id), keyset-paged; cancelled ones only with filter.includeCancelled. Regional staff ' +
      'see their own region only: without a region filter the list is narrowed to it, a filter on another region is FORBIDDEN (OTHER_REGION).',
  })
  trainings(
    @Ctx() ctx: AssistanceContext,
    @Arg('filter', () => TrainingFilter, { nullable: true, description: 'Only the trainings that match.' }) filter?: TrainingFilter,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string,
  ): Promise<ConnectionShape<Training>> {
    return ctx.services.trainings.list(filter, { first, after }, ctx.identity);
  }

  @Authorized(Access.READ)
  @Query(() => Training, {
    nullable: true,
    description: "One training; null when there is none with this id. Another region's is FORBIDDEN (OTHER_REGION) for regional staff.",
  })
  training(@Arg('id', () => ID, { description: 'The training id.' }) id: string, @Ctx() ctx: AssistanceContext): Promise<Training | null> {
    return ctx.services.trainings.get(id, ctx.loaders, ctx.identity);
  }

  @Authorized(Access.WRITE)
  @Mutation(() => Training, {
    description: 'Schedules a training of a front office (its staff or the republican administrator). A bad period is BAD_USER_INPUT (INVALID_PERIOD, IN_THE_PAST, TOO_LONG).',
  })
  scheduleTraining(@Arg('input', () => ScheduleTrainingInput, { description: 'The training.' }) input: ScheduleTrainingInput, @Ctx() ctx: AssistanceContext): Promise<Training> {
    return ctx.services.trainings.schedule(input, ctx.identity);
  }

  @Authorized(Access.WRITE)
  @Mutation(() => Training, {
    description:
      'Changes a training that has not begun; its region decides who may. CONFLICT with reason STALE_VERSION (changed since you read it), TRAINING_CLOSED (cancelled), ' +
      'TRAINING_PAST (already begun) or CAPACITY_BELOW_REGISTERED; more seats promote the waiting list in order.',
  })
  updateTraining(@Arg('input', () => UpdateTrainingInput, { description: 'What changes.' }) input: UpdateTrainingInput, @Ctx() ctx: AssistanceContext): Promise<Training> {
    return ctx.services.trainings.update(input, ctx.identity);
  }

  @Authorized(Access.WRITE)
  @Mutation(() => Training, {
    description: 'Cancels a training that has not begun; its region decides who may. CONFLICT with reason STALE_VERSION, TRAINING_CLOSED (cancelled already) or TRAINING_PAST.',
  })
  cancelTraining(
    @Arg('id', () => ID, { description: 'The training.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you last read.' }) version: number,
    @Ctx() ctx: AssistanceContext,
    @Arg('reason', () => String, { nullable: true, description: 'Why, for the organizations registered.' }) reason?: string,
  ): Promise<Training> {
    return ctx.services.trainings.cancel(id, version, reason, ctx.identity);
  }

  @FieldResolver(() => Int, { description: 'Seats taken by REGISTERED places.' })
  async registeredSeats(@Root() training: Training, @Ctx() ctx: AssistanceContext): Promise<number> {
    return (await ctx.services.trainings.seatsLoader(ctx.loaders).load(training.id)).registeredSeats;
  }

  @FieldResolver(() => Int, { description: 'Seats still free (capacity minus registeredSeats).' })
  async seatsLeft(@Root() training: Training, @Ctx() ctx: AssistanceContext): Promise<number> {
    const seats = await ctx.services.trainings.seatsLoader(ctx.loaders).load(training.id);
    return Math.max(0, training.capacity - seats.registeredSeats);
  }

  @FieldResolver(() => Int, { description: 'Organizations on the waiting list.' })
  async waitlistedCount(@Root() training: Training, @Ctx() ctx: AssistanceContext): Promise<number> {
    return (await ctx.services.trainings.seatsLoader(ctx.loaders).load(training.id)).waitlistedCount;
  }

  @ListSize(ASSUMED_HISTORY_LENGTH)
  @FieldResolver(() => [TrainingRegistration], {
    description: 'Every place in the training: REGISTERED and WAITLISTED in order of arrival, then CANCELLED ones.',
  })
  registrations(@Root() training: Training, @Ctx() ctx: AssistanceContext): Promise<TrainingRegistration[]> {
    return ctx.services.trainingRegistrations.ofTraining(ctx.loaders, training.id);
  }
}
