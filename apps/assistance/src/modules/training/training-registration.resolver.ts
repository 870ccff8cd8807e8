import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { AssistanceContext } from '../../assistance.context';
import { Access } from '../access/access-checker';
import { MarkTrainingAttendanceInput, RegisterForTrainingInput } from './training.inputs';
import { TrainingRegistration } from './training-registration.type';
import { Training } from './training.type';

@Resolver(() => TrainingRegistration)
export class TrainingRegistrationResolver {
  @Authorized(Access.WRITE)
  @Mutation(() => TrainingRegistration, {
    description:
      "Registers an organization for a training (the training's region decides who may): " +
      'REGISTERED while seats are free and nobody waits, WAITLISTED otherwise. ' +
      'CONFLICT with reason TRAINING_CLOSED (cancelled), TRAINING_PAST (already begun) or ALREADY_REGISTERED; ' +
      'BAD_USER_INPUT with UNKNOWN_ORGANIZATION or EXCEEDS_CAPACITY.',
  })
  registerForTraining(
    @Arg('input', () => RegisterForTrainingInput, { description: 'The training and the organization.' }) input: RegisterForTrainingInput,
    @Ctx() ctx: AssistanceContext,
  ): Promise<TrainingRegistration> {
    return ctx.services.trainingRegistrations.register(input, ctx.identity);
  }

  @Authorized(Access.WRITE)
  @Mutation(() => TrainingRegistration, {
    description:
      'Gives a place up before the training begins; freed seats go to the waiting list in order of arrival. ' +
      'CONFLICT with reason STALE_VERSION, ALREADY_CANCELLED, TRAINING_CLOSED or TRAINING_PAST.',
  })
  cancelTrainingRegistration(
    @Arg('id', () => ID, { description: 'The registration.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you last read.' }) version: number,
    @Ctx() ctx: AssistanceContext,
  ): Promise<TrainingRegistration> {
    return ctx.services.trainingRegistrations.cancel(id, version, ctx.identity);
  }

  @Authorized(Access.WRITE)
  @Mutation(() => TrainingRegistration, {
    description:
      'Marks whether a REGISTERED organization came, once the training has begun. CONFLICT with reason TRAINING_NOT_STARTED, ' +
      'NOT_REGISTERED (waitlisted or cancelled), TRAINING_CLOSED or STALE_VERSION.',
  })
  markTrainingAttendance(
    @Arg('input', () => MarkTrainingAttendanceInput, { description: 'The registration and what happened.' }) input: MarkTrainingAttendanceInput,
    @Ctx() ctx: AssistanceContext,
  ): Promise<TrainingRegistration> {
    return ctx.services.trainingRegistrations.markAttendance(input, ctx.identity);
  }

  @FieldResolver(() => Training, { nullable: true, description: 'The training the place is in.' })
  training(@Root() registration: TrainingRegistration, @Ctx() ctx: AssistanceContext): Promise<Training | null> {
    return ctx.services.trainings.loader(ctx.loaders).load(registration.trainingId);
  }
}
