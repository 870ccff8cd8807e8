import { ANALYTICS_OPERATIONS } from './analytics';
import { ASSISTANCE_OPERATIONS } from './assistance';
import { EVENT_OPERATIONS } from './events';
import { GUIDE_OPERATIONS } from './guides';
import { IDENTITY_OPERATIONS } from './identity';
import { NOTIFICATION_OPERATIONS } from './notifications';
import { OUTREACH_OPERATIONS } from './outreach';
import { PLATFORM_OPERATIONS } from './platform';
import { PORTAL_OPERATIONS } from './portal';
import { REGISTRY_OPERATIONS } from './registry';
import { REPORT_OPERATIONS } from './reports';
import type { OperationRule } from './rule';

export type { CaseContext, OperationRule } from './rule';

/**
 * Every query and mutation of the API schema with its rule. The matrix test fails for a root
 * field missing here, so a new operation cannot ship without deciding who may call it.
 * Rows live in one file per area beside this one; a new area's rows are spread in here.
 */
export const OPERATIONS: Record<string, OperationRule> = {
  ...REGISTRY_OPERATIONS,
  ...ASSISTANCE_OPERATIONS,
  ...ANALYTICS_OPERATIONS,
  ...REPORT_OPERATIONS,
  ...NOTIFICATION_OPERATIONS,
  ...IDENTITY_OPERATIONS,
  // ----- registry: the directory; assistance: the grant programmes catalog -----
  ...PLATFORM_OPERATIONS,
  ...OUTREACH_OPERATIONS,
  ...EVENT_OPERATIONS,
  ...GUIDE_OPERATIONS,
  ...PORTAL_OPERATIONS,
};
