import type { PortalRequestService } from './modules/portal/portal-request.service';
import type { SubgraphContext } from '@birge/server-kit';
import type { AttachmentService } from './modules/attachment/attachment.service';
import type { Clock } from './modules/common/clock';
import type { BookableResourceService } from './modules/premises/bookable-resource.service';
import type { BookingService } from './modules/premises/booking.service';
import type { StateBodyReferralService } from './modules/referral/state-body-referral.service';
import type { RegionSummaryService } from './modules/region/region-summary.service';
import type { AssistanceRequestListService } from './modules/request/assistance-request-list.service';
import type { AssistanceRequestService } from './modules/request/assistance-request.service';
import type { RequestWorkflowService } from './modules/request/request-workflow.service';
import type { ServiceLevelService } from './modules/request/service-level.service';
import type { OverdueSweepService } from './modules/sweep/overdue-sweep.service';
import type { TrainingReminderSweepService } from './modules/sweep/training-reminder-sweep.service';
import type { TimelineService } from './modules/timeline/timeline.service';
import type { TrainingRegistrationService } from './modules/training/training-registration.service';
import type { TrainingService } from './modules/training/training.service';
import type { OrganizationAccessService } from './modules/organization/organization-access.service';
import type { OrganizationMergeService } from './modules/organization/organization-merge.service';
import type { DirectoryEntryService } from './modules/directory/directory-entry.service';
import type { StateBodyHistoryService } from './modules/referral/state-body-history.service';
import type { GrantProgrammeService } from './modules/programme/grant-programme.service';
import type { GrantProgrammeDocumentService } from './modules/programme/grant-programme-document.service';
import type { GrantProgrammeReminderSweepService } from './modules/sweep/grant-programme-reminder-sweep.service';
import type { JointEventService } from './modules/joint-event/joint-event.service';
import type { PublicationService } from './modules/publication/publication.service';
import type { GuideService } from './modules/guide/guide.service';
import type { RequestGuideService } from './modules/guide/request-guide.service';

export interface AssistanceServices {
  clock: Clock;
  requests: AssistanceRequestService;
  requestList: AssistanceRequestListService;
  workflow: RequestWorkflowService;
  /** An organization's requests as its contact acts on them through the portal link. */
  portalRequests: PortalRequestService;
  serviceLevels: ServiceLevelService;
  timeline: TimelineService;
  referrals: StateBodyReferralService;
  attachments: AttachmentService;
  regionSummary: RegionSummaryService;
  overdue: OverdueSweepService;
  resources: BookableResourceService;
  bookings: BookingService;
  trainings: TrainingService;
  trainingRegistrations: TrainingRegistrationService;
  trainingReminders: TrainingReminderSweepService;
  organizationMerges: OrganizationMergeService;
  organizationAccess: OrganizationAccessService;
  /** The registry directory's entries referrals and programmes link to (a copy of their names). */
  directoryEntries: DirectoryEntryService;
  stateBodyHistory: StateBodyHistoryService;
  programmes: GrantProgrammeService;
  programmeDocuments: GrantProgrammeDocumentService;
  programmeReminders: GrantProgrammeReminderSweepService;
  jointEvents: JointEventService;
  publications: PublicationService;
  /** The library of guides and templates, its files in the attachments' storage. */
  guides: GuideService;
  requestGuides: RequestGuideService;
}

export type AssistanceContext = SubgraphContext<AssistanceServices>;
