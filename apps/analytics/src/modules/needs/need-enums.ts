import { registerGraphqlEnum, labelDescriptions } from '@birge/server-kit';
import { NEED_KIND_LABELS, NEED_STATUS_LABELS, NEED_THEME_LABELS, NeedKind, NeedStatus, NeedTheme } from '@birge/shared-reference';

registerGraphqlEnum(
  NeedTheme,
  'NeedTheme',
  "What a need of the register is about: the memo's examples of what a region's volunteer movement lacks, funding, or something else.",
  labelDescriptions(NEED_THEME_LABELS),
);

registerGraphqlEnum(NeedKind, 'NeedKind', 'Whose need it is: the volunteer movement of the region, or the front office itself.', labelDescriptions(NEED_KIND_LABELS));

registerGraphqlEnum(
  NeedStatus,
  'NeedStatus',
  'Where an entry of the needs register stands: open, escalated to the republican office, being addressed, then resolved or no longer relevant.',
  labelDescriptions(NEED_STATUS_LABELS),
);

export { NeedKind, NeedStatus, NeedTheme };
