import { ListSize } from '@birge/server-kit';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { AssistanceContext } from '../../assistance.context';
import { Access } from '../access/access-checker';
import { AssistanceType } from '../request/assistance-enums';
import { AssistanceRequest } from '../request/assistance-request.type';
import { RequestGuideInput } from './guide.inputs';
import { Guide } from './guide.type';
import { SUGGESTED_GUIDES } from './request-guide.service';

const WHO = "The request's region decides who may (else FORBIDDEN with extensions.reason); analysts never (READ_ONLY_ROLE).";

/** Guides of the library on consultative requests: the ones attached, and the ones the sub-type suggests. */
@Resolver(() => AssistanceRequest)
export class RequestGuidesResolver {
  @Authorized(Access.WRITE)
  @Mutation(() => AssistanceRequest, {
    description:
      'Attaches a guide of the library to a consultative request (again: no change). BAD_USER_INPUT NOT_CONSULTATIVE on requestId for other help, ' +
      `GUIDE_OF_OTHER_REGION on guideId for another region's guide; NOT_FOUND for an unknown guide or request. ${WHO}`,
  })
  attachGuideToRequest(
    @Arg('input', () => RequestGuideInput, { description: 'The request and the guide.' }) input: RequestGuideInput,
    @Ctx() ctx: AssistanceContext,
  ): Promise<AssistanceRequest> {
    return ctx.services.requestGuides.attach(input, ctx.identity);
  }

  @Authorized(Access.WRITE)
  @Mutation(() => AssistanceRequest, { description: `Detaches a guide from a request (one not attached: no change). ${WHO}` })
  detachGuideFromRequest(
    @Arg('input', () => RequestGuideInput, { description: 'The request and the guide.' }) input: RequestGuideInput,
    @Ctx() ctx: AssistanceContext,
  ): Promise<AssistanceRequest> {
    return ctx.services.requestGuides.detach(input, ctx.identity);
  }

  @ListSize(SUGGESTED_GUIDES)
  @FieldResolver(() => [Guide], { description: 'The guides staff attached to it, in the order they were attached.' })
  guides(@Root() request: AssistanceRequest, @Ctx() ctx: AssistanceContext): Promise<Guide[]> {
    return ctx.services.requestGuides.attachedLoader(ctx.loaders).load(request.id);
  }

  @ListSize(SUGGESTED_GUIDES)
  @FieldResolver(() => [Guide], {
    description: `Up to ${SUGGESTED_GUIDES} guides tagged with its sub-type and usable in its region, by title, to attach; empty for help other than consultative.`,
  })
  async suggestedGuides(@Root() request: AssistanceRequest, @Ctx() ctx: AssistanceContext): Promise<Guide[]> {
    if (request.type !== AssistanceType.CONSULTATIVE) return [];
    return ctx.services.requestGuides.suggestedLoader(ctx.loaders).load(`${request.subtype}|${request.regionCode ?? ''}`);
  }
}
