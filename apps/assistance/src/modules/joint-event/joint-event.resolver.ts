import { ASSUMED_ATTACHED_ITEMS, ListSize, Paged, type ConnectionShape } from '@birge/server-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AssistanceContext } from '../../assistance.context';
import { Access } from '../access/access-checker';
import { Sponsor, StateBody } from '../directory/state-body.type';
import { Organization } from '../organization/organization.type';
import { JointEventParticipantKind } from './joint-event-enums';
import { AddJointEventFollowUpInput, CreateJointEventInput, JointEventFilter, UpdateJointEventInput } from './joint-event.inputs';
import { JointEvent, JointEventConnection, JointEventFollowUp, JointEventParticipant, MAX_INVITED } from './joint-event.type';

const WHO_WRITES =
  "Who may: a region's staff (their region's events), the republican administrator (any region's), partners with assistance:write; analysts never " +
  '(READ_ONLY_ROLE). Wrong fields are BAD_USER_INPUT naming the field (extensions.fields).';

@Resolver(() => JointEvent)
export class JointEventResolver {
  @Authorized(Access.READ)
  @Paged()
  @Query(() => JointEventConnection, {
    description:
      "Joint events (round tables, forums, meetings), the latest first, keyset-paged. Regional staff read their region's; the republican office and analysts every region's.",
  })
  jointEvents(
    @Ctx() ctx: AssistanceContext,
    @Arg('filter', () => JointEventFilter, { nullable: true, description: 'Only the events that match.' }) filter?: JointEventFilter,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string,
  ): Promise<ConnectionShape<JointEvent>> {
    return ctx.services.jointEvents.list(filter, first, after, ctx.identity);
  }

  @Authorized(Access.READ)
  @Query(() => JointEvent, { nullable: true, description: "One joint event; null when there is none with this id, FORBIDDEN for another region's staff." })
  jointEvent(@Arg('id', () => ID, { description: 'The event.' }) id: string, @Ctx() ctx: AssistanceContext): Promise<JointEvent | null> {
    return ctx.services.jointEvents.get(id, ctx.identity);
  }

  @Authorized(Access.WRITE)
  @Mutation(() => JointEvent, { description: `Records a joint event with who is invited (and, once held, who came). ${WHO_WRITES}` })
  createJointEvent(@Arg('input', () => CreateJointEventInput, { description: 'The event.' }) input: CreateJointEventInput, @Ctx() ctx: AssistanceContext): Promise<JointEvent> {
    return ctx.services.jointEvents.create(input, ctx.identity);
  }

  @Authorized(Access.WRITE)
  @Mutation(() => JointEvent, { description: `Changes a joint event: what was agreed, attendance, the invitations; a stale version is CONFLICT (STALE_VERSION). ${WHO_WRITES}` })
  updateJointEvent(@Arg('input', () => UpdateJointEventInput, { description: 'What changes.' }) input: UpdateJointEventInput, @Ctx() ctx: AssistanceContext): Promise<JointEvent> {
    return ctx.services.jointEvents.update(input, ctx.identity);
  }

  @Authorized(Access.WRITE)
  @Mutation(() => JointEvent, { description: `Records a need or a request for help that followed the event. ${WHO_WRITES}` })
  addJointEventFollowUp(
    @Arg('input', () => AddJointEventFollowUpInput, { description: 'The follow-up.' }) input: AddJointEventFollowUpInput,
    @Ctx() ctx: AssistanceContext,
  ): Promise<JointEvent> {
    return ctx.services.jointEvents.addFollowUp(input, ctx.identity);
  }

  @ListSize(MAX_INVITED)
  @FieldResolver(() => [JointEventParticipant], { description: 'Who was invited, in the order given, and whether they came.' })
  invited(@Root() event: JointEvent, @Ctx() ctx: AssistanceContext): Promise<JointEventParticipant[]> {
    return ctx.services.jointEvents.participants(ctx.loaders).load(event.id);
  }

  @ListSize(ASSUMED_ATTACHED_ITEMS)
  @FieldResolver(() => [JointEventFollowUp], { description: 'The needs and requests that followed it, oldest first.' })
  followUps(@Root() event: JointEvent, @Ctx() ctx: AssistanceContext): Promise<JointEventFollowUp[]> {
    return ctx.services.jointEvents.followUps(ctx.loaders).load(event.id);
  }
}

@Resolver(() => JointEventParticipant)
export class JointEventParticipantResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The organization, when one is invited.' })
  organization(@Root() participant: JointEventParticipant): Organization | null {
    return participant.kind === JointEventParticipantKind.ORGANIZATION ? { id: participant.id } : null;
  }

  @FieldResolver(() => StateBody, { nullable: true, description: 'The state body, when one is invited.' })
  stateBody(@Root() participant: JointEventParticipant): StateBody | null {
    return participant.kind === JointEventParticipantKind.STATE_BODY ? { id: participant.id } : null;
  }

  @FieldResolver(() => Sponsor, { nullable: true, description: 'The sponsor or partner, when one is invited.' })
  sponsor(@Root() participant: JointEventParticipant): Sponsor | null {
    return participant.kind === JointEventParticipantKind.SPONSOR ? { id: participant.id } : null;
  }
}
