import { PortalRequestService } from './modules/portal/portal-request.service';
import { LocalDiskFileStorage, type EventBus } from '@birge/server-kit';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { AssistanceServices } from './assistance.context';
import type { AssistanceConfig } from './assistance.config';
import { AttachmentService } from './modules/attachment/attachment.service';
import type { Clock } from './modules/common/clock';
import { BookableResourceService } from './modules/premises/bookable-resource.service';
import { BookingService } from './modules/premises/booking.service';
import { StateBodyReferralService } from './modules/referral/state-body-referral.service';
import { RegionSummaryService } from './modules/region/region-summary.service';
import { AssistanceRequestListService } from './modules/request/assistance-request-list.service';
import { AssistanceRequestService } from './modules/request/assistance-request.service';
import { RequestWorkflowService } from './modules/request/request-workflow.service';
import { ServiceLevelService } from './modules/request/service-level.service';
import { OverdueSweepService } from './modules/sweep/overdue-sweep.service';
import { TrainingReminderSweepService } from './modules/sweep/training-reminder-sweep.service';
import { TimelineService } from './modules/timeline/timeline.service';
import { TrainingRegistrationService } from './modules/training/training-registration.service';
import { TrainingService } from './modules/training/training.service';
import { OrganizationAccessService } from './modules/organization/organization-access.service';
import { OrganizationMergeService } from './modules/organization/organization-merge.service';
import { DirectoryEntryService } from './modules/directory/directory-entry.service';
import { StateBodyHistoryService } from './modules/referral/state-body-history.service';
import { GrantProgrammeService } from './modules/programme/grant-programme.service';
import { GrantProgrammeDocumentService } from './modules/programme/grant-programme-document.service';
import { GrantProgrammeReminderSweepService } from './modules/sweep/grant-programme-reminder-sweep.service';
import { JointEventService } from './modules/joint-event/joint-event.service';
import { PublicationService } from './modules/publication/publication.service';
import { GuideFileStore } from './modules/guide/guide-file-store';
import { GuideService } from './modules/guide/guide.service';
import { RequestGuideService } from './modules/guide/request-guide.service';

/** Wires the services of the subgraph; one clock for all, so tests can move time for all of them. */
export function createAssistanceServices(dataSource: DataSource, events: EventBus, config: AssistanceConfig, clock: Clock): AssistanceServices {
  // Services read the clock through this object, so replacing `now` on it moves every service.
  const sharedClock: Clock = { now: () => clock.now() };
  const serviceLevels = new ServiceLevelService(dataSource);
  const timeline = new TimelineService(dataSource);
  const directoryEntries = new DirectoryEntryService(dataSource);
  const referrals = new StateBodyReferralService(dataSource, directoryEntries);
  const programmes = new GrantProgrammeService(dataSource, events, directoryEntries, sharedClock);
  const storage = new LocalDiskFileStorage(path.resolve(config.ASSISTANCE_ATTACHMENTS_DIR));
  const trainingRegistrations = new TrainingRegistrationService(dataSource, sharedClock, events);
  const requests = new AssistanceRequestService(dataSource, events, serviceLevels, sharedClock);
  const publications = new PublicationService(dataSource, sharedClock);
  const workflow = new RequestWorkflowService(dataSource, events, timeline, referrals, sharedClock, publications);
  // Guides' files live in the attachments' storage too, under keys of their own.
  const guides = new GuideService(dataSource, new GuideFileStore(storage, config.ASSISTANCE_ATTACHMENT_MAX_BYTES));
  return {
    clock: sharedClock,
    requests,
    requestList: new AssistanceRequestListService(dataSource, sharedClock),
    workflow,
    portalRequests: new PortalRequestService(dataSource, requests, workflow),
    serviceLevels,
    timeline,
    referrals,
    attachments: new AttachmentService(dataSource, storage, timeline, sharedClock, config.ASSISTANCE_ATTACHMENT_MAX_BYTES),
    regionSummary: new RegionSummaryService(dataSource, sharedClock),
    overdue: new OverdueSweepService(dataSource, events, sharedClock),
    resources: new BookableResourceService(dataSource),
    bookings: new BookingService(dataSource, events, sharedClock),
    trainings: new TrainingService(dataSource, trainingRegistrations, sharedClock, events),
    trainingRegistrations,
    trainingReminders: new TrainingReminderSweepService(dataSource, events, sharedClock, config.ASSISTANCE_TRAINING_REMINDER_HOURS),
    organizationMerges: new OrganizationMergeService(requests, trainingRegistrations, sharedClock),
    organizationAccess: new OrganizationAccessService(dataSource),
    directoryEntries,
    stateBodyHistory: new StateBodyHistoryService(dataSource),
    programmes,
    // Programme documents live in the attachments' storage, under keys of their own.
    programmeDocuments: new GrantProgrammeDocumentService(dataSource, storage, programmes, config.ASSISTANCE_ATTACHMENT_MAX_BYTES),
    programmeReminders: new GrantProgrammeReminderSweepService(dataSource, events, sharedClock),
    jointEvents: new JointEventService(dataSource, directoryEntries, sharedClock),
    publications,
    guides,
    requestGuides: new RequestGuideService(dataSource, guides, sharedClock),
  };
}
