/** The queues analytics consumes; EVENT_ROUTES in @birge/shared-reference routes events to them. */
export const ORGANIZATION_FIGURES_QUEUE = 'analytics.organization-figures';
export const REQUEST_FIGURES_QUEUE = 'analytics.request-figures';
/** Batches of a registry bulk import (registry.organizations-imported). */
export const ORGANIZATION_IMPORTS_QUEUE = 'analytics.organization-imports';
/** Every status change of a request (assistance.request-status-changed). */
export const REQUEST_STATUS_CHANGES_QUEUE = 'analytics.request-status-changes';
/** A request (un)assigned (assistance.request-assigned). */
export const REQUEST_ASSIGNMENTS_QUEUE = 'analytics.request-assignments';
/** An organization's verification status derived anew (registry.organization-verification-changed). */
export const ORGANIZATION_VERIFICATIONS_QUEUE = 'analytics.organization-verifications';
/** A request rated, or a state body's answer to its referral (assistance.request-changed). */
export const REQUEST_CHANGES_QUEUE = 'analytics.request-changes';
/** Trainings' seats and attendance (assistance.training-changed). */
export const TRAINING_FIGURES_QUEUE = 'analytics.training-figures';
/** Bookings confirmed and cancelled (assistance.booking-confirmed, assistance.booking-cancelled). */
export const BOOKING_CONFIRMATIONS_QUEUE = 'analytics.booking-confirmations';
export const BOOKING_CANCELLATIONS_QUEUE = 'analytics.booking-cancellations';
