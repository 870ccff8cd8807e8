/** Queues analytics consumes for the registry's issue-3 events (routed in EVENT_ROUTES). */
export const CONTACT_COVERAGE_QUEUE = 'analytics.contact-coverage';
export const ORGANIZATION_UPDATES_QUEUE = 'analytics.organization-updates';
export const ORGANIZATION_MERGES_QUEUE = 'analytics.organization-merges';
