import { CreateIdentity1764400000000 } from './1764400000000-CreateIdentity';
import { ApiKeysAndAudit1764500000000 } from './1764500000000-ApiKeysAndAudit';
import { AccountLanguageAndNotices1765500000000 } from './1765500000000-AccountLanguageAndNotices';
import { AccountAnnouncements1765510000000 } from './1765510000000-AccountAnnouncements';
import { ProcessedEvents1766100000000 } from './1766100000000-ProcessedEvents';

/** Every migration of the identity schema, oldest first. */
export const identityMigrations = [
  CreateIdentity1764400000000,
  ApiKeysAndAudit1764500000000,
  AccountLanguageAndNotices1765500000000,
  AccountAnnouncements1765510000000,
  ProcessedEvents1766100000000,
];
