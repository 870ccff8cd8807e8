import { Paged, type ConnectionShape } from '@birge/server-kit';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import type { AnalyticsContext } from '../../analytics.context';
import { NeedReaders, NeedWriters } from './need-access';
import { NeedConnection } from './need.connection';
import { Need } from './need.type';
import { NeedFilter } from './dto/need-filter.input';
import { RecordNeedInput } from './dto/record-need.input';
import { UpdateNeedInput } from './dto/update-need.input';

const READERS =
  "Republican administrators, analysts and partner keys with analytics:read read every region's entries (analysts and partners without the " +
  "narrative and comments: personalDataHidden says why); regional staff their own region's.";
const WRITERS =
  "The entry's region decides: its staff and republican administrators may; staff of another region get FORBIDDEN (OTHER_REGION), analysts " +
  'READ_ONLY_ROLE, partner keys MISSING_SCOPE, and nothing changes. Wrong fields come back as BAD_USER_INPUT with extensions.fields.';

@Resolver(() => Need)
export class NeedResolver {
  @Authorized()
  @UseMiddleware(NeedReaders)
  @Paged()
  @Query(() => NeedConnection, {
    description:
      'The needs and problems register, the most recently recorded first: filter by region, district, theme, kind, status. Unscored by design. ' +
      `${READERS} Without a region filter regional staff see their own region; a filter on another region is FORBIDDEN (OTHER_REGION).`,
  })
  needs(
    @Ctx() ctx: AnalyticsContext,
    @Arg('filter', () => NeedFilter, { nullable: true, description: 'Only the entries that match.' }) filter?: NeedFilter,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string,
  ): Promise<ConnectionShape<Need>> {
    return ctx.services.needList.list(filter, { first, after }, ctx.identity);
  }

  @Authorized()
  @UseMiddleware(NeedReaders)
  @Query(() => Need, { nullable: true, description: `One entry of the needs register; null when there is none with this id. ${READERS}` })
  need(@Arg('id', () => ID, { description: 'The entry id.' }) id: string, @Ctx() ctx: AnalyticsContext): Promise<Need | null> {
    return ctx.services.needs.get(id, ctx.identity);
  }

  @Authorized()
  @UseMiddleware(NeedWriters)
  @Mutation(() => Need, {
    description:
      'Records a need of a region (optionally of one of its districts), status OPEN; the first step of its history names who recorded it. ' +
      `A district outside the region is BAD_USER_INPUT (DISTRICT_NOT_IN_REGION). ${WRITERS}`,
  })
  recordNeed(@Arg('input', () => RecordNeedInput, { description: 'The entry.' }) input: RecordNeedInput, @Ctx() ctx: AnalyticsContext): Promise<Need> {
    return ctx.services.needs.record(input, ctx.identity);
  }

  @Authorized()
  @UseMiddleware(NeedWriters)
  @Mutation(() => Need, {
    description:
      "Changes an entry's district, theme, kind, narrative, first-noticed day or evidence; its region never changes. A stale version is CONFLICT " +
      `(STALE_VERSION); a resolved or no longer relevant entry is CONFLICT (NEED_CLOSED). ${WRITERS}`,
  })
  updateNeed(@Arg('input', () => UpdateNeedInput, { description: 'What changes.' }) input: UpdateNeedInput, @Ctx() ctx: AnalyticsContext): Promise<Need> {
    return ctx.services.needs.update(input, ctx.identity);
  }
}
