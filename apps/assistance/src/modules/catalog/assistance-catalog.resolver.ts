import { ListSize } from '@birge/server-kit';
import {
  ASSISTANCE_CATALOG,
  ASSISTANCE_OUTCOME_LABELS,
  ASSISTANCE_SUBTYPE_LABELS,
  ASSISTANCE_TYPE_LABELS,
  AssistanceType,
  DEFAULT_SERVICE_LEVEL_DAYS,
  OUTCOMES_BY_SUBTYPE,
  OUTCOMES_REQUIRING_LINK,
} from '@birge/shared-reference';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { AssistanceContext } from '../../assistance.context';
import { Access } from '../access/access-checker';
import { AssistanceSubtype } from '../request/assistance-enums';
import { AssistanceCatalogType } from './assistance-catalog.type';
import { ServiceLevelType } from './service-level.type';

/** The shared reference catalog as the API shows it; built once, it never changes at run time. */
const CATALOG: AssistanceCatalogType[] = (Object.keys(ASSISTANCE_CATALOG) as AssistanceType[]).map((type) => ({
  type,
  label: ASSISTANCE_TYPE_LABELS[type],
  subtypes: ASSISTANCE_CATALOG[type].map((subtype) => ({
    subtype,
    label: ASSISTANCE_SUBTYPE_LABELS[subtype],
    defaultServiceLevelDays: DEFAULT_SERVICE_LEVEL_DAYS[subtype],
    outcomes: OUTCOMES_BY_SUBTYPE[subtype].map((result) => ({
      result,
      label: ASSISTANCE_OUTCOME_LABELS[result],
      requiresLink: OUTCOMES_REQUIRING_LINK.includes(result),
    })),
  })),
}));

@Resolver()
export class AssistanceCatalogResolver {
  // Public reference data (the same for every region, no records, no people): open without signing in.
  @ListSize(Object.keys(AssistanceType).length)
  @Query(() => [AssistanceCatalogType], {
    description: 'What a front office can help with: the three types, their sub-types and possible results, labelled in kk/ru/en. Public reference data: ' + 'no sign-in needed.',
  })
  assistanceCatalog(): AssistanceCatalogType[] {
    return CATALOG;
  }

  @Authorized(Access.READ)
  @ListSize(Object.keys(AssistanceSubtype).length)
  @Query(() => [ServiceLevelType], {
    description:
      "A region's service level for every sub-type: its own where set, the national default elsewhere. Another region's is FORBIDDEN " + '(OTHER_REGION) for regional staff.',
  })
  assistanceServiceLevels(@Arg('regionCode', () => ID, { description: 'The region (KATO code).' }) regionCode: string, @Ctx() ctx: AssistanceContext): Promise<ServiceLevelType[]> {
    return ctx.services.serviceLevels.ofRegion(regionCode, ctx.identity);
  }

  @Authorized(Access.WRITE)
  @Mutation(() => ServiceLevelType, {
    description:
      "Sets a region's own service level for a sub-type (1-365 days; null returns to the national default). Applies to requests " +
      'whose due date is set afterwards. Staff of the region or the republican administrator only.',
  })
  setAssistanceServiceLevel(
    @Arg('regionCode', () => ID, { description: 'The region (KATO code).' }) regionCode: string,
    @Arg('subtype', () => AssistanceSubtype, { description: 'The sub-type the level is for.' }) subtype: AssistanceSubtype,
    @Arg('days', () => Int, { nullable: true, description: '1 to 365 days; null returns to the national default.' }) days: number | null,
    @Ctx() ctx: AssistanceContext,
  ): Promise<ServiceLevelType> {
    return ctx.services.serviceLevels.set(regionCode, subtype, days ?? null, ctx.identity);
  }
}
