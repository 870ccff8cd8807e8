/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Accepts a submitted report: it is locked. */
export type AcceptReportInput = {
  /** A closing word, kept in the history (at most 4000 characters). */
  comment?: string | null | undefined;
  /** The report. */
  id: string | number;
  /** The version you last read; a stale one is refused with CONFLICT (reason STALE_VERSION). */
  version: number;
};

/** Why a value is withheld from the caller: it comes back null with this reason beside it, or in a FORBIDDEN error as extensions.reason. */
export type AccessRestriction =
  /** Only a republican administrator may do this. */
  | 'ADMIN_ONLY'
  /** The API key has no scope for this. */
  | 'MISSING_SCOPE'
  /** An organization's portal link opens only that organization's portal. */
  | 'ORGANIZATION_PORTAL_ONLY'
  /** Another region's record: only public data is shown. */
  | 'OTHER_REGION'
  /** Personal data is hidden for your role. */
  | 'PERSONAL_DATA_HIDDEN_FOR_ROLE'
  /** Your role may only read. */
  | 'READ_ONLY_ROLE'
  /** Sign in to see this. */
  | 'SIGN_IN_REQUIRED';

/** A file for a request, sent inline as base64 (the HTTP body is limited to 1 MiB). */
export type AddAssistanceRequestAttachmentInput = {
  /** The file content, base64. */
  contentBase64: string;
  /** The file name, e.g. "permit.pdf". */
  fileName: string;
  /** PDF, PNG, JPEG, DOCX, XLSX or plain text; the content must match it. */
  mimeType: string;
  /** The request. */
  requestId: string | number;
  /** The version of the request you last read. */
  version: number;
};

/** Adds a room or a piece of equipment to a front office's catalog. */
export type AddBookableResourceInput = {
  /** For a room: seats. */
  capacity?: number | null | undefined;
  /** Details (at most 2000 characters). */
  description?: string | null | undefined;
  /** A room or a piece of equipment. */
  kind: BookableResourceKind;
  /** Its name, unique within the region (2 to 200 characters). */
  name: string;
  /** The region (KATO code) of the front office. */
  regionCode: string | number;
};

/** A new version of a guide's file; the older ones stay readable. */
export type AddGuideVersionInput = {
  /** The new file. */
  file: GuideFileInput;
  /** The guide. */
  guideId: string | number;
  /** The version of the guide you read (CONFLICT STALE_VERSION when someone changed it since). */
  version: number;
};

/** A need or a request for help that followed a joint event. */
export type AddJointEventFollowUpInput = {
  /** The event. */
  eventId: string | number;
  /** A need or a request for help. */
  kind: JointEventFollowUpKind;
  /** What was agreed about it, up to 2000 characters. */
  note?: string | null | undefined;
  /** The need's id, or the request's (UNKNOWN_ASSISTANCE_REQUEST; REQUEST_OTHER_REGION when it is another region's) on targetId. The same one twice is CONFLICT (FOLLOW_UP_EXISTS). */
  targetId: string | number;
};

/** Announces a programme to its eligible audience. */
export type AnnounceGrantProgrammeInput = {
  /** The programme. */
  id: string | number;
  /** The language of the announcement: kk, ru or en. */
  language: string;
};

/** A draft (editable), scheduled (sent by the scheduler at scheduledAt), sent, or cancelled (never sent). */
export type AnnouncementStatus =
  | 'CANCELLED'
  | 'DRAFT'
  | 'SCHEDULED'
  | 'SENT';

/** Who an announcement is for: organizations matching every non-empty list (a list matches any of its values). Regional staff may target their own region only (regionCodes empty means their region). */
export type AnnouncementTargetInput = {
  /** Directions of volunteering; an organization working in any of them matches. Empty or omitted: any. */
  directions?: Array<Direction> | null | undefined;
  /** Districts by KATO code, each within one of regionCodes (up to 300). Empty or omitted: any. */
  districtCodes?: Array<string> | null | undefined;
  /** Kinds of actor. Empty or omitted: any. */
  organizationKinds?: Array<OrganizationKind> | null | undefined;
  /** Regions by KATO code (up to 20). Empty or omitted: any. */
  regionCodes?: Array<string> | null | undefined;
  /** Verification statuses as stored (VERIFIED includes a verification that has run out). Empty or omitted: any. */
  verificationStatuses?: Array<VerificationStatus> | null | undefined;
};

/** What an announcement is about: a grant, a support programme, an event, or something else. */
export type AnnouncementTopic =
  | 'EVENT'
  | 'GRANT'
  | 'OTHER'
  | 'PROGRAMME';

/** Gives a request to a staff member, or takes it back. */
export type AssignAssistanceRequestInput = {
  /** The staff member (a user id); null to unassign. */
  assigneeId?: string | number | null | undefined;
  /** The request. */
  id: string | number;
  /** The version you last read. */
  version: number;
};

/** What came of the request; required when resolving it. */
export type AssistanceOutcomeInput = {
  /** An http(s) link to the evidence; required for PUBLICATION_MADE. */
  link?: string | null | undefined;
  /** What was done (at most 2000 characters). */
  note?: string | null | undefined;
  /** One of the results the request's sub-type allows (see assistanceCatalog). */
  result: AssistanceOutcomeResult;
};

/** What came of a resolved request; each sub-type allows its own results (see assistanceCatalog). */
export type AssistanceOutcomeResult =
  | 'DOCUMENTS_OBTAINED'
  | 'EQUIPMENT_PROVIDED'
  | 'GRANT_APPLICATION_SUBMITTED'
  | 'INFORMATION_PROVIDED'
  | 'MEDIA_CONTACTED'
  | 'NOTHING_AVAILABLE'
  | 'ORGANIZATION_REGISTERED'
  | 'PARTNERS_INTRODUCED'
  | 'PERMIT_OBTAINED'
  | 'PERMIT_REFUSED'
  | 'PREMISES_PROVIDED'
  | 'PUBLICATION_MADE'
  | 'REGISTRATION_REFUSED'
  | 'REPORT_SUBMITTED'
  | 'TRAINING_DELIVERED';

/** Narrows a list of assistance requests; every field given must match. */
export type AssistanceRequestFilter = {
  /** Only requests assigned to this staff member (a user id). */
  assigneeId?: string | number | null | undefined;
  /** true: only open requests past their due date; false: only the others. */
  overdue?: boolean | null | undefined;
  /** Only requests of this region (KATO code). */
  regionCode?: string | number | null | undefined;
  /** Only requests in this status. */
  status?: AssistanceRequestStatus | null | undefined;
  /** Only requests of this sub-type. */
  subtype?: AssistanceSubtype | null | undefined;
  /** Only requests of this type. */
  type?: AssistanceType | null | undefined;
};

/** Where a request stands in its workflow. */
export type AssistanceRequestStatus =
  | 'DECLINED'
  | 'IN_PROGRESS'
  | 'NEW'
  | 'RESOLVED'
  | 'TRIAGED'
  | 'WAITING_ON_STATE_BODY'
  | 'WITHDRAWN';

/** What exactly is asked for; each sub-type belongs to one AssistanceType. */
export type AssistanceSubtype =
  | 'COOPERATION'
  | 'GRANTS_AND_PROGRAMMES'
  | 'GRANT_AND_REPORTING_DOCUMENTS'
  | 'MEDIA_INTEREST'
  | 'MEDIA_PUBLICITY'
  | 'ORGANIZATION_REGISTRATION'
  | 'PREMISES_AND_EQUIPMENT'
  | 'STATE_BODY_LIAISON'
  | 'TRAINING';

/** What happened to a request at one point of its timeline. */
export type AssistanceTimelineEntryKind =
  /** The request was given to `assigneeId` (null: unassigned). */
  | 'ASSIGNED'
  /** A file was attached (`attachmentId`). */
  | 'ATTACHMENT_ADDED'
  /** A comment; `text` holds it. */
  | 'COMMENT'
  /** The requester rated the help. */
  | 'RATED'
  /** The request was referred to a state body (`referralId`). */
  | 'REFERRED'
  /** A state body's answer was recorded (`referralId`). */
  | 'STATE_BODY_ANSWERED'
  /** The status moved from `fromStatus` to `toStatus`; `text` holds the reason given, if any. */
  | 'STATUS_CHANGED';

/** The three types of help a front office gives: administrative, consultative, informational. */
export type AssistanceType =
  | 'ADMINISTRATIVE'
  | 'CONSULTATIVE'
  | 'INFORMATIONAL';

/** Narrows the audit log; every given field must match. */
export type AuditLogFilter = {
  /** Entries at or after this time. */
  from?: string | null | undefined;
  /** The mutation field, e.g. createOrganization. */
  operation?: string | null | undefined;
  /** OK, or an error code such as FORBIDDEN. */
  outcome?: string | null | undefined;
  /** True: only refused mutations (any outcome but OK); false: only allowed ones. */
  refused?: boolean | null | undefined;
  /** KATO code of the caller’s region. */
  regionCode?: string | number | null | undefined;
  /** The caller’s role. */
  role?: CallerRole | null | undefined;
  /** Entries before this time. */
  to?: string | null | undefined;
  /** The caller’s staff account id (or a partner’s API key id). */
  userId?: string | number | null | undefined;
};

/** Books a resource for an organization over [startsAt, endsAt). */
export type BookResourceInput = {
  /** The assistance request this booking answers, if any. */
  assistanceRequestId?: string | number | null | undefined;
  /** End (exclusive); after the start, at most 14 days later. */
  endsAt: string;
  /** The organization it is for; must be known to the front office. */
  organizationId: string | number;
  /** What for (at most 500 characters). */
  purpose?: string | null | undefined;
  /** The room or equipment. */
  resourceId: string | number;
  /** Start (inclusive); not in the past. */
  startsAt: string;
};

/** What a front office lends: a room or a piece of equipment. */
export type BookableResourceKind =
  | 'EQUIPMENT'
  | 'ROOM';

/** Narrows a list of bookings; every field given must match. */
export type BookingFilter = {
  /** Only bookings ending after this time. */
  from?: string | null | undefined;
  /** Only bookings of this region. */
  regionCode?: string | number | null | undefined;
  /** Only bookings of this resource. */
  resourceId?: string | number | null | undefined;
  /** Only bookings in this status. */
  status?: BookingStatus | null | undefined;
  /** Only bookings starting before this time. */
  to?: string | null | undefined;
};

/** CONFIRMED holds the slot; CANCELLED has freed it. */
export type BookingStatus =
  | 'CANCELLED'
  | 'CONFIRMED';

/** The role a caller acted with. */
export type CallerRole =
  /** Reads figures across every region; never writes. */
  | 'ANALYST'
  /** An organization's contact acting through the portal link the front office e-mailed them (userId portal:<e-mail>). */
  | 'ORGANIZATION_CONTACT'
  /** A partner system calling with an API key. */
  | 'PARTNER'
  /** A regional front office: works in its own region. */
  | 'REGIONAL_STAFF'
  /** The republican front office: every region; manages accounts and keys. */
  | 'REPUBLICAN_ADMIN';

/** Moves a request to another status of its workflow. */
export type ChangeAssistanceRequestStatusInput = {
  /** The reason or a remark; required when declining (at most 2000 characters). */
  comment?: string | null | undefined;
  /** The request. */
  id: string | number;
  /** Required with RESOLVED, refused otherwise. */
  outcome?: AssistanceOutcomeInput | null | undefined;
  /** Required with WAITING_ON_STATE_BODY, refused otherwise. */
  referral?: StateBodyReferralInput | null | undefined;
  /** The new status; one of the request's allowedTransitions. */
  status: AssistanceRequestStatus;
  /** The version you last read; a stale one is refused with CONFLICT (reason STALE_VERSION). */
  version: number;
};

/** Moves an entry of the needs register to another status, saying why. */
export type ChangeNeedStatusInput = {
  /** Why (1 to 4000 characters); kept in the status history. */
  comment: string;
  /** The entry. */
  id: string | number;
  /** The new status; one of the entry's allowedTransitions. */
  status: NeedStatus;
  /** The version you last read; a stale one is refused with CONFLICT (reason STALE_VERSION). */
  version: number;
};

/** PASSED, FAILED, or PENDING (started, not finished). */
export type CheckOutcome =
  | 'FAILED'
  | 'PASSED'
  | 'PENDING';

/** A comment on a request's timeline. Comments change nothing else, so they need no version. */
export type CommentOnAssistanceRequestInput = {
  /** The request. */
  id: string | number;
  /** The comment (1 to 4000 characters). */
  text: string;
};

/** A message in an entry's comment thread. Comments change nothing else, so they need no version. */
export type CommentOnNeedInput = {
  /** The entry. */
  id: string | number;
  /** The message (1 to 4000 characters). */
  text: string;
};

/** How the front office was in touch with an actor: meeting, call, visit, event, message. */
export type ContactKind =
  | 'CALL'
  | 'EVENT'
  | 'MEETING'
  | 'MESSAGE'
  | 'VISIT';

/** A person to reach at the organization. Personal data. */
export type ContactPersonInput = {
  /** Whether the person agreed to receive the front office's announcements (grants, programmes, events) at these e-mails. Requires at least one e-mail (BAD_USER_INPUT CONSENT_WITHOUT_EMAIL). False when omitted; the time of a consent already given is kept. */
  emailConsent?: boolean | null | undefined;
  /** Personal data. E-mail addresses. */
  emails?: Array<string> | null | undefined;
  /** Personal data. Full name (1 to 200 characters). */
  name: string;
  /** Personal data. Phone numbers; 8 7xx ..., +7 7xx ... and international forms are accepted. */
  phones?: Array<string> | null | undefined;
  /** Role in the organization, e.g. chair, coordinator, leader. */
  role?: string | null | undefined;
  /** Personal data. Links to social network pages and messengers (https://...). */
  socialLinks?: Array<string> | null | undefined;
};

/** RECENT: a contact logged within 12 months; STALE: contacts, all older; NEVER: no contact logged. */
export type ContactRecency =
  | 'NEVER'
  | 'RECENT'
  | 'STALE';

/** Why the needs register makes two organizations of a region good partners. */
export type CooperationNeedReasonKind =
  /** The other faces the need; this organization answers it (answeredBy). */
  | 'ANSWERS_OTHERS_NEED'
  /** This organization faces the need; the other involves the volunteers or works in the direction that answers it (answeredBy). */
  | 'OTHER_ANSWERS_NEED'
  /** This organization faces the need; the other was named in a resolved entry of the same theme. */
  | 'OTHER_RESOLVED_NEED'
  /** Both face a need of the same theme. */
  | 'SHARED_NEED';

/** A new announcement, saved as a draft (or scheduled when scheduledAt is given). */
export type CreateAnnouncementInput = {
  /** The text (up to 5000 characters); blank lines separate paragraphs. */
  body: string;
  /** The language it is written in (kk, ru or en): the mail around it (greeting, unsubscribe, signature) follows it. */
  language: string;
  /** A link to read more or apply (https://…). */
  link?: string | null | undefined;
  /** Send it at this time (in the future, within a year); null: keep it as a draft. */
  scheduledAt?: string | null | undefined;
  /** Who it is for. */
  target: AnnouncementTargetInput;
  /** The subject of the mail (3 to 200 characters). */
  title: string;
  /** What it is about. */
  topic: AnnouncementTopic;
};

/** A new partner API key. */
export type CreateApiKeyInput = {
  /** When the key stops working: in the future, at most 366 days from now. */
  expiresAt: string;
  /** What the key is for, e.g. the partner system’s name (2 to 200 characters). */
  name: string;
  /** Requests per minute the gateway allows with this key (1 to 100000); omitted: the gateway’s default. */
  rateLimitPerMinute?: number | null | undefined;
  /** At least one of registry:read, registry:write, assistance:read, assistance:write, analytics:read. Without a write scope the key is read-only. */
  scopes: Array<string>;
};

/** A new programme of the catalog. */
export type CreateGrantProgrammeInput = {
  /** The kinds of actor that may apply; empty: any. */
  actorKinds?: Array<OrganizationKind> | null | undefined;
  /** The largest grant, in tenge (not below amountMin: AMOUNTS_REVERSED). */
  amountMax?: number | null | undefined;
  /** The smallest grant, in tenge (0 or more). */
  amountMin?: number | null | undefined;
  /** The last day (YYYY-MM-DD) to apply; not before opensOn (CLOSES_BEFORE_OPENS). */
  closesOn: string;
  /** What it supports and how to apply, up to 5000 characters. */
  description?: string | null | undefined;
  /** The directions it supports; empty: any. */
  directions?: Array<Direction> | null | undefined;
  /** Who funds it. */
  funder: FunderInput;
  /** A link to read more or apply (https://...; INVALID_URL); an empty string removes it on update. */
  link?: string | null | undefined;
  /** The first day (YYYY-MM-DD) to apply. */
  opensOn: string;
  /** The region whose office keeps it (regional staff: their own, also when omitted); null for the republican office. */
  ownerRegionCode?: string | null | undefined;
  /** The regions it is open to (KATO codes, up to 20); empty: the whole country. A region's programme is open to its own region only (REGION_NOT_OWN). */
  regionCodes?: Array<string> | null | undefined;
  /** The title in kk, ru and en. */
  title: ProgrammeTitleInput;
};

/** A new guide with its first version. */
export type CreateGuideInput = {
  /** What it helps with, up to 2000 characters. */
  description?: string | null | undefined;
  /** The directions it is meant for; empty: any. */
  directions?: Array<Direction> | null | undefined;
  /** The first version's file. */
  file: GuideFileInput;
  /** The language of the document: KK or RU. */
  language: GuideLanguage;
  /** The region whose office keeps it (regional staff: their own, also when omitted); null for the republican office. */
  ownerRegionCode?: string | null | undefined;
  /** The assistance sub-types it helps with (requests of these sub-types suggest it). */
  subtypes?: Array<AssistanceSubtype> | null | undefined;
  /** The title, 3 to 300 characters, in the guide's language. */
  title: string;
};

/** A new joint event. */
export type CreateJointEventInput = {
  /** What was agreed, up to 5000 characters. */
  agreed?: string | null | undefined;
  /** The directions of volunteering it is about. */
  directions?: Array<Direction> | null | undefined;
  /** The district (KATO code of the region) where it is held; an empty string removes it on update. */
  districtCode?: string | null | undefined;
  /** The day (YYYY-MM-DD) it is held (INVALID_DATE). */
  heldOn: string;
  /** Who is invited and whether they came, up to 100; on update the whole list is replaced. DUPLICATE_PARTICIPANT on invited.N. */
  invited?: Array<JointEventParticipantInput> | null | undefined;
  /** Round table, forum, meeting or other. */
  kind: JointEventKind;
  /** The venue, in words, up to 300 characters. */
  place?: string | null | undefined;
  /** The region whose office convenes it (regional staff: their own, also when omitted; others: REQUIRED). */
  regionCode?: string | null | undefined;
  /** What it is called or about, 3 to 300 characters (INVALID_LENGTH). */
  title: string;
};

/** A new organization, initiative group or independent volunteer. */
export type CreateOrganizationInput = {
  /** Business identification number: 12 digits with a valid check digit (INVALID_BIN); NGOs only (BIN_ONLY_FOR_NGO); unique (CONFLICT, DUPLICATE_BIN). */
  bin?: string | null | undefined;
  /** Categories of volunteers involved. */
  categories?: Array<VolunteerCategory> | null | undefined;
  /** false: refuse with CONFLICT (extensions.reason POSSIBLE_DUPLICATES, extensions.possibleDuplicates) when a record of the region has a similar name; true: the person looked at them and confirms this is another organization. Omitted: created without the check (older clients); Organization.possibleDuplicates still lists them. */
  confirmNotDuplicate?: boolean | null | undefined;
  /** People to reach (up to 20). Personal data. */
  contactPeople?: Array<ContactPersonInput> | null | undefined;
  /** What the organization does (up to 5000 characters). */
  description?: string | null | undefined;
  /** At least one of the twelve directions. */
  directions: Array<Direction>;
  /** KATO code of a district of that region, where the organization works; not an abolished one (DISTRICT_ABOLISHED). */
  districtCode?: string | number | null | undefined;
  /** Founding date, YYYY-MM-DD, not in the future. */
  foundedOn?: string | null | undefined;
  /** NGO, initiative group or independent volunteer; decides which fields apply (BIN and legal form: NGOs only). */
  kind: OrganizationKind;
  /** Legal form; NGOs only (LEGAL_FORM_ONLY_FOR_NGO otherwise). */
  legalForm?: LegalForm | null | undefined;
  /** How its volunteers work. */
  modes?: Array<VolunteeringMode> | null | undefined;
  /** The name as the organization uses it (2 to 200 characters). */
  name: string;
  /** The name in Kazakh. */
  nameKk?: string | null | undefined;
  /** The name in Latin letters (Kazakh Latin or English). */
  nameLatin?: string | null | undefined;
  /** The name in Russian. */
  nameRu?: string | null | undefined;
  /** Registration ID on Qazvolunteer.kz (letters, digits, dashes; unique: DUPLICATE_QAZVOLUNTEER_ID). */
  qazvolunteerId?: string | null | undefined;
  /** KATO code of the region. */
  regionCode: string | number;
  /** ACTIVE when omitted on create. */
  status?: OrganizationStatus | null | undefined;
  /** Approximate number of volunteers (0 to 1,000,000). */
  volunteerCount?: number | null | undefined;
};

/** A publication entered on its own. */
export type CreatePublicationInput = {
  /** The directions of volunteering it was about. */
  directions?: Array<Direction> | null | undefined;
  /** The district (KATO code of the region) it was about (UNKNOWN_DISTRICT, DISTRICT_NOT_IN_REGION). */
  districtCode?: string | null | undefined;
  /** Where to read or watch it (https://...; INVALID_URL). */
  link?: string | null | undefined;
  /** The outlet, 2 to 200 characters (INVALID_LENGTH). */
  outlet: string;
  /** The day (YYYY-MM-DD) it appeared (INVALID_DATE; IN_THE_FUTURE after today). */
  publishedOn: string;
  /** How many it reached, 0 or more (NEGATIVE_REACH). */
  reach?: number | null | undefined;
  /** The region whose coverage it is (regional staff: their own, also when omitted; others: REQUIRED). */
  regionCode?: string | null | undefined;
  /** The headline or subject, up to 300 characters. */
  title?: string | null | undefined;
};

/** A new periodic report form (version 1). */
export type CreateReportFormInput = {
  /** What the form is for, shown above it. */
  description?: ReportLabelInput | null | undefined;
  /** How many days after a period's last day its report is due (0 to 120). */
  dueDays: number;
  /** The first period reports are expected for (like 2026-Q1); the current period when omitted. */
  firstPeriod?: string | null | undefined;
  /** Days of grace after the due day in which a first submission still counts as on time (0 to 60); 0 when omitted. */
  onTimeWindowDays?: number | null | undefined;
  /** How long a period is. */
  periodType: ReportPeriodType;
  /** The regions expected to report (KATO codes, each once); all 20 when omitted. */
  regionCodes?: Array<string | number> | null | undefined;
  /** The sections with their fields (1 to 20 sections). */
  sections: Array<ReportSectionInput>;
  /** The title (each language 1 to 200 characters). */
  title: ReportLabelInput;
};

/** A new staff account. The administrator gives the person the initial password. */
export type CreateStaffAccountInput = {
  /** The sign-in address; unique regardless of case. */
  email: string;
  /** The language Birge writes to the person in; Kazakh when omitted. */
  language?: StaffLanguage | null | undefined;
  /** Full name (2 to 200 characters). */
  name: string;
  /** The initial password, 12 to 200 characters. */
  password: string;
  /** KATO code of the region: required for REGIONAL_STAFF, not allowed for other roles. */
  regionCode?: string | number | null | undefined;
  /** What the account may do. */
  role: StaffRole;
};

/** An explicit verification decision; it settles every check recorded before it. */
export type DecideVerificationInput = {
  /** VERIFIED or REJECTED. */
  decision: VerificationDecision;
  /** The organization decided on; the caller must be allowed to change its region's records. */
  organizationId: string | number;
  /** Why (3 to 2000 characters); required. */
  reason: string;
};

/** How: at once (IMMEDIATE), gathered into a daily or weekly e-mail digest (DAILY, WEEKLY; e-mail only, built at DIGEST_HOUR in Asia/Almaty), or not at all (OFF). */
export type DeliveryMode =
  | 'DAILY'
  | 'IMMEDIATE'
  | 'OFF'
  | 'WEEKLY';

/** The twelve directions of volunteering of the front-office memo. */
export type Direction =
  | 'ASYL_MURA'
  | 'AYALA'
  | 'BILIM'
  | 'CULTURE_AND_ARTS'
  | 'MEDIA'
  | 'OTHER_SOCIAL'
  | 'QAMQOR'
  | 'SABAQTASTYQ'
  | 'SAGLYQ'
  | 'SPORT_AND_HEALTHY_LIFESTYLE'
  | 'TAZA_ALEM'
  | 'UMIT';

/** Whether the front office is in touch with the district: ESTABLISHED (a contact within the window, 12 months by default), STALE (contacts, but all older than the window), NEVER (no contact logged). */
export type DistrictCoverageStatus =
  | 'ESTABLISHED'
  | 'NEVER'
  | 'STALE';

/** A district (audan), a city of regional significance, or a district of a city. */
export type DistrictKind =
  | 'CITY'
  | 'CITY_DISTRICT'
  | 'DISTRICT';

/** Narrows the email delivery log; every given field must match. */
export type EmailDeliveryFilter = {
  /** Queued at or after this time. */
  from?: string | null | undefined;
  /** Only emails about this kind of notification. */
  kind?: NotificationKind | null | undefined;
  /** Only emails in this state. */
  status?: EmailDeliveryStatus | null | undefined;
  /** Queued before this time. */
  to?: string | null | undefined;
};

/** Where an email stands. */
export type EmailDeliveryStatus =
  /** Given up: the server refused it for good (5xx), or every attempt failed; failureReason says why. */
  | 'FAILED'
  /** Waiting to be sent; after a temporary failure (failureReason set), waiting for its next attempt (nextAttemptAt). */
  | 'QUEUED'
  /** Being handed to the SMTP server now. */
  | 'SENDING'
  /** The SMTP server took it (sentAt). */
  | 'SENT';

/** A file sent inline as base64 (at most 5 MiB by default; PDF, PNG, JPEG, DOCX or plain text). */
export type EvidenceFileInput = {
  /** The content, base64. Refused: ATTACHMENT_TOO_LARGE, ATTACHMENT_TYPE_NOT_ALLOWED, ATTACHMENT_CONTENT_MISMATCH, INVALID_BASE64, ATTACHMENT_EMPTY. */
  contentBase64: string;
  /** File name without folders. */
  fileName: string;
  /** application/pdf, image/png, image/jpeg, application/vnd.openxmlformats-officedocument.wordprocessingml.document or text/plain. */
  mimeType: string;
};

/** The language of an exported file (headers, labels, region and district names, dates and numbers). */
export type ExportLanguage =
  /** English. */
  | 'EN'
  /** Kazakh, the default. */
  | 'KK'
  /** Russian. */
  | 'RU';

/** A file sent with a feedback message, inline as base64 (the whole HTTP body is limited to 1 MiB). */
export type FeedbackAttachmentInput = {
  /** The file content, base64 (at most 1,000,000 characters; the decoded size limit is smaller, see ATTACHMENT_TOO_LARGE). */
  contentBase64: string;
  /** The file name, e.g. "letter.pdf" (1 to 200 characters, no slashes). */
  fileName: string;
  /** PDF, PNG, JPEG, DOCX, XLSX or plain text; the content must match it. */
  mimeType: string;
};

/** The kind of record a feedback thread links to. */
export type FeedbackLinkKind =
  /** Need. */
  | 'NEED'
  /** Periodic report. */
  | 'REPORT';

/** Narrows the feedback threads; every field given must match. */
export type FeedbackThreadFilter = {
  /** Only this region's threads (KATO code). Regional staff: their own region (the default); another is FORBIDDEN (OTHER_REGION). */
  regionCode?: string | number | null | undefined;
  /** Only open, or only closed, threads. */
  status?: FeedbackThreadStatus | null | undefined;
  /** Only threads of this topic. */
  topic?: FeedbackTopic | null | undefined;
};

/** Whether a feedback thread takes messages: open, or closed (either side may reopen it). */
export type FeedbackThreadStatus =
  /** Closed. */
  | 'CLOSED'
  /** Open. */
  | 'OPEN';

/** What a feedback thread is about: the movement's problem, the front office's own problem, an observation about the region, or a question. */
export type FeedbackTopic =
  /** The volunteer movement's problem. */
  | 'MOVEMENT_PROBLEM'
  /** The front office's own problem. */
  | 'OFFICE_PROBLEM'
  /** A question. */
  | 'QUESTION'
  /** An observation about the region. */
  | 'REGION_OBSERVATION';

/** Who funds a programme: a directory entry (funderId) or a name (funderName, for OTHER). */
export type FunderInput = {
  /** The sponsor or state body (UNKNOWN_SPONSOR, UNKNOWN_STATE_BODY, ..._ARCHIVED on funder.id). */
  id?: string | number | null | undefined;
  /** SPONSOR or STATE_BODY with funderId; OTHER with funderName. */
  kind: FunderKind;
  /** The funder's name, 2 to 300 characters, for OTHER. */
  name?: string | null | undefined;
};

/** A sponsor or a state body of the directory, or another funder named in text. */
export type FunderKind =
  | 'OTHER'
  | 'SPONSOR'
  | 'STATE_BODY';

/** Which programmes to list; every given field must match. Without openNow or closingWithinDays, those not closed yet (unless includeClosed). */
export type GrantProgrammeFilter = {
  /** Only those this kind of actor may apply to (or any). */
  actorKind?: OrganizationKind | null | undefined;
  /** Only those open and closing within this many days (1 to 90). */
  closingWithinDays?: number | null | undefined;
  /** Only those supporting this direction (or any). */
  direction?: Direction | null | undefined;
  /** Only those funded by this sponsor or state body of the directory. */
  funderId?: string | number | null | undefined;
  /** Also those closed already (false when omitted). */
  includeClosed?: boolean | null | undefined;
  /** Only those open to applications today. */
  openNow?: boolean | null | undefined;
  /** Only those open to this region (KATO code), the whole country's included. */
  regionCode?: string | null | undefined;
  /** Words of the title in any of the three languages, or of the funder's name. */
  search?: string | null | undefined;
};

/** A guide's file, sent inline as base64 (the HTTP body is limited to 1 MiB). */
export type GuideFileInput = {
  /** The file content, base64. */
  contentBase64: string;
  /** The file name, e.g. "ustav-shablon.docx". */
  fileName: string;
  /** PDF, DOCX, XLSX or plain text (ATTACHMENT_TYPE_NOT_ALLOWED otherwise); the content must match it. */
  mimeType: string;
  /** What this version changes, up to 500 characters. */
  note?: string | null | undefined;
};

/** Which guides to list; every given field must match. */
export type GuideFilter = {
  /** Only those meant for this direction (or any). */
  direction?: Direction | null | undefined;
  /** Only those in this language. */
  language?: GuideLanguage | null | undefined;
  /** Only those usable in this region (KATO code): the republican office's and the region's own. */
  regionCode?: string | null | undefined;
  /** Words of the title or the description. */
  search?: string | null | undefined;
  /** Only those tagged with this assistance sub-type. */
  subtype?: AssistanceSubtype | null | undefined;
};

/** The language of a guide's document: Kazakh (KK) or Russian (RU). */
export type GuideLanguage =
  | 'KK'
  | 'RU';

/** What analytics figures are cut and grouped by: place (REGION, DISTRICT: drill-down region → district), time (MONTH, QUARTER, YEAR), the organization (kind, legal form, verification status, the 12 directions, the 7 categories, the 3 modes), the request (type, sub-type, status, outcome) and the booked resource kind. Not every dimension cuts every measure: see docs/analytics.md. */
export type InsightDimension =
  /** The categories (7) of the organization's volunteers; several per organization, counted as DIRECTION is. */
  | 'CATEGORY'
  /** The organization's directions of volunteering (12): one works in several, so grouped by it an organization (and its requests, contacts, bookings) counts once in each of its directions and the groups add up to more than the total; NONE for none. */
  | 'DIRECTION'
  /** The district (KATO code): the organization's (requests, bookings) or the contact's; NONE for records without one. Grouped by it, every district in scope is a row. Not for trainings (a training belongs to a region). */
  | 'DISTRICT'
  /** The legal form of a registered NGO; NONE for initiative groups and volunteers. Cuts what ORGANIZATION_KIND cuts. */
  | 'LEGAL_FORM'
  /** The modes (3) the organization volunteers in; several per organization, counted as DIRECTION is. */
  | 'MODE'
  /** Calendar months (YYYY-MM) of the period, in UTC: submission of a request, start of a training or booking, day of a contact; for organizations and coverage, the state at each month's end. */
  | 'MONTH'
  /** The organization's kind (NGO, initiative group, independent volunteer); cuts organizations and their contacts, requests and bookings. */
  | 'ORGANIZATION_KIND'
  /** Calendar quarters (YYYY-Qn) of the period, counted as MONTH is. */
  | 'QUARTER'
  /** The region (KATO code) of the fact: the organization's, the contact's, the request's, the training's or the booked premises'. Rows in official order; grouped by it, every region in scope is a row. Cuts every measure. */
  | 'REGION'
  /** The outcome of a resolved request; NONE while it has none. Requests only. */
  | 'REQUEST_OUTCOME'
  /** The status an assistance request is in now. Requests only. */
  | 'REQUEST_STATUS'
  /** The sub-type of an assistance request (what exactly is asked for). Requests only. */
  | 'REQUEST_SUBTYPE'
  /** The type of an assistance request (administrative, consultative, informational). Requests only. */
  | 'REQUEST_TYPE'
  /** The kind of booked resource (ROOM, EQUIPMENT). Bookings only. */
  | 'RESOURCE_KIND'
  /** The organization's verification status now (UNVERIFIED when never checked). Cuts what ORGANIZATION_KIND cuts. */
  | 'VERIFICATION_STATUS'
  /** Calendar years (YYYY) of the period, counted as MONTH is. */
  | 'YEAR';

/** The one filter of the analytics API, shared by insights, insightSeries and insightDrillDown. Every field given must match; the values inside one field are alternatives (OR). A filter on a dimension that cannot cut a requested measure is BAD_USER_INPUT naming it (e.g. requestStatuses with ORGANIZATIONS). */
export type InsightFilter = {
  /** Only organizations with volunteers of at least one of these categories. */
  categories?: Array<VolunteerCategory> | null | undefined;
  /** Only organizations working in at least one of these directions. */
  directions?: Array<Direction> | null | undefined;
  /** Only these districts (KATO codes), at most 800. */
  districts?: Array<string | number> | null | undefined;
  /** Only organizations of these legal forms (NGOs; others have none). */
  legalForms?: Array<LegalForm> | null | undefined;
  /** Only organizations volunteering in at least one of these modes. */
  modes?: Array<VolunteeringMode> | null | undefined;
  /** Only organizations (and their requests, contacts, bookings) of these kinds. */
  organizationKinds?: Array<OrganizationKind> | null | undefined;
  /** The period; the last 12 months and the current one when omitted. */
  period?: InsightPeriodInput | null | undefined;
  /** Only these regions (KATO codes), at most 20. Regional staff: their own region (the default); another is FORBIDDEN (OTHER_REGION). */
  regions?: Array<string | number> | null | undefined;
  /** Only resolved requests with these outcomes. */
  requestOutcomes?: Array<AssistanceOutcomeResult> | null | undefined;
  /** Only requests now in these statuses. */
  requestStatuses?: Array<AssistanceRequestStatus> | null | undefined;
  /** Only requests of these sub-types. */
  requestSubtypes?: Array<AssistanceSubtype> | null | undefined;
  /** Only requests of these types. */
  requestTypes?: Array<AssistanceType> | null | undefined;
  /** Only bookings of these resource kinds. */
  resourceKinds?: Array<BookableResourceKind> | null | undefined;
  /** Only organizations whose verification status is one of these. */
  verificationStatuses?: Array<VerificationStatus> | null | undefined;
};

/** A figure of the analytics API. Counts describe the picture, never a score: no measure ranks regions, and every region's figures come with its open needs and its last report (InsightRow.regionContext). Shares and rates are between 0 and 1; durations in hours. */
export type InsightMeasure =
  /** Of REFERRALS, those the state body has answered. */
  | 'ANSWERED_REFERRALS'
  /** The hours of the bookings of BOOKINGS, from start to end. */
  | 'BOOKED_HOURS'
  /** Confirmed (not cancelled) bookings of the front office's rooms and equipment by organizations, starting within the period. A count of records, not a score: more is not better, and no region is ranked by it; read it beside the region's open needs and last report (regionContext). */
  | 'BOOKINGS'
  /** Contacts of the front office with actors (meetings, calls, visits...) on days within the period, placed in the contact's district. A count of records, not a score: more is not better, and no region is ranked by it; read it beside the region's open needs and last report (regionContext). */
  | 'CONTACTS'
  /** COVERED_DISTRICTS divided by DISTRICTS, between 0 and 1; null when there is no district in scope. */
  | 'COVERAGE_SHARE'
  /** Of DISTRICTS, those with at least one front-office contact within the coverage window (ANALYTICS_CONTACT_WINDOW_MONTHS, 12 by default) ending on the last day of the period or of each month, quarter or year: grouped by MONTH, the trend of coverage. */
  | 'COVERED_DISTRICTS'
  /** Districts of the reference data (KATO) in the regions or districts counted. Every district counts, whether anyone works there or not. */
  | 'DISTRICTS'
  /** Median hours from submission to the first response (the first status change out of NEW), over the requests of REQUESTS that had one; null when none had. */
  | 'FIRST_RESPONSE_HOURS_MEDIAN'
  /** The 90th percentile (linear interpolation) of the same hours as FIRST_RESPONSE_HOURS_MEDIAN: how long the slowest tenth waited. */
  | 'FIRST_RESPONSE_HOURS_P90'
  /** Organizations registered within the period (or of each month, quarter or year when grouped by one). A count of records, not a score: more is not better, and no region is ranked by it; read it beside the region's open needs and last report (regionContext). */
  | 'NEW_ORGANIZATIONS'
  /** Of REQUESTS, those open now (NEW, TRIAGED, IN_PROGRESS, WAITING_ON_STATE_BODY). */
  | 'OPEN_REQUESTS'
  /** Organizations, initiative groups and independent volunteers registered by the end of the period (or of each month, quarter or year when grouped by one): a stock. A merged record counts once (as the record it was merged into). A count of records, not a score: more is not better, and no region is ranked by it; read it beside the region's open needs and last report (regionContext). */
  | 'ORGANIZATIONS'
  /** TOLD_ORGANIZATIONS divided by ORGANIZATIONS, between 0 and 1; null when there is no organization. Never a target, never a ranking. */
  | 'OUTREACH_SHARE'
  /** Of REQUESTS with a due date, those open past it now or resolved after it. */
  | 'OVERDUE_REQUESTS'
  /** OVERDUE_REQUESTS divided by REQUESTS, between 0 and 1; null when there is no request. */
  | 'OVERDUE_SHARE'
  /** Requests of REQUESTS that the requester rated. */
  | 'RATINGS'
  /** The average score (1 to 5) of the rated requests; null when none is rated. */
  | 'RATING_AVERAGE'
  /** Referrals of the requests of REQUESTS to state bodies (a request may have several). */
  | 'REFERRALS'
  /** ANSWERED_REFERRALS divided by REFERRALS, between 0 and 1; null when there is no referral. */
  | 'REFERRAL_ANSWER_SHARE'
  /** Assistance requests submitted within the period (or of each month, quarter or year when grouped by one), whatever their status now. A count of records, not a score: more is not better, and no region is ranked by it; read it beside the region's open needs and last report (regionContext). */
  | 'REQUESTS'
  /** Median hours from submission to resolution, over the requests of REQUESTS resolved now; null when none is. */
  | 'RESOLUTION_HOURS_MEDIAN'
  /** The 90th percentile (linear interpolation) of the same hours as RESOLUTION_HOURS_MEDIAN. */
  | 'RESOLUTION_HOURS_P90'
  /** Of REQUESTS, those resolved now (status RESOLVED; declined and withdrawn requests are neither open nor resolved). */
  | 'RESOLVED_REQUESTS'
  /** Of ORGANIZATIONS, those told what the front office offers on a contact of its log (toldAboutOffer) on or before the last day of the period (or of each month, quarter or year when grouped by one): the memo's first success criterion. It describes reach, it is never a target to grow, and no region is ranked by it. */
  | 'TOLD_ORGANIZATIONS'
  /** Trainings of the front office that started within the period (and have started by now) and were not cancelled. A count of records, not a score: more is not better, and no region is ranked by it; read it beside the region's open needs and last report (regionContext). */
  | 'TRAININGS_HELD'
  /** TRAINING_PARTICIPANTS divided by the participants registered for the same trainings, between 0 and 1; null when none registered. */
  | 'TRAINING_ATTENDANCE_RATE'
  /** Participants marked as attended at the trainings of TRAININGS_HELD (a registration may bring several participants). */
  | 'TRAINING_PARTICIPANTS'
  /** The capacity (seats) of the trainings of TRAININGS_HELD. */
  | 'TRAINING_SEATS'
  /** Of ORGANIZATIONS, those whose verification status is VERIFIED now (as stored: VERIFIED until re-verification is due). */
  | 'VERIFIED_ORGANIZATIONS'
  /** VERIFIED_ORGANIZATIONS divided by ORGANIZATIONS, between 0 and 1; null when there is no organization. */
  | 'VERIFIED_SHARE';

/** The period the figures cover: exactly one of month, quarter, year, or a from–to range (both days included). Omitted: the last 12 whole months and the current one. Periods are calendar periods in UTC. */
export type InsightPeriodInput = {
  /** First day of a range, YYYY-MM-DD; needs `to`. */
  from?: string | null | undefined;
  /** A month, YYYY-MM, e.g. 2026-03. */
  month?: string | null | undefined;
  /** A quarter, YYYY-Qn, e.g. 2026-Q1. */
  quarter?: string | null | undefined;
  /** Last day of a range, YYYY-MM-DD (included); needs `from`. */
  to?: string | null | undefined;
  /** A calendar year, e.g. 2026. */
  year?: number | null | undefined;
};

/** Which joint events to list; every one the caller may read when empty. */
export type JointEventFilter = {
  /** Only those about this direction. */
  direction?: Direction | null | undefined;
  /** Only those held in this district. */
  districtCode?: string | null | undefined;
  /** Held on or after this day (YYYY-MM-DD). */
  from?: string | null | undefined;
  /** Only this kind. */
  kind?: JointEventKind | null | undefined;
  /** Only those this organization, state body or sponsor was invited to. */
  participantId?: string | number | null | undefined;
  /** Only this region's (regional staff: their own; another is FORBIDDEN). */
  regionCode?: string | null | undefined;
  /** Held on or before this day (YYYY-MM-DD; PERIOD_REVERSED before from). */
  to?: string | null | undefined;
};

/** A need of the region's needs register (analytics), or a request for help. */
export type JointEventFollowUpKind =
  | 'ASSISTANCE_REQUEST'
  | 'NEED';

/** A round table, a forum, a meeting, or another gathering. */
export type JointEventKind =
  | 'FORUM'
  | 'MEETING'
  | 'OTHER'
  | 'ROUND_TABLE';

/** Someone invited to a joint event. */
export type JointEventParticipantInput = {
  /** Whether they came; leave it null until the event is held (ATTENDANCE_BEFORE_EVENT for a day still to come). */
  attended?: boolean | null | undefined;
  /** The organization (UNKNOWN_ORGANIZATION), state body or sponsor (UNKNOWN_STATE_BODY, UNKNOWN_SPONSOR, ..._ARCHIVED) on invited.N.id. */
  id: string | number;
  /** An organization, a state body or a sponsor. */
  kind: JointEventParticipantKind;
};

/** An organization of the registry, or a state body or a sponsor of the directory. */
export type JointEventParticipantKind =
  | 'ORGANIZATION'
  | 'SPONSOR'
  | 'STATE_BODY';

/** Legal form of a registered NGO/NCO: association of legal entities, public foundation, public association, or other. */
export type LegalForm =
  | 'ASSOCIATION_OF_LEGAL_ENTITIES'
  | 'OTHER'
  | 'PUBLIC_ASSOCIATION'
  | 'PUBLIC_FOUNDATION';

/** An interaction with an actor, for the contact log. The staff member is the signed-in user. */
export type LogContactInput = {
  /** KATO code of the district the contact took place in or counts for; the organization's district when omitted. Must be in its region (DISTRICT_NOT_IN_REGION) and not abolished (DISTRICT_ABOLISHED). */
  districtCode?: string | number | null | undefined;
  /** How the front office was in touch. */
  kind: ContactKind;
  /** Notes, up to 5000 characters. */
  notes?: string | null | undefined;
  /** The day it happened, YYYY-MM-DD; not in the future (DATE_IN_FUTURE). */
  occurredOn: string;
  /** The organization, group or volunteer; the caller must be allowed to change its region's records. */
  organizationId: string | number;
  /** Whether the actor was told what the front office offers. */
  toldAboutOffer: boolean;
};

/** Records whether a registered organization came to a training that has begun. */
export type MarkTrainingAttendanceInput = {
  /** ATTENDED or NO_SHOW. */
  attendance: TrainingAttendance;
  /** With ATTENDED: how many came (0 to its participants); omitted when not counted. */
  attendedParticipants?: number | null | undefined;
  /** The registration (REGISTERED). */
  registrationId: string | number;
  /** The version of the registration you last read. */
  version: number;
};

/** Two records of one actor: `mergeId` is folded into `keepId` and then no longer exists. */
export type MergeOrganizationsInput = {
  /** The record that stays. */
  keepId: string | number;
  /** Optional optimistic lock: the version of the kept record you read (STALE_VERSION otherwise). */
  keepVersion?: number | null | undefined;
  /** The record that goes; its id keeps resolving to the kept record. */
  mergeId: string | number;
};

/** The records a need rests on, by kind; at most 50 of each, each once. A list given replaces the one stored; one left out stays as it is. */
export type NeedEvidenceInput = {
  /** Ids of assistance requests. */
  assistanceRequestIds?: Array<string | number> | null | undefined;
  /** Ids of the registry's contact-log entries. */
  contactIds?: Array<string | number> | null | undefined;
  /** Ids of organizations, initiative groups or volunteers of the registry. */
  organizationIds?: Array<string | number> | null | undefined;
  /** Ids of trainings. */
  trainingIds?: Array<string | number> | null | undefined;
};

/** Narrows the needs register; every field given must match. */
export type NeedFilter = {
  /** Only entries about this district (KATO code); needs regionCode, and must be one of its districts. */
  districtCode?: string | number | null | undefined;
  /** Only the movement's needs, or only the front offices' own. */
  kind?: NeedKind | null | undefined;
  /** Only this region's entries (KATO code). Regional staff: their own region (the default); another is FORBIDDEN (OTHER_REGION). */
  regionCode?: string | number | null | undefined;
  /** Only entries in this status. */
  status?: NeedStatus | null | undefined;
  /** Only entries of this theme. */
  theme?: NeedTheme | null | undefined;
};

/** Whose need it is: the volunteer movement of the region, or the front office itself. */
export type NeedKind =
  /** The front office's own need. */
  | 'FRONT_OFFICE'
  /** The volunteer movement's need. */
  | 'MOVEMENT';

/** Where an entry of the needs register stands: open, escalated to the republican office, being addressed, then resolved or no longer relevant. */
export type NeedStatus =
  /** Being addressed. */
  | 'BEING_ADDRESSED'
  /** Escalated to the republican office. */
  | 'ESCALATED'
  /** No longer relevant. */
  | 'NO_LONGER_RELEVANT'
  /** Open. */
  | 'OPEN'
  /** Resolved. */
  | 'RESOLVED';

/** What a need of the register is about: the memo's examples of what a region's volunteer movement lacks, funding, or something else. */
export type NeedTheme =
  /** Funding. */
  | 'FUNDING'
  /** Relations with local executive bodies. */
  | 'LOCAL_EXECUTIVE_RELATIONS'
  /** No place to meet. */
  | 'NO_PLACE_TO_MEET'
  /** Other. */
  | 'OTHER'
  /** Population wary of volunteering. */
  | 'POPULATION_WARY'
  /** Organizations lack project and grant skills. */
  | 'PROJECT_AND_GRANT_SKILLS';

/** Where a notification reaches its reader: in the app (the inbox) or by e-mail. */
export type NotificationChannel =
  | 'EMAIL'
  | 'IN_APP';

/** Narrows the current user's notifications; every field is optional and they combine. */
export type NotificationFilter = {
  /** true: only those the current user has archived; false or omitted: the inbox, without archived ones. */
  archived?: boolean | null | undefined;
  /** Only notifications of this kind. */
  kind?: NotificationKind | null | undefined;
  /** true: only those the current user has read; false: only unread ones; omitted: both. */
  read?: boolean | null | undefined;
};

/** What a notification is about. */
export type NotificationKind =
  /** A staff account was created (subjectId: the account); for republican administrators. */
  | 'ACCOUNT_CREATED'
  /** An announcement of the front office (grants, programmes, events) for the targeted regions (subjectId: the announcement). */
  | 'ANNOUNCEMENT'
  /** A partner API key expires soon (subjectId: the key); for republican administrators. */
  | 'API_KEY_EXPIRING'
  /** A request was given to a staff member (assigneeId), or unassigned. */
  | 'ASSISTANCE_REQUEST_ASSIGNED'
  /** A request is still open after its due date. */
  | 'ASSISTANCE_REQUEST_OVERDUE'
  /** An organization rated the help it got on a resolved request (for its assignee). */
  | 'ASSISTANCE_REQUEST_RATED'
  /** A request moved to another status of its workflow. */
  | 'ASSISTANCE_REQUEST_STATUS_CHANGED'
  /** An organization of the region asked the front office for help. */
  | 'ASSISTANCE_REQUEST_SUBMITTED'
  /** A booking was cancelled; its slot is free again. */
  | 'BOOKING_CANCELLED'
  /** A room or piece of equipment was booked for an organization. */
  | 'BOOKING_CONFIRMED'
  /** Emails only: a daily or weekly digest of the notifications its reader asked to get that way. */
  | 'DIGEST'
  /** Nobody of a district (districtCode) has been contacted within the contact window. */
  | 'DISTRICT_CONTACTS_STALE'
  /** The other side wrote in a feedback thread (subjectId: the thread). */
  | 'FEEDBACK_POSTED'
  /** A region handed an entry of the needs register up to the republican office (subjectId: the need). */
  | 'NEED_ESCALATED'
  /** An organization was registered in the region. */
  | 'ORGANIZATION_REGISTERED'
  /** An organization of the region became verified. */
  | 'ORGANIZATION_VERIFIED'
  /** The reader's own password was changed; if it was not them, they should tell an administrator. */
  | 'PASSWORD_CHANGED'
  /** Emails only: an organization portal link staff issued for one of the organization's consenting contacts. */
  | 'PORTAL_LINK'
  /** The republican office accepted a report (subjectId: the report). */
  | 'REPORT_ACCEPTED'
  /** A periodic report of the region is due soon and not submitted (subjectId: the report, or the form when none is open). */
  | 'REPORT_DUE_SOON'
  /** A periodic report of the region is past its due day (subjectId: the report, or the form when none is open). */
  | 'REPORT_OVERDUE'
  /** An accepted report was reopened for changes (subjectId: the report). */
  | 'REPORT_REOPENED'
  /** The republican office returned a report to the region (subjectId: the report). */
  | 'REPORT_RETURNED'
  /** A region submitted a periodic report for review (subjectId: the report). */
  | 'REPORT_SUBMITTED'
  /** A training of the front office starts soon; one per registered organization (organization, trainingId). */
  | 'TRAINING_REMINDER'
  /** An organization's verification runs out soon: check it again. */
  | 'VERIFICATION_EXPIRING';

/** One choice: a kind on a channel, and how. */
export type NotificationPreferenceInput = {
  /** In the app or by e-mail. */
  channel: NotificationChannel;
  /** The kind of notification. */
  kind: NotificationKind;
  /** IN_APP takes IMMEDIATE or OFF only (BAD_USER_INPUT IN_APP_NO_DIGEST). */
  mode: DeliveryMode;
};

/** Opens a region's report on a form for a period: the existing one, or a new draft pre-filled with the region's figures. */
export type OpenReportInput = {
  /** The form. */
  formId: string | number;
  /** The period, of the form's period type (like 2026-Q1). */
  period: string;
  /** The region reporting (KATO code); regional staff open their own region only. */
  regionCode: string | number;
};

/** Narrows a list of organizations; every given field must match. */
export type OrganizationFilter = {
  /** Organizations involving this category of volunteers. */
  category?: VolunteerCategory | null | undefined;
  /** Whether the front office is in touch with the organization (the contact log). Regional staff: their own region only; with regionCode of another region FORBIDDEN (OTHER_REGION). */
  contact?: ContactRecency | null | undefined;
  /** Organizations working in this direction. */
  direction?: Direction | null | undefined;
  /** Organizations of this district (KATO code). */
  districtCode?: string | number | null | undefined;
  /** Organizations of this kind. */
  kind?: OrganizationKind | null | undefined;
  /** NGOs of this legal form. */
  legalForm?: LegalForm | null | undefined;
  /** Organizations working in this mode. */
  mode?: VolunteeringMode | null | undefined;
  /** Part of the name, any case. */
  nameContains?: string | null | undefined;
  /** Organizations of this region (KATO code). */
  regionCode?: string | number | null | undefined;
  /** Fuzzy search across the Kazakh, Russian and Latin names: case, accents and script do not matter ("kamkor" and "камкор" find "Қамқор"), small misspellings are tolerated. */
  search?: string | null | undefined;
  /** Organizations with this status. */
  status?: OrganizationStatus | null | undefined;
  /** By verification status (EXPIRED: verified longer ago than the re-verification period). */
  verificationStatus?: VerificationStatus | null | undefined;
};

/** NGO/NCO (registered), initiative group (informal, with a leader), or independent volunteer. */
export type OrganizationKind =
  | 'INDEPENDENT_VOLUNTEER'
  | 'INITIATIVE_GROUP'
  | 'NGO';

/** Order of a list: newest or oldest registered first, by display name, recently changed first, or best match of filter.search first (RELEVANCE needs a search). */
export type OrganizationOrder =
  | 'NAME'
  | 'NEWEST'
  | 'OLDEST'
  | 'RECENTLY_UPDATED'
  | 'RELEVANCE';

/** Whether the actor is at work (ACTIVE), quiet for now (DORMANT), or has stopped (CLOSED). */
export type OrganizationStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'DORMANT';

/** A request for help an organization's contact submits through the portal, for their own organization. */
export type PortalSubmitRequestInput = {
  /** What is needed (5 to 4000 characters). */
  description: string;
  /** Must belong to the chosen type. */
  subtype: AssistanceSubtype;
  /** The type of help (see assistanceCatalog). */
  type: AssistanceType;
  /** The day (YYYY-MM-DD) the organization would like the help by; today or later. */
  wishedForDate?: string | null | undefined;
};

/** A message to an open feedback thread. */
export type PostFeedbackInput = {
  /** Files sent with the message (at most 3). */
  attachments?: Array<FeedbackAttachmentInput> | null | undefined;
  /** More entries of the region's needs register to link the thread to (kept once each; at most 20 per thread). */
  needIds?: Array<string | number> | null | undefined;
  /** Periodic reports of the region the thread is about (counted with needIds: at most 20 links per thread). */
  reportIds?: Array<string | number> | null | undefined;
  /** The message (1 to 8000 characters). */
  text: string;
  /** The thread. */
  threadId: string | number;
};

/** A message in a report's comment thread. It changes nothing else, so it needs no version. */
export type PostReportCommentInput = {
  /** A field of the report's form the message is about. */
  fieldKey?: string | null | undefined;
  /** The report. */
  id: string | number;
  /** The message (1 to 4000 characters). */
  text: string;
};

/** A change of an organization's public profile its contact proposed through the portal, as staff decided it. */
export type ProfileProposalStatus =
  /** Accepted: the profile now shows it. */
  | 'ACCEPTED'
  /** Declined, with the reason in decisionNote. */
  | 'DECLINED'
  /** Waiting for the region's staff. */
  | 'PENDING';

/** A title in kk, ru and en (3 to 300 characters each). */
export type ProgrammeTitleInput = {
  /** English. */
  en: string;
  /** Kazakh. */
  kk: string;
  /** Russian. */
  ru: string;
};

/** A change of the organization's public profile, proposed through the portal for staff review. Give at least one field. */
export type ProposeProfileChangeInput = {
  /** The new public description (10 to 4000 characters). */
  description?: string | null | undefined;
  /** A note for staff (at most 1000 characters). */
  note?: string | null | undefined;
  /** The number of volunteers now (0 to 1,000,000). */
  volunteerCount?: number | null | undefined;
};

/** Which publications to list; every one the caller may read when empty. */
export type PublicationFilter = {
  /** Only those about this direction. */
  direction?: Direction | null | undefined;
  /** Only those about this district. */
  districtCode?: string | null | undefined;
  /** Published on or after this day (YYYY-MM-DD). */
  from?: string | null | undefined;
  /** Only the coverage of this organization's requests. */
  organizationId?: string | number | null | undefined;
  /** Only this region's (regional staff: their own; another is FORBIDDEN). */
  regionCode?: string | null | undefined;
  /** Only those entered on their own, or only those made from requests. */
  source?: PublicationSource | null | undefined;
  /** Published on or before this day (YYYY-MM-DD; PERIOD_REVERSED before from). */
  to?: string | null | undefined;
};

/** Entered by the office on its own, or made from a request resolved with a publication (PUBLICATION_MADE). */
export type PublicationSource =
  | 'MANUAL'
  | 'REQUEST_OUTCOME';

/** The requester's rating of the help; only once, and only after the request was resolved. */
export type RateAssistanceRequestInput = {
  /** A comment (at most 2000 characters). */
  comment?: string | null | undefined;
  /** The request. */
  id: string | number;
  /** 1 (poor) to 5 (excellent). */
  score: number;
  /** The version you last read. */
  version: number;
};

/** An introduction between two organizations of one region. */
export type RecordIntroductionInput = {
  /** The day, YYYY-MM-DD, not in the future; today when omitted. */
  introducedOn?: string | null | undefined;
  /** What was said or agreed, up to 2000 characters. */
  note?: string | null | undefined;
  /** One organization. */
  organizationId: string | number;
  /** The organization it was introduced to (same region). */
  otherOrganizationId: string | number;
};

/** A new entry of the needs register. */
export type RecordNeedInput = {
  /** A district, city or city district of the region (KATO code); omit when the need concerns the whole region. */
  districtCode?: string | number | null | undefined;
  /** The records the need rests on. */
  evidence?: NeedEvidenceInput | null | undefined;
  /** The day (YYYY-MM-DD) it was first noticed, today or earlier; today when omitted. */
  firstNoticedOn?: string | null | undefined;
  /** The movement's need or the front office's own. */
  kind: NeedKind;
  /** The need in your own words (1 to 8000 characters). */
  narrative: string;
  /** The region (KATO code). Regional staff record their own region's needs only. */
  regionCode: string | number;
  /** What the need is about. */
  theme: NeedTheme;
};

/** Records a state body's answer to a referral. */
export type RecordStateBodyAnswerInput = {
  /** The body's answer (1 to 4000 characters). */
  answer: string;
  /** The day (YYYY-MM-DD) the answer came; today when omitted. */
  answeredOn?: string | null | undefined;
  /** The request. */
  id: string | number;
  /** The referral answered. */
  referralId: string | number;
  /** The version of the request you last read. */
  version: number;
};

/** A verification check: method, outcome, notes and evidence files. The checker is the signed-in user. */
export type RecordVerificationCheckInput = {
  /** Up to 5 files. */
  evidence?: Array<EvidenceFileInput> | null | undefined;
  /** Which of the memo's five methods was used. */
  method: VerificationMethod;
  /** Up to 5000 characters. */
  notes?: string | null | undefined;
  /** The organization checked; the caller must be allowed to change its region's records. */
  organizationId: string | number;
  /** PASSED, FAILED or PENDING (still waiting, e.g. for a letter). */
  outcome: CheckOutcome;
};

/** An oblast, or a city of republican significance (Astana, Almaty, Shymkent). */
export type RegionKind =
  | 'CITY'
  | 'OBLAST';

/** Registers an organization for a training. */
export type RegisterForTrainingInput = {
  /** The organization; it must be known to a front office. */
  organizationId: string | number;
  /** How many of its people come (1 to 100); 1 when omitted. */
  participants?: number | null | undefined;
  /** The training. */
  trainingId: string | number;
};

/** Reopens an accepted report so its region may change and resubmit it; the reason is kept in its history and the audit trail. */
export type ReopenReportInput = {
  /** The report. */
  id: string | number;
  /** Why it is reopened (1 to 4000 characters). */
  reason: string;
  /** The version you last read; a stale one is refused with CONFLICT (reason STALE_VERSION). */
  version: number;
};

/** A step of a report's history. */
export type ReportAction =
  /** Accepted. */
  | 'ACCEPTED'
  /** Opened. */
  | 'OPENED'
  /** Reopened. */
  | 'REOPENED'
  /** Returned. */
  | 'RETURNED'
  /** Submitted. */
  | 'SUBMITTED';

/** A field's answer to save: it replaces the stored answer of that field (value and comment); leave a value out to clear it. Give the member of the field's type: number (NUMBER), text (TEXT), choices (one for CHOICE, several for MULTI_CHOICE) or needIds (NEEDS). */
export type ReportAnswerInput = {
  /** CHOICE and MULTI_CHOICE: the keys of the choices picked, each once. */
  choices?: Array<string> | null | undefined;
  /** Why the value is missing or differs from the pre-filled figure (at most 4000 characters). */
  comment?: string | null | undefined;
  /** The field's key in the report's form version. */
  fieldKey: string;
  /** NEEDS: ids of entries of the region's needs register, each once (at most 30). */
  needIds?: Array<string | number> | null | undefined;
  /** NUMBER: the value. */
  number?: number | null | undefined;
  /** TEXT: the answer (at most 8000 characters). */
  text?: string | null | undefined;
};

/** A choice of a CHOICE or MULTI_CHOICE field. */
export type ReportChoiceInput = {
  /** The value stored in answers: lower-case letters, digits and underscores, unique in the field. */
  key: string;
  /** What the front office reads. */
  label: ReportLabelInput;
};

/** When a field's answer must come with a comment of the front office (checked on submit). */
export type ReportCommentRule =
  /** No comment needed. */
  | 'NONE'
  /** A changed value needs a comment. */
  | 'WHEN_CHANGED'
  /** A missing value needs a comment. */
  | 'WHEN_MISSING'
  /** A missing or changed value needs a comment. */
  | 'WHEN_MISSING_OR_CHANGED';

/** Who wrote a report's comment: the region's front office or the republican office. */
export type ReportCommentSide =
  /** The region's front office. */
  | 'REGION'
  /** The republican office (an administrator). */
  | 'REPUBLICAN_OFFICE';

/** PDF (A4, to read and print, Kazakh letters embedded) or XLSX (the answers one per row with typed numbers, and a sheet about the report). */
export type ReportExportFormat =
  | 'PDF'
  | 'XLSX';

/** A field of a report form. Checked as a whole on save: every problem comes back at once, each naming its field. */
export type ReportFieldInput = {
  /** CHOICE and MULTI_CHOICE: 1 to 20 choices; not for other types. */
  choices?: Array<ReportChoiceInput> | null | undefined;
  /** When the answer needs a comment; NONE when omitted. */
  commentRule?: ReportCommentRule | null | undefined;
  /** A hint shown under the question. */
  help?: ReportLabelInput | null | undefined;
  /** NUMBER only: whole numbers only; false when omitted. */
  integer?: boolean | null | undefined;
  /** The key answers name the field by: lower-case letters, digits and underscores, unique in the form. */
  key: string;
  /** The question. */
  label: ReportLabelInput;
  /** NUMBER: the largest value; TEXT: the most characters; MULTI_CHOICE and NEEDS: the most picked. Not for CHOICE. */
  max?: number | null | undefined;
  /** NUMBER: the smallest value; TEXT: the fewest characters; MULTI_CHOICE and NEEDS: the fewest picked. Not for CHOICE. */
  min?: number | null | undefined;
  /** NUMBER only: the key of a pre-fill source (see reportPrefillSources). */
  prefillSource?: string | null | undefined;
  /** Whether a report may be submitted without an answer; false when omitted. */
  required?: boolean | null | undefined;
  /** What the field asks for. */
  type: ReportFieldType;
};

/** What a field of a report form asks for. */
export type ReportFieldType =
  /** One choice. */
  | 'CHOICE'
  /** Several choices. */
  | 'MULTI_CHOICE'
  /** Linked needs. */
  | 'NEEDS'
  /** Number. */
  | 'NUMBER'
  /** Text. */
  | 'TEXT';

/** Narrows the list of reports; every field given must match. */
export type ReportFilter = {
  /** Only this form's reports. */
  formId?: string | number | null | undefined;
  /** Only reports on this period (like 2026-Q1). */
  period?: string | null | undefined;
  /** Only this region's reports (KATO code). Regional staff: their own region (the default); another is FORBIDDEN (OTHER_REGION). */
  regionCode?: string | number | null | undefined;
  /** Only reports in this status. */
  status?: ReportStatus | null | undefined;
};

/** Narrows the list of report forms. */
export type ReportFormFilter = {
  /** Only forms of this period type. */
  periodType?: ReportPeriodType | null | undefined;
};

/** A text of a report form in Kazakh, Russian and English; each 1 to 1000 characters (titles and labels: 300). */
export type ReportLabelInput = {
  /** English. */
  en: string;
  /** Kazakh. */
  kk: string;
  /** Russian. */
  ru: string;
};

/** How long a period of a report form is. Periods are written 2026-07 (MONTH), 2026-Q3 (QUARTER), 2026-H2 (HALF_YEAR), 2026 (YEAR). */
export type ReportPeriodType =
  /** Half-year. */
  | 'HALF_YEAR'
  /** Month. */
  | 'MONTH'
  /** Quarter. */
  | 'QUARTER'
  /** Year. */
  | 'YEAR';

/** A section of a report form with its fields. */
export type ReportSectionInput = {
  /** The fields, in order (at most 100 in the whole form). */
  fields: Array<ReportFieldInput>;
  /** The key of the section: lower-case letters, digits and underscores, unique in the form. */
  key: string;
  /** The title of the section. */
  title: ReportLabelInput;
};

/** Where a periodic report stands: DRAFT -> SUBMITTED -> ACCEPTED (locked), or RETURNED to the region and submitted again. */
export type ReportStatus =
  /** Accepted. */
  | 'ACCEPTED'
  /** Draft. */
  | 'DRAFT'
  /** Returned. */
  | 'RETURNED'
  /** Submitted. */
  | 'SUBMITTED';

/** Where a region's report for a period stands in the completeness matrix. */
export type ReportingState =
  /** Accepted and locked. */
  | 'ACCEPTED'
  /** Opened, never submitted. */
  | 'DRAFT'
  /** The region has not opened its report. */
  | 'NOT_STARTED'
  /** Returned to the region (or reopened) to fix and resubmit. */
  | 'RETURNED'
  /** Submitted, waiting for review. */
  | 'SUBMITTED';

/** A guide of the library and a consultative request to attach it to (or detach it from). */
export type RequestGuideInput = {
  /** The guide (the republican office's or the request's region's: GUIDE_OF_OTHER_REGION otherwise). */
  guideId: string | number;
  /** The request (consultative help only: NOT_CONSULTATIVE otherwise). */
  requestId: string | number;
};

/** Returns a submitted report to its region, saying what to fix; the comment opens (or continues) the report's thread. */
export type ReturnReportInput = {
  /** What to fix (1 to 4000 characters). */
  comment: string;
  /** The report. */
  id: string | number;
  /** The version you last read; a stale one is refused with CONFLICT (reason STALE_VERSION). */
  version: number;
};

/** Saves a draft as it goes: the answers given replace those fields' answers; the others stay. Nothing is checked for completeness until submit. */
export type SaveReportDraftInput = {
  /** The answers to save. */
  answers: Array<ReportAnswerInput>;
  /** The report. */
  id: string | number;
  /** Compute the pre-filled figures again first; answers that equal the old figure follow the new one. False when omitted. */
  refreshPrefill?: boolean | null | undefined;
  /** The version you last read; a stale one is refused with CONFLICT (reason STALE_VERSION). */
  version: number;
};

/** Schedules a training of a front office. */
export type ScheduleTrainingInput = {
  /** Who it is for. */
  audience: TrainingAudience;
  /** Seats, 1 to 10000. */
  capacity: number;
  /** Programme and details (at most 4000 characters). */
  description?: string | null | undefined;
  /** When it ends; after startsAt, at most 14 days later. */
  endsAt: string;
  /** The region (KATO code) of the front office holding it. */
  regionCode: string | number;
  /** When it begins; not in the past. */
  startsAt: string;
  /** What it is about (3 to 300 characters). */
  topic: string;
  /** Where it takes place (2 to 500 characters). */
  venue: string;
};

/** Which sponsors to list; every given field must match. */
export type SponsorFilter = {
  /** Only those supporting this direction (or any). */
  direction?: Direction | null | undefined;
  /** Also archived entries (false when omitted). */
  includeArchived?: boolean | null | undefined;
  /** Only this kind. */
  kind?: SponsorKind | null | undefined;
  /** KATO code of a region: its sponsors and those of the whole country. */
  regionCode?: string | number | null | undefined;
  /** Words of the name. */
  search?: string | null | undefined;
  /** Only those that write recommendation letters. */
  writesRecommendationLetters?: boolean | null | undefined;
};

/** A business, a foundation, a partner of the National Volunteer Network, an international organization, or other. */
export type SponsorKind =
  | 'BUSINESS'
  | 'FOUNDATION'
  | 'INTERNATIONAL'
  | 'NATIONAL_NETWORK_PARTNER'
  | 'OTHER';

/** Narrows a list of staff accounts; every given field must match. */
export type StaffAccountFilter = {
  /** true: active accounts only; false: deactivated only. */
  active?: boolean | null | undefined;
  /** Regional staff of this region (KATO code). */
  regionCode?: string | number | null | undefined;
  /** Accounts with this role. */
  role?: StaffRole | null | undefined;
};

/** The language a staff member reads Birge’s mail in. */
export type StaffLanguage =
  /** English. */
  | 'en'
  /** Kazakh (the default). */
  | 'kk'
  /** Russian. */
  | 'ru';

/** What a staff account may do. */
export type StaffRole =
  /** Reads figures across every region; never writes. */
  | 'ANALYST'
  /** A regional front office: works in its own region. */
  | 'REGIONAL_STAFF'
  /** The republican front office: every region; manages accounts. */
  | 'REPUBLICAN_ADMIN';

/** A new feedback thread with its first message. */
export type StartFeedbackThreadInput = {
  /** Files sent with the first message (at most 3). */
  attachments?: Array<FeedbackAttachmentInput> | null | undefined;
  /** Entries of the region's needs register the thread is about (at most 20, each once). */
  needIds?: Array<string | number> | null | undefined;
  /** The region (KATO code). Regional staff open threads for their own region; republican administrators for any. */
  regionCode: string | number;
  /** Periodic reports of the region the thread is about (counted with needIds: at most 20 links per thread). */
  reportIds?: Array<string | number> | null | undefined;
  /** The subject line (1 to 200 characters). */
  subject: string;
  /** The first message (1 to 8000 characters). */
  text: string;
  /** What the thread is about. */
  topic: FeedbackTopic;
};

/** Which state bodies to list; every given field must match. */
export type StateBodyFilter = {
  /** KATO code of the district. */
  districtCode?: string | number | null | undefined;
  /** Also archived entries (false when omitted). */
  includeArchived?: boolean | null | undefined;
  /** Only this kind. */
  kind?: StateBodyKind | null | undefined;
  /** Only the departments of this body. */
  parentId?: string | number | null | undefined;
  /** KATO code of the region. */
  regionCode?: string | number | null | undefined;
  /** Words of the name in any of the three languages. */
  search?: string | null | undefined;
};

/** An akimat (region, city, district), one of its departments, a territorial office of a ministry or agency, a state institution, or other. */
export type StateBodyKind =
  | 'AKIMAT'
  | 'DEPARTMENT'
  | 'INSTITUTION'
  | 'OTHER'
  | 'TERRITORIAL_OFFICE';

/** A referral to a state body; required when a request starts waiting on one. Name the body by stateBodyId or stateBody. */
export type StateBodyReferralInput = {
  /** What was asked of the body (at most 2000 characters). */
  note?: string | null | undefined;
  /** The day (YYYY-MM-DD) it was referred; today when omitted. */
  referredOn?: string | null | undefined;
  /** Which state body, as free text (2 to 300 characters), e.g. "Akimat of Almaty, department of internal policy", for a body not in the directory; ignored with stateBodyId. */
  stateBody?: string | null | undefined;
  /** The state body of the directory (stateBodies); the referral is then named by its Kazakh name and counts in its history. UNKNOWN_STATE_BODY or STATE_BODY_ARCHIVED on referral.stateBodyId otherwise. */
  stateBodyId?: string | number | null | undefined;
};

/** A request for help on behalf of an organization. */
export type SubmitAssistanceRequestInput = {
  /** What is needed (5 to 4000 characters). */
  description: string;
  /** The organization asking for help. */
  organizationId: string | number;
  /** Must belong to the chosen type. */
  subtype: AssistanceSubtype;
  /** The type of help (see assistanceCatalog). */
  type: AssistanceType;
  /** The day (YYYY-MM-DD) the organization would like the help by; today or later. */
  wishedForDate?: string | null | undefined;
};

/** Submits a report to the republican office. */
export type SubmitReportInput = {
  /** The report. */
  id: string | number;
  /** The version you last read; a stale one is refused with CONFLICT (reason STALE_VERSION). */
  version: number;
};

/** CSV (UTF-8 with a byte order mark, comma-separated, dates as Almaty times) or XLSX (one worksheet, typed cells). In both, a text cell starting with =, +, -, @, a tab or a carriage return is prefixed with an apostrophe so no spreadsheet runs it as a formula. */
export type TableExportFormat =
  | 'CSV'
  | 'XLSX';

/** ATTENDED: the organization came; NO_SHOW: it held seats and did not come. */
export type TrainingAttendance =
  | 'ATTENDED'
  | 'NO_SHOW';

/** Who a training is for: NGO staff, initiative group members or volunteer leaders. */
export type TrainingAudience =
  | 'GROUP_MEMBERS'
  | 'NGO_STAFF'
  | 'VOLUNTEER_LEADERS';

/** Narrows a list of trainings; every field given must match. */
export type TrainingFilter = {
  /** Only trainings for this audience. */
  audience?: TrainingAudience | null | undefined;
  /** Only trainings ending after this time (e.g. now, for the coming ones). */
  from?: string | null | undefined;
  /** True: cancelled ones too. Omitted or false: scheduled ones only. */
  includeCancelled?: boolean | null | undefined;
  /** Only trainings of this region. */
  regionCode?: string | number | null | undefined;
  /** Only trainings starting before this time. */
  to?: string | null | undefined;
};

/** REGISTERED holds seats; WAITLISTED waits for seats in order of arrival; CANCELLED has given its place up. */
export type TrainingRegistrationStatus =
  | 'CANCELLED'
  | 'REGISTERED'
  | 'WAITLISTED';

/** SCHEDULED takes place as planned; CANCELLED will not take place (it takes no registrations). */
export type TrainingStatus =
  | 'CANCELLED'
  | 'SCHEDULED';

/** A change of a joint event; a stale version is CONFLICT (STALE_VERSION). */
export type UpdateJointEventInput = {
  /** What was agreed, up to 5000 characters. */
  agreed?: string | null | undefined;
  /** The directions of volunteering it is about. */
  directions?: Array<Direction> | null | undefined;
  /** The district (KATO code of the region) where it is held; an empty string removes it on update. */
  districtCode?: string | null | undefined;
  /** The day (YYYY-MM-DD) it is held. */
  heldOn?: string | null | undefined;
  /** The event. */
  id: string | number;
  /** Who is invited and whether they came, up to 100; on update the whole list is replaced. DUPLICATE_PARTICIPANT on invited.N. */
  invited?: Array<JointEventParticipantInput> | null | undefined;
  /** Round table, forum, meeting or other. */
  kind?: JointEventKind | null | undefined;
  /** The venue, in words, up to 300 characters. */
  place?: string | null | undefined;
  /** What it is called or about, 3 to 300 characters. */
  title?: string | null | undefined;
  /** The version you last read. */
  version: number;
};

/** Changes to an entry of the needs register: only the fields given change. Its region never changes. */
export type UpdateNeedInput = {
  /** A district of the entry's region (KATO code); null to make it concern the whole region. */
  districtCode?: string | number | null | undefined;
  /** Evidence lists to replace; the kinds left out stay as they are. */
  evidence?: NeedEvidenceInput | null | undefined;
  /** The day (YYYY-MM-DD) it was first noticed, today or earlier. */
  firstNoticedOn?: string | null | undefined;
  /** The entry. */
  id: string | number;
  /** The movement's need or the front office's own. */
  kind?: NeedKind | null | undefined;
  /** The need in your own words (1 to 8000 characters). */
  narrative?: string | null | undefined;
  /** What the need is about. */
  theme?: NeedTheme | null | undefined;
  /** The version you last read; a stale one is refused with CONFLICT (reason STALE_VERSION). */
  version: number;
};

/** Changes to an organization. Omitted fields stay as they are; null clears a field that may be empty. `version` must be the version you read: if someone changed the record since, the update is refused with CONFLICT (extensions.currentVersion) and nothing is written. */
export type UpdateOrganizationInput = {
  /** Business identification number: 12 digits with a valid check digit (INVALID_BIN); NGOs only (BIN_ONLY_FOR_NGO); unique (CONFLICT, DUPLICATE_BIN). */
  bin?: string | null | undefined;
  /** Categories of volunteers involved. */
  categories?: Array<VolunteerCategory> | null | undefined;
  /** People to reach (up to 20). Personal data. */
  contactPeople?: Array<ContactPersonInput> | null | undefined;
  /** What the organization does (up to 5000 characters). */
  description?: string | null | undefined;
  /** At least one of the twelve directions. */
  directions?: Array<Direction> | null | undefined;
  /** KATO code of a district of the region; null removes it. A record may stay in an abolished district but not move into one (DISTRICT_ABOLISHED). */
  districtCode?: string | number | null | undefined;
  /** Founding date, YYYY-MM-DD, not in the future. */
  foundedOn?: string | null | undefined;
  /** The organization to change. */
  id: string | number;
  /** A new kind; unchanged when omitted. */
  kind?: OrganizationKind | null | undefined;
  /** Legal form; NGOs only (LEGAL_FORM_ONLY_FOR_NGO otherwise). */
  legalForm?: LegalForm | null | undefined;
  /** How its volunteers work. */
  modes?: Array<VolunteeringMode> | null | undefined;
  /** The display name (2 to 200 characters). */
  name?: string | null | undefined;
  /** The name in Kazakh. */
  nameKk?: string | null | undefined;
  /** The name in Latin letters (Kazakh Latin or English). */
  nameLatin?: string | null | undefined;
  /** The name in Russian. */
  nameRu?: string | null | undefined;
  /** Registration ID on Qazvolunteer.kz (letters, digits, dashes; unique: DUPLICATE_QAZVOLUNTEER_ID). */
  qazvolunteerId?: string | null | undefined;
  /** KATO code of the region. */
  regionCode?: string | number | null | undefined;
  /** ACTIVE when omitted on create. */
  status?: OrganizationStatus | null | undefined;
  /** The version you read (Organization.version). */
  version: number;
  /** Approximate number of volunteers (0 to 1,000,000). */
  volunteerCount?: number | null | undefined;
};

/** A change of a publication; a stale version is CONFLICT (STALE_VERSION). */
export type UpdatePublicationInput = {
  /** The directions of volunteering it was about. */
  directions?: Array<Direction> | null | undefined;
  /** The district (KATO code of the region) it was about (UNKNOWN_DISTRICT, DISTRICT_NOT_IN_REGION). */
  districtCode?: string | null | undefined;
  /** The publication. */
  id: string | number;
  /** Where to read or watch it (https://...; INVALID_URL). */
  link?: string | null | undefined;
  /** The outlet, 2 to 200 characters. */
  outlet?: string | null | undefined;
  /** The day (YYYY-MM-DD) it appeared. */
  publishedOn?: string | null | undefined;
  /** How many it reached, 0 or more (NEGATIVE_REACH). */
  reach?: number | null | undefined;
  /** The headline or subject, up to 300 characters. */
  title?: string | null | undefined;
  /** The version you last read. */
  version: number;
};

/** Changes to a report form: only the fields given change. New sections replace the fields: in place while no report uses the current version, as a new version once one does (reports keep theirs). */
export type UpdateReportFormInput = {
  /** What the form is for. */
  description?: ReportLabelInput | null | undefined;
  /** How many days after a period's last day its report is due (0 to 120). */
  dueDays?: number | null | undefined;
  /** The first period reports are expected for. */
  firstPeriod?: string | null | undefined;
  /** The form. */
  id: string | number;
  /** Days of grace after the due day (0 to 60). */
  onTimeWindowDays?: number | null | undefined;
  /** How long a period is; refused (CONFLICT, FORM_IN_USE) once the form has reports. */
  periodType?: ReportPeriodType | null | undefined;
  /** The regions expected to report (KATO codes, each once). */
  regionCodes?: Array<string | number> | null | undefined;
  /** The revision you last read; a stale one is refused with CONFLICT (reason STALE_VERSION). */
  revision: number;
  /** The sections with their fields, replacing all of them. */
  sections?: Array<ReportSectionInput> | null | undefined;
  /** The title. */
  title?: ReportLabelInput | null | undefined;
};

/** A new outcome for a check (e.g. a PENDING check that is now PASSED). */
export type UpdateVerificationCheckInput = {
  /** The check to change (VerificationCheck.id). */
  checkId: string | number;
  /** More evidence files (up to 5). */
  evidence?: Array<EvidenceFileInput> | null | undefined;
  /** Replaces the notes when given. */
  notes?: string | null | undefined;
  /** Its new outcome. */
  outcome: CheckOutcome;
};

/** A person's explicit verdict, with a reason. */
export type VerificationDecision =
  | 'REJECTED'
  | 'VERIFIED';

/** The memo's five ways to check an organization: its Qazvolunteer.kz ID; past-work reports cross-checked with beneficiaries; a recommendation letter from partners or beneficiaries; a letter from a National Volunteer Network partner; a visit to one of its events or its working place. */
export type VerificationMethod =
  | 'NVN_PARTNER_LETTER'
  | 'PAST_WORK_REPORTS'
  | 'QAZVOLUNTEER_ID'
  | 'RECOMMENDATION_LETTER'
  | 'VISIT';

/** Derived by this rule. The latest explicit decision settles every check before it; of the checks after it: (1) a PASSED check with no FAILED check after it makes VERIFIED; (2) otherwise a FAILED check makes IN_REVIEW (only a person rejects, with a reason); (3) otherwise the decision stands (VERIFIED or REJECTED); (4) otherwise a PENDING check makes IN_REVIEW; (5) otherwise UNVERIFIED. VERIFIED becomes EXPIRED once the verification is older than the re-verification period (REGISTRY_REVERIFY_AFTER_MONTHS, 24 by default). */
export type VerificationStatus =
  | 'EXPIRED'
  | 'IN_REVIEW'
  | 'REJECTED'
  | 'UNVERIFIED'
  | 'VERIFIED';

/** The seven categories of volunteers of the memo: pro bono (professionals), children (under 18), inclusive, corporate, international (foreign citizens), silver (over 55), middle (everyone else). */
export type VolunteerCategory =
  | 'CHILDREN'
  | 'CORPORATE'
  | 'INCLUSIVE'
  | 'INTERNATIONAL'
  | 'MIDDLE'
  | 'PRO_BONO'
  | 'SILVER';

/** How volunteering is done: auto-volunteering (own vehicle), online, offline. */
export type VolunteeringMode =
  | 'AUTO'
  | 'OFFLINE'
  | 'ONLINE';

export type PageInfoFieldsFragment = { hasNextPage: boolean, endCursor: string | null };

export type SessionAccountFieldsFragment = { id: string, email: string, name: string, role: StaffRole, active: boolean, region: { code: string, name: { kk: string, ru: string, en: string } } | null };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { accessToken: string, expiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, account: { id: string, email: string, name: string, role: StaffRole, active: boolean, region: { code: string, name: { kk: string, ru: string, en: string } } | null } } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshSessionMutation = { refreshSession: { accessToken: string, expiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, account: { id: string, email: string, name: string, role: StaffRole, active: boolean, region: { code: string, name: { kk: string, ru: string, en: string } } | null } } };

export type LogoutMutationVariables = Exact<{
  refreshToken: string;
}>;


export type LogoutMutation = { logout: boolean };

export type DevIdentityProbeQueryVariables = Exact<{ [key: string]: never; }>;


export type DevIdentityProbeQuery = { unreadNotificationCount: number | null };

export type FigureRegionFieldsFragment = { code: string, kind: RegionKind, name: { kk: string, ru: string, en: string }, districts: Array<{ code: string }> };

export type InsightRowFieldsFragment = { keys: Array<{ dimension: InsightDimension, code: string }>, values: Array<{ measure: InsightMeasure, value: number | null }> };

export type RegionInsightsQueryVariables = Exact<{
  filter?: InsightFilter | null | undefined;
  measures: Array<InsightMeasure> | InsightMeasure;
}>;


export type RegionInsightsQuery = { regions: Array<{ code: string, kind: RegionKind, name: { kk: string, ru: string, en: string }, districts: Array<{ code: string }> }>, insights: { measures: Array<InsightMeasure>, period: { from: string, to: string }, rows: Array<{ regionContext: { lastReportNarrative: string | null, lastReportPeriod: string | null } | null, keys: Array<{ dimension: InsightDimension, code: string }>, values: Array<{ measure: InsightMeasure, value: number | null }> }>, total: { values: Array<{ measure: InsightMeasure, value: number | null }> } } };

export type InsightBreakdownQueryVariables = Exact<{
  filter?: InsightFilter | null | undefined;
  measures: Array<InsightMeasure> | InsightMeasure;
  groupBy?: Array<InsightDimension> | InsightDimension | null | undefined;
}>;


export type InsightBreakdownQuery = { insights: { measures: Array<InsightMeasure>, groupBy: Array<InsightDimension>, period: { from: string, to: string }, rows: Array<{ keys: Array<{ dimension: InsightDimension, code: string }>, values: Array<{ measure: InsightMeasure, value: number | null }> }>, total: { values: Array<{ measure: InsightMeasure, value: number | null }> } } };

export type InsightSeriesQueryVariables = Exact<{
  filter?: InsightFilter | null | undefined;
  measures: Array<InsightMeasure> | InsightMeasure;
  splitBy?: InsightDimension | null | undefined;
}>;


export type InsightSeriesQuery = { insightSeries: { measures: Array<InsightMeasure>, months: Array<string>, lines: Array<{ key: { dimension: InsightDimension, code: string } | null, points: Array<{ month: string, values: Array<{ measure: InsightMeasure, value: number | null }> }> }> } };

export type RegisterNeedsQueryVariables = Exact<{
  filter?: NeedFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RegisterNeedsQuery = { needs: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, theme: NeedTheme, kind: NeedKind, status: NeedStatus, firstNoticedOn: string, region: { code: string } | null, district: { code: string, name: { kk: string, ru: string, en: string } } | null } }> } };

export type RegionDrillDownQueryVariables = Exact<{
  region: string | number;
  filter?: InsightFilter | null | undefined;
  measures: Array<InsightMeasure> | InsightMeasure;
}>;


export type RegionDrillDownQuery = { insightDrillDown: { measures: Array<InsightMeasure>, period: { from: string, to: string }, rows: Array<{ keys: Array<{ dimension: InsightDimension, code: string, label: { kk: string, ru: string, en: string } }>, values: Array<{ measure: InsightMeasure, value: number | null }>, regionContext: { openNeedCount: number, lastReportNarrative: string | null, lastReportPeriod: string | null } | null }> } };

export type AnnouncementFieldsFragment = { id: string, topic: AnnouncementTopic, language: string, title: string, body: string, link: string | null, status: AnnouncementStatus, scheduledAt: string | null, sentAt: string | null, createdAt: string, ownerRegionCode: string | null, version: number, target: { regionCodes: Array<string>, districtCodes: Array<string>, directions: Array<Direction>, organizationKinds: Array<OrganizationKind>, verificationStatuses: Array<VerificationStatus> }, figures: { audience: number, sent: number, failed: number, pending: number, unsubscribed: number, staffNotified: number } };

export type AnnouncementsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AnnouncementsQuery = { announcements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, topic: AnnouncementTopic, language: string, title: string, body: string, link: string | null, status: AnnouncementStatus, scheduledAt: string | null, sentAt: string | null, createdAt: string, ownerRegionCode: string | null, version: number, target: { regionCodes: Array<string>, districtCodes: Array<string>, directions: Array<Direction>, organizationKinds: Array<OrganizationKind>, verificationStatuses: Array<VerificationStatus> }, figures: { audience: number, sent: number, failed: number, pending: number, unsubscribed: number, staffNotified: number } } }> } };

export type AnnouncementAudienceQueryVariables = Exact<{
  target: AnnouncementTargetInput;
}>;


export type AnnouncementAudienceQuery = { announcementAudience: { organizations: number, reachableOrganizations: number, emails: number, unsubscribed: number, staff: number } };

export type CreateAnnouncementMutationVariables = Exact<{
  input: CreateAnnouncementInput;
}>;


export type CreateAnnouncementMutation = { createAnnouncement: { id: string, topic: AnnouncementTopic, language: string, title: string, body: string, link: string | null, status: AnnouncementStatus, scheduledAt: string | null, sentAt: string | null, createdAt: string, ownerRegionCode: string | null, version: number, target: { regionCodes: Array<string>, districtCodes: Array<string>, directions: Array<Direction>, organizationKinds: Array<OrganizationKind>, verificationStatuses: Array<VerificationStatus> }, figures: { audience: number, sent: number, failed: number, pending: number, unsubscribed: number, staffNotified: number } } };

export type SendAnnouncementMutationVariables = Exact<{
  id: string | number;
}>;


export type SendAnnouncementMutation = { sendAnnouncement: { id: string, topic: AnnouncementTopic, language: string, title: string, body: string, link: string | null, status: AnnouncementStatus, scheduledAt: string | null, sentAt: string | null, createdAt: string, ownerRegionCode: string | null, version: number, target: { regionCodes: Array<string>, districtCodes: Array<string>, directions: Array<Direction>, organizationKinds: Array<OrganizationKind>, verificationStatuses: Array<VerificationStatus> }, figures: { audience: number, sent: number, failed: number, pending: number, unsubscribed: number, staffNotified: number } } };

export type CancelAnnouncementMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelAnnouncementMutation = { cancelAnnouncement: { id: string, topic: AnnouncementTopic, language: string, title: string, body: string, link: string | null, status: AnnouncementStatus, scheduledAt: string | null, sentAt: string | null, createdAt: string, ownerRegionCode: string | null, version: number, target: { regionCodes: Array<string>, districtCodes: Array<string>, directions: Array<Direction>, organizationKinds: Array<OrganizationKind>, verificationStatuses: Array<VerificationStatus> }, figures: { audience: number, sent: number, failed: number, pending: number, unsubscribed: number, staffNotified: number } } };

export type UnsubscribeFromAnnouncementsMutationVariables = Exact<{
  token: string;
}>;


export type UnsubscribeFromAnnouncementsMutation = { unsubscribeFromAnnouncements: string };

export type ApiKeyFieldsFragment = { id: string, name: string, prefix: string, scopes: Array<string>, rateLimitPerMinute: number | null, expiresAt: string, createdAt: string, revokedAt: string | null, lastUsedAt: string | null, active: boolean };

export type ApiKeysQueryVariables = Exact<{
  activeOnly?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ApiKeysQuery = { apiKeys: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, prefix: string, scopes: Array<string>, rateLimitPerMinute: number | null, expiresAt: string, createdAt: string, revokedAt: string | null, lastUsedAt: string | null, active: boolean } }> } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { secret: string, apiKey: { id: string, name: string, prefix: string, scopes: Array<string>, rateLimitPerMinute: number | null, expiresAt: string, createdAt: string, revokedAt: string | null, lastUsedAt: string | null, active: boolean } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { id: string, name: string, prefix: string, scopes: Array<string>, rateLimitPerMinute: number | null, expiresAt: string, createdAt: string, revokedAt: string | null, lastUsedAt: string | null, active: boolean } };

export type AuditLogQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, occurredAt: string, service: string, userId: string | null, role: CallerRole | null, keyId: string | null, operation: string, operationName: string | null, targetIds: Array<string>, outcome: string, requestId: string | null, region: { code: string, name: { kk: string, ru: string, en: string } } | null } }> } };

export type BookableResourcesQueryVariables = Exact<{
  regionCode: string | number;
}>;


export type BookableResourcesQuery = { bookableResources: Array<{ id: string, kind: BookableResourceKind, name: string, description: string | null, capacity: number | null, active: boolean }> };

export type BookingsQueryVariables = Exact<{
  filter?: BookingFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BookingsQuery = { bookings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, startsAt: string, endsAt: string, status: BookingStatus, purpose: string | null, personalDataHidden: AccessRestriction | null, version: number, organization: { id: string, name: string } | null, resource: { id: string, name: string, kind: BookableResourceKind } | null } }> } };

export type BookResourceMutationVariables = Exact<{
  input: BookResourceInput;
}>;


export type BookResourceMutation = { bookResource: { id: string, startsAt: string, endsAt: string, status: BookingStatus } };

export type CancelBookingMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type CancelBookingMutation = { cancelBooking: { id: string, status: BookingStatus, cancelledAt: string | null, version: number } };

export type AddBookableResourceMutationVariables = Exact<{
  input: AddBookableResourceInput;
}>;


export type AddBookableResourceMutation = { addBookableResource: { id: string, kind: BookableResourceKind, name: string, description: string | null, capacity: number | null, active: boolean } };

export type ExportCompletenessQueryVariables = Exact<{
  formId: string | number;
  format: TableExportFormat;
  language?: ExportLanguage | null | undefined;
}>;


export type ExportCompletenessQuery = { exportCompleteness: { fileName: string, contentType: string, contentBase64: string, byteSize: number } };

export type ReportingCountsFieldsFragment = { expected: number, submitted: number, onTime: number, returned: number, accepted: number, overdue: number, drafts: number, notStarted: number };

export type ReportingCompletenessQueryVariables = Exact<{
  formId: string | number;
  periods?: Array<string> | string | null | undefined;
  regionCode?: string | number | null | undefined;
}>;


export type ReportingCompletenessQuery = { reportingCompleteness: { form: { id: string, periodType: ReportPeriodType, title: { kk: string, ru: string, en: string } }, periods: Array<{ period: string, periodStart: string, periodEnd: string, dueOn: string, counts: { expected: number, submitted: number, onTime: number, returned: number, accepted: number, overdue: number, drafts: number, notStarted: number } }>, regions: Array<{ regionCode: string, region: { code: string, name: { kk: string, ru: string, en: string } } | null, counts: { expected: number, submitted: number, onTime: number, returned: number, accepted: number, overdue: number, drafts: number, notStarted: number } }>, cells: Array<{ regionCode: string, period: string, dueOn: string, state: ReportingState, reportId: string | null, firstSubmittedAt: string | null, submittedOnTime: boolean | null, overdue: boolean }>, overdue: Array<{ regionCode: string, period: string, dueOn: string, reportId: string | null, region: { code: string, name: { kk: string, ru: string, en: string } } | null }>, totals: { expected: number, submitted: number, onTime: number, returned: number, accepted: number, overdue: number, drafts: number, notStarted: number } } };

export type StateBodiesQueryVariables = Exact<{
  filter?: StateBodyFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StateBodiesQuery = { stateBodies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, kind: StateBodyKind, phone: string | null, email: string | null, website: string | null, name: { kk: string, ru: string, en: string }, district: { code: string, name: { kk: string, ru: string, en: string } } | null, parent: { id: string } | null, referralSummary: { made: number, answered: number, waiting: number, medianResponseDays: number | null } } }> } };

export type SponsorsQueryVariables = Exact<{
  filter?: SponsorFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SponsorsQuery = { sponsors: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, kind: SponsorKind, name: string, directions: Array<Direction>, writesRecommendationLetters: boolean, website: string | null, region: { code: string } | null } }> } };

export type StateBodyOptionsQueryVariables = Exact<{
  regionCode?: string | number | null | undefined;
}>;


export type StateBodyOptionsQuery = { stateBodies: { edges: Array<{ node: { id: string, name: { kk: string, ru: string, en: string } } }> } };

export type EmailDeliveriesQueryVariables = Exact<{
  filter?: EmailDeliveryFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EmailDeliveriesQuery = { emailDeliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: NotificationKind, status: EmailDeliveryStatus, email: string, language: string, attempts: number, lastAttemptAt: string | null, nextAttemptAt: string | null, sentAt: string | null, failureReason: string | null, responseCode: number | null, createdAt: string } }> } };

export type UnreadFeedbackCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadFeedbackCountQuery = { unreadFeedbackCount: number };

export type FeedbackThreadsQueryVariables = Exact<{
  filter?: FeedbackThreadFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FeedbackThreadsQuery = { feedbackThreads: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, topic: FeedbackTopic, subject: string | null, personalDataHidden: AccessRestriction | null, status: FeedbackThreadStatus, messageCount: number, unreadCount: number, lastMessageAt: string, region: { code: string, name: { kk: string, ru: string, en: string } } | null } }> } };

export type FeedbackMessageFieldsFragment = { id: string, text: string | null, personalDataHidden: AccessRestriction | null, authorId: string, createdAt: string, attachments: Array<{ id: string, fileName: string | null, mimeType: string, sizeBytes: number }> };

export type FeedbackThreadQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FeedbackThreadQuery = { feedbackThread: { id: string, topic: FeedbackTopic, subject: string | null, personalDataHidden: AccessRestriction | null, status: FeedbackThreadStatus, createdAt: string, createdBy: string, messageCount: number, unreadCount: number, statusChangedAt: string | null, statusChangedBy: string | null, region: { code: string, name: { kk: string, ru: string, en: string } } | null, links: Array<{ kind: FeedbackLinkKind, targetId: string, need: { id: string, theme: NeedTheme } | null }>, messages: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, text: string | null, personalDataHidden: AccessRestriction | null, authorId: string, createdAt: string, attachments: Array<{ id: string, fileName: string | null, mimeType: string, sizeBytes: number }> } }> } } | null };

export type FeedbackAttachmentContentQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type FeedbackAttachmentContentQuery = { feedbackThread: { id: string, messages: { edges: Array<{ node: { id: string, attachments: Array<{ id: string, contentBase64: string | null }> } }> } } | null };

export type FeedbackThreadSummaryFragment = { id: string, status: FeedbackThreadStatus, messageCount: number, unreadCount: number, lastMessageAt: string, statusChangedAt: string | null, statusChangedBy: string | null };

export type StartFeedbackThreadMutationVariables = Exact<{
  input: StartFeedbackThreadInput;
}>;


export type StartFeedbackThreadMutation = { startFeedbackThread: { id: string, status: FeedbackThreadStatus, messageCount: number, unreadCount: number, lastMessageAt: string, statusChangedAt: string | null, statusChangedBy: string | null } };

export type PostFeedbackMutationVariables = Exact<{
  input: PostFeedbackInput;
}>;


export type PostFeedbackMutation = { postFeedback: { id: string, status: FeedbackThreadStatus, messageCount: number, unreadCount: number, lastMessageAt: string, statusChangedAt: string | null, statusChangedBy: string | null } };

export type CloseFeedbackThreadMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseFeedbackThreadMutation = { closeFeedbackThread: { id: string, status: FeedbackThreadStatus, messageCount: number, unreadCount: number, lastMessageAt: string, statusChangedAt: string | null, statusChangedBy: string | null } };

export type ReopenFeedbackThreadMutationVariables = Exact<{
  id: string | number;
}>;


export type ReopenFeedbackThreadMutation = { reopenFeedbackThread: { id: string, status: FeedbackThreadStatus, messageCount: number, unreadCount: number, lastMessageAt: string, statusChangedAt: string | null, statusChangedBy: string | null } };

export type MarkFeedbackThreadReadMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkFeedbackThreadReadMutation = { markFeedbackThreadRead: { id: string, status: FeedbackThreadStatus, messageCount: number, unreadCount: number, lastMessageAt: string, statusChangedAt: string | null, statusChangedBy: string | null } };

export type GuideFieldsFragment = { id: string, title: string, description: string | null, language: GuideLanguage, subtypes: Array<AssistanceSubtype>, directions: Array<Direction>, ownerRegionCode: string | null, latestVersionNumber: number, version: number, versions: Array<{ id: string, number: number, note: string | null, fileName: string, mimeType: string, sizeBytes: number, createdAt: string }> };

export type GuidesQueryVariables = Exact<{
  filter?: GuideFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type GuidesQuery = { guides: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, description: string | null, language: GuideLanguage, subtypes: Array<AssistanceSubtype>, directions: Array<Direction>, ownerRegionCode: string | null, latestVersionNumber: number, version: number, versions: Array<{ id: string, number: number, note: string | null, fileName: string, mimeType: string, sizeBytes: number, createdAt: string }> } }> } };

export type GuideVersionContentQueryVariables = Exact<{
  id: string | number;
}>;


export type GuideVersionContentQuery = { guide: { id: string, versions: Array<{ id: string, contentBase64: string }> } | null };

export type CreateGuideMutationVariables = Exact<{
  input: CreateGuideInput;
}>;


export type CreateGuideMutation = { createGuide: { id: string, title: string, description: string | null, language: GuideLanguage, subtypes: Array<AssistanceSubtype>, directions: Array<Direction>, ownerRegionCode: string | null, latestVersionNumber: number, version: number, versions: Array<{ id: string, number: number, note: string | null, fileName: string, mimeType: string, sizeBytes: number, createdAt: string }> } };

export type AddGuideVersionMutationVariables = Exact<{
  input: AddGuideVersionInput;
}>;


export type AddGuideVersionMutation = { addGuideVersion: { id: string, title: string, description: string | null, language: GuideLanguage, subtypes: Array<AssistanceSubtype>, directions: Array<Direction>, ownerRegionCode: string | null, latestVersionNumber: number, version: number, versions: Array<{ id: string, number: number, note: string | null, fileName: string, mimeType: string, sizeBytes: number, createdAt: string }> } };

export type RequestGuidesQueryVariables = Exact<{
  id: string | number;
}>;


export type RequestGuidesQuery = { assistanceRequest: { id: string, type: AssistanceType, region: { code: string } | null, guides: Array<{ id: string, title: string, description: string | null, language: GuideLanguage, subtypes: Array<AssistanceSubtype>, directions: Array<Direction>, ownerRegionCode: string | null, latestVersionNumber: number, version: number, versions: Array<{ id: string, number: number, note: string | null, fileName: string, mimeType: string, sizeBytes: number, createdAt: string }> }>, suggestedGuides: Array<{ id: string, title: string, description: string | null, language: GuideLanguage, subtypes: Array<AssistanceSubtype>, directions: Array<Direction>, ownerRegionCode: string | null, latestVersionNumber: number, version: number, versions: Array<{ id: string, number: number, note: string | null, fileName: string, mimeType: string, sizeBytes: number, createdAt: string }> }> } | null };

export type AttachGuideToRequestMutationVariables = Exact<{
  input: RequestGuideInput;
}>;


export type AttachGuideToRequestMutation = { attachGuideToRequest: { id: string, guides: Array<{ id: string, title: string, description: string | null, language: GuideLanguage, subtypes: Array<AssistanceSubtype>, directions: Array<Direction>, ownerRegionCode: string | null, latestVersionNumber: number, version: number, versions: Array<{ id: string, number: number, note: string | null, fileName: string, mimeType: string, sizeBytes: number, createdAt: string }> }> } };

export type DetachGuideFromRequestMutationVariables = Exact<{
  input: RequestGuideInput;
}>;


export type DetachGuideFromRequestMutation = { detachGuideFromRequest: { id: string, guides: Array<{ id: string, title: string, description: string | null, language: GuideLanguage, subtypes: Array<AssistanceSubtype>, directions: Array<Direction>, ownerRegionCode: string | null, latestVersionNumber: number, version: number, versions: Array<{ id: string, number: number, note: string | null, fileName: string, mimeType: string, sizeBytes: number, createdAt: string }> }> } };

export type AnnouncementGuidesQueryVariables = Exact<{
  id: string | number;
}>;


export type AnnouncementGuidesQuery = { announcement: { id: string, version: number, guides: Array<{ id: string, title: string, description: string | null, language: GuideLanguage, subtypes: Array<AssistanceSubtype>, directions: Array<Direction>, ownerRegionCode: string | null, latestVersionNumber: number, version: number, versions: Array<{ id: string, number: number, note: string | null, fileName: string, mimeType: string, sizeBytes: number, createdAt: string }> } | null> } };

export type GuideChoicesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type GuideChoicesQuery = { guides: { edges: Array<{ node: { id: string, title: string, language: GuideLanguage } }> } };

export type SetAnnouncementGuidesMutationVariables = Exact<{
  id: string | number;
  version: number;
  guideIds: Array<string | number> | string | number;
}>;


export type SetAnnouncementGuidesMutation = { setAnnouncementGuides: { id: string, version: number, guides: Array<{ id: string, title: string, description: string | null, language: GuideLanguage, subtypes: Array<AssistanceSubtype>, directions: Array<Direction>, ownerRegionCode: string | null, latestVersionNumber: number, version: number, versions: Array<{ id: string, number: number, note: string | null, fileName: string, mimeType: string, sizeBytes: number, createdAt: string }> } | null> } };

export type JointEventFieldsFragment = { id: string, kind: JointEventKind, title: string, heldOn: string, regionCode: string, place: string | null, directions: Array<Direction>, agreed: string | null, invitedCount: number, attendedCount: number, version: number, invited: Array<{ kind: JointEventParticipantKind, id: string, attended: boolean | null, organization: { id: string, name: string } | null, stateBody: { id: string, name: { kk: string, ru: string, en: string } } | null, sponsor: { id: string, name: string } | null }>, followUps: Array<{ id: string, kind: JointEventFollowUpKind, targetId: string, note: string | null }> };

export type JointEventsQueryVariables = Exact<{
  filter?: JointEventFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type JointEventsQuery = { jointEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, kind: JointEventKind, title: string, heldOn: string, regionCode: string, place: string | null, directions: Array<Direction>, agreed: string | null, invitedCount: number, attendedCount: number, version: number, invited: Array<{ kind: JointEventParticipantKind, id: string, attended: boolean | null, organization: { id: string, name: string } | null, stateBody: { id: string, name: { kk: string, ru: string, en: string } } | null, sponsor: { id: string, name: string } | null }>, followUps: Array<{ id: string, kind: JointEventFollowUpKind, targetId: string, note: string | null }> } }> } };

export type CreateJointEventMutationVariables = Exact<{
  input: CreateJointEventInput;
}>;


export type CreateJointEventMutation = { createJointEvent: { id: string, kind: JointEventKind, title: string, heldOn: string, regionCode: string, place: string | null, directions: Array<Direction>, agreed: string | null, invitedCount: number, attendedCount: number, version: number, invited: Array<{ kind: JointEventParticipantKind, id: string, attended: boolean | null, organization: { id: string, name: string } | null, stateBody: { id: string, name: { kk: string, ru: string, en: string } } | null, sponsor: { id: string, name: string } | null }>, followUps: Array<{ id: string, kind: JointEventFollowUpKind, targetId: string, note: string | null }> } };

export type UpdateJointEventMutationVariables = Exact<{
  input: UpdateJointEventInput;
}>;


export type UpdateJointEventMutation = { updateJointEvent: { id: string, kind: JointEventKind, title: string, heldOn: string, regionCode: string, place: string | null, directions: Array<Direction>, agreed: string | null, invitedCount: number, attendedCount: number, version: number, invited: Array<{ kind: JointEventParticipantKind, id: string, attended: boolean | null, organization: { id: string, name: string } | null, stateBody: { id: string, name: { kk: string, ru: string, en: string } } | null, sponsor: { id: string, name: string } | null }>, followUps: Array<{ id: string, kind: JointEventFollowUpKind, targetId: string, note: string | null }> } };

export type JointEventInviteOptionsQueryVariables = Exact<{
  regionCode?: string | number | null | undefined;
}>;


export type JointEventInviteOptionsQuery = { stateBodies: { edges: Array<{ node: { id: string, name: { kk: string, ru: string, en: string } } }> }, sponsors: { edges: Array<{ node: { id: string, name: string } }> }, organizations: { edges: Array<{ node: { id: string, name: string } }> } };

export type JointEventFollowUpOptionsQueryVariables = Exact<{
  regionCode: string | number;
}>;


export type JointEventFollowUpOptionsQuery = { assistanceRequests: { edges: Array<{ node: { id: string, subtype: AssistanceSubtype, createdAt: string, organization: { id: string, name: string } | null } }> }, needs: { edges: Array<{ node: { id: string, theme: NeedTheme, firstNoticedOn: string } }> } };

export type AddJointEventFollowUpMutationVariables = Exact<{
  input: AddJointEventFollowUpInput;
}>;


export type AddJointEventFollowUpMutation = { addJointEventFollowUp: { id: string, kind: JointEventKind, title: string, heldOn: string, regionCode: string, place: string | null, directions: Array<Direction>, agreed: string | null, invitedCount: number, attendedCount: number, version: number, invited: Array<{ kind: JointEventParticipantKind, id: string, attended: boolean | null, organization: { id: string, name: string } | null, stateBody: { id: string, name: { kk: string, ru: string, en: string } } | null, sponsor: { id: string, name: string } | null }>, followUps: Array<{ id: string, kind: JointEventFollowUpKind, targetId: string, note: string | null }> } };

export type ExportNeedsQueryVariables = Exact<{
  format: TableExportFormat;
  filter?: NeedFilter | null | undefined;
  language?: ExportLanguage | null | undefined;
}>;


export type ExportNeedsQuery = { exportNeeds: { fileName: string, contentType: string, contentBase64: string, byteSize: number } };

export type NeedsQueryVariables = Exact<{
  filter?: NeedFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NeedsQuery = { needs: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, theme: NeedTheme, kind: NeedKind, status: NeedStatus, narrative: string | null, personalDataHidden: AccessRestriction | null, firstNoticedOn: string, createdAt: string, region: { code: string, name: { kk: string, ru: string, en: string } } | null, district: { code: string, name: { kk: string, ru: string, en: string } } | null } }> } };

export type NeedFieldsFragment = { id: string, theme: NeedTheme, kind: NeedKind, status: NeedStatus, allowedTransitions: Array<NeedStatus>, narrative: string | null, personalDataHidden: AccessRestriction | null, firstNoticedOn: string, createdAt: string, createdBy: string, updatedAt: string, updatedBy: string | null, version: number, region: { code: string, name: { kk: string, ru: string, en: string } } | null, district: { code: string, name: { kk: string, ru: string, en: string } } | null, evidence: { organizationIds: Array<string>, contactIds: Array<string>, assistanceRequestIds: Array<string>, trainingIds: Array<string> }, statusHistory: Array<{ id: string, fromStatus: NeedStatus | null, toStatus: NeedStatus, comment: string | null, personalDataHidden: AccessRestriction | null, changedBy: string, changedAt: string }>, comments: Array<{ id: string, text: string | null, personalDataHidden: AccessRestriction | null, authorId: string, createdAt: string }> };

export type NeedPageQueryVariables = Exact<{
  id: string | number;
}>;


export type NeedPageQuery = { need: { id: string, theme: NeedTheme, kind: NeedKind, status: NeedStatus, allowedTransitions: Array<NeedStatus>, narrative: string | null, personalDataHidden: AccessRestriction | null, firstNoticedOn: string, createdAt: string, createdBy: string, updatedAt: string, updatedBy: string | null, version: number, region: { code: string, name: { kk: string, ru: string, en: string } } | null, district: { code: string, name: { kk: string, ru: string, en: string } } | null, evidence: { organizationIds: Array<string>, contactIds: Array<string>, assistanceRequestIds: Array<string>, trainingIds: Array<string> }, statusHistory: Array<{ id: string, fromStatus: NeedStatus | null, toStatus: NeedStatus, comment: string | null, personalDataHidden: AccessRestriction | null, changedBy: string, changedAt: string }>, comments: Array<{ id: string, text: string | null, personalDataHidden: AccessRestriction | null, authorId: string, createdAt: string }> } | null };

export type NeedEvidenceNamesQueryVariables = Exact<{
  id: string | number;
}>;


export type NeedEvidenceNamesQuery = { need: { id: string, evidence: { organizations: Array<{ id: string, name: string } | null>, assistanceRequests: Array<{ id: string, subtype: AssistanceSubtype } | null>, trainings: Array<{ id: string, topic: string } | null> } } | null };

export type RecordNeedMutationVariables = Exact<{
  input: RecordNeedInput;
}>;


export type RecordNeedMutation = { recordNeed: { id: string, theme: NeedTheme, kind: NeedKind, status: NeedStatus, allowedTransitions: Array<NeedStatus>, narrative: string | null, personalDataHidden: AccessRestriction | null, firstNoticedOn: string, createdAt: string, createdBy: string, updatedAt: string, updatedBy: string | null, version: number, region: { code: string, name: { kk: string, ru: string, en: string } } | null, district: { code: string, name: { kk: string, ru: string, en: string } } | null, evidence: { organizationIds: Array<string>, contactIds: Array<string>, assistanceRequestIds: Array<string>, trainingIds: Array<string> }, statusHistory: Array<{ id: string, fromStatus: NeedStatus | null, toStatus: NeedStatus, comment: string | null, personalDataHidden: AccessRestriction | null, changedBy: string, changedAt: string }>, comments: Array<{ id: string, text: string | null, personalDataHidden: AccessRestriction | null, authorId: string, createdAt: string }> } };

export type ChangeNeedStatusMutationVariables = Exact<{
  input: ChangeNeedStatusInput;
}>;


export type ChangeNeedStatusMutation = { changeNeedStatus: { id: string, theme: NeedTheme, kind: NeedKind, status: NeedStatus, allowedTransitions: Array<NeedStatus>, narrative: string | null, personalDataHidden: AccessRestriction | null, firstNoticedOn: string, createdAt: string, createdBy: string, updatedAt: string, updatedBy: string | null, version: number, region: { code: string, name: { kk: string, ru: string, en: string } } | null, district: { code: string, name: { kk: string, ru: string, en: string } } | null, evidence: { organizationIds: Array<string>, contactIds: Array<string>, assistanceRequestIds: Array<string>, trainingIds: Array<string> }, statusHistory: Array<{ id: string, fromStatus: NeedStatus | null, toStatus: NeedStatus, comment: string | null, personalDataHidden: AccessRestriction | null, changedBy: string, changedAt: string }>, comments: Array<{ id: string, text: string | null, personalDataHidden: AccessRestriction | null, authorId: string, createdAt: string }> } };

export type CommentOnNeedMutationVariables = Exact<{
  input: CommentOnNeedInput;
}>;


export type CommentOnNeedMutation = { commentOnNeed: { id: string, theme: NeedTheme, kind: NeedKind, status: NeedStatus, allowedTransitions: Array<NeedStatus>, narrative: string | null, personalDataHidden: AccessRestriction | null, firstNoticedOn: string, createdAt: string, createdBy: string, updatedAt: string, updatedBy: string | null, version: number, region: { code: string, name: { kk: string, ru: string, en: string } } | null, district: { code: string, name: { kk: string, ru: string, en: string } } | null, evidence: { organizationIds: Array<string>, contactIds: Array<string>, assistanceRequestIds: Array<string>, trainingIds: Array<string> }, statusHistory: Array<{ id: string, fromStatus: NeedStatus | null, toStatus: NeedStatus, comment: string | null, personalDataHidden: AccessRestriction | null, changedBy: string, changedAt: string }>, comments: Array<{ id: string, text: string | null, personalDataHidden: AccessRestriction | null, authorId: string, createdAt: string }> } };

export type NeedEvidenceOptionsQueryVariables = Exact<{
  regionCode: string | number;
}>;


export type NeedEvidenceOptionsQuery = { organizations: { edges: Array<{ node: { id: string, name: string } }> }, assistanceRequests: { edges: Array<{ node: { id: string, subtype: AssistanceSubtype, createdAt: string, organization: { id: string, name: string } | null } }> }, trainings: { edges: Array<{ node: { id: string, topic: string, startsAt: string } }> } };

export type UpdateNeedMutationVariables = Exact<{
  input: UpdateNeedInput;
}>;


export type UpdateNeedMutation = { updateNeed: { id: string, theme: NeedTheme, kind: NeedKind, status: NeedStatus, allowedTransitions: Array<NeedStatus>, narrative: string | null, personalDataHidden: AccessRestriction | null, firstNoticedOn: string, createdAt: string, createdBy: string, updatedAt: string, updatedBy: string | null, version: number, region: { code: string, name: { kk: string, ru: string, en: string } } | null, district: { code: string, name: { kk: string, ru: string, en: string } } | null, evidence: { organizationIds: Array<string>, contactIds: Array<string>, assistanceRequestIds: Array<string>, trainingIds: Array<string> }, statusHistory: Array<{ id: string, fromStatus: NeedStatus | null, toStatus: NeedStatus, comment: string | null, personalDataHidden: AccessRestriction | null, changedBy: string, changedAt: string }>, comments: Array<{ id: string, text: string | null, personalDataHidden: AccessRestriction | null, authorId: string, createdAt: string }> } };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { notificationPreferences: Array<{ kind: NotificationKind, channel: NotificationChannel, mode: DeliveryMode }> };

export type UpdateNotificationPreferencesMutationVariables = Exact<{
  preferences: Array<NotificationPreferenceInput> | NotificationPreferenceInput;
}>;


export type UpdateNotificationPreferencesMutation = { updateNotificationPreferences: Array<{ kind: NotificationKind, channel: NotificationChannel, mode: DeliveryMode }> };

export type NotificationFieldsFragment = { id: string, kind: NotificationKind, createdAt: string, read: boolean, archived: boolean, personal: boolean, assigneeId: string | null, previousAssigneeId: string | null, fromStatus: AssistanceRequestStatus | null, toStatus: AssistanceRequestStatus | null, daysLeft: number | null, score: number | null, period: string | null, title: string | null, subjectId: string | null, region: { code: string, name: { kk: string, ru: string, en: string } } | null, organization: { id: string, name: string } | null, assistanceRequest: { id: string, type: AssistanceType, subtype: AssistanceSubtype, status: AssistanceRequestStatus } | null };

export type NotificationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: NotificationFilter | null | undefined;
}>;


export type NotificationsQuery = { notifications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, kind: NotificationKind, createdAt: string, read: boolean, archived: boolean, personal: boolean, assigneeId: string | null, previousAssigneeId: string | null, fromStatus: AssistanceRequestStatus | null, toStatus: AssistanceRequestStatus | null, daysLeft: number | null, score: number | null, period: string | null, title: string | null, subjectId: string | null, region: { code: string, name: { kk: string, ru: string, en: string } } | null, organization: { id: string, name: string } | null, assistanceRequest: { id: string, type: AssistanceType, subtype: AssistanceSubtype, status: AssistanceRequestStatus } | null } }> } | null };

export type MarkNotificationReadMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkNotificationReadMutation = { markNotificationRead: { id: string, read: boolean } };

export type MarkAllNotificationsReadMutationVariables = Exact<{
  kind?: NotificationKind | null | undefined;
}>;


export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: number };

export type ArchiveNotificationMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveNotificationMutation = { archiveNotification: { id: string, read: boolean, archived: boolean } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number | null };

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type CreateOrganizationMutation = { createOrganization: { id: string, name: string, kind: OrganizationKind, directions: Array<Direction>, createdAt: string, version: number, region: { code: string }, district: { code: string } | null } };

export type UpdateOrganizationMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type UpdateOrganizationMutation = { updateOrganization: { id: string, name: string, nameKk: string | null, nameRu: string | null, nameLatin: string | null, kind: OrganizationKind, legalForm: LegalForm | null, bin: string | null, qazvolunteerId: string | null, directions: Array<Direction>, categories: Array<VolunteerCategory>, modes: Array<VolunteeringMode>, description: string | null, volunteerCount: number | null, foundedOn: string | null, status: OrganizationStatus, updatedAt: string, updatedBy: string | null, version: number, contactPeople: Array<{ name: string | null, role: string | null, phones: Array<string> | null, emails: Array<string> | null, socialLinks: Array<string> | null, emailConsent: boolean, personalDataHidden: AccessRestriction | null }>, region: { code: string }, district: { code: string } | null } };

export type EditOrganizationQueryVariables = Exact<{
  id: string | number;
}>;


export type EditOrganizationQuery = { organization: { id: string, name: string, nameKk: string | null, nameRu: string | null, nameLatin: string | null, kind: OrganizationKind, legalForm: LegalForm | null, bin: string | null, qazvolunteerId: string | null, directions: Array<Direction>, categories: Array<VolunteerCategory>, modes: Array<VolunteeringMode>, description: string | null, volunteerCount: number | null, foundedOn: string | null, status: OrganizationStatus, version: number, contactPeople: Array<{ name: string | null, role: string | null, phones: Array<string> | null, emails: Array<string> | null, socialLinks: Array<string> | null, emailConsent: boolean, personalDataHidden: AccessRestriction | null }>, region: { code: string }, district: { code: string } | null } | null };

export type ImportOrganizationsMutationVariables = Exact<{
  csv: string;
  dryRun?: boolean | null | undefined;
}>;


export type ImportOrganizationsMutation = { importOrganizations: { ok: boolean, dryRun: boolean, rowCount: number, created: number, updated: number, unchanged: number, errorCount: number, errors: Array<{ line: number, column: string, code: string, message: string, existingId: string | null }> } };

export type CooperationQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type CooperationQuery = { cooperationMatches: Array<{ forOrganizationId: string, otherOrganizationId: string, score: number, introducedOn: string | null, explanation: { kk: string, ru: string, en: string }, organization: { id: string, name: string }, needReasons: Array<{ kind: CooperationNeedReasonKind, theme: NeedTheme, explanation: { kk: string, ru: string, en: string } }> | null }>, organization: { id: string, introductions: Array<{ id: string, introducedOn: string, introducedBy: string, note: string | null, otherOrganization: { id: string, name: string } }> } | null };

export type RecordIntroductionMutationVariables = Exact<{
  input: RecordIntroductionInput;
}>;


export type RecordIntroductionMutation = { recordIntroduction: { id: string, introducedOn: string } };

export type OrganizationPageQueryVariables = Exact<{
  id: string | number;
  requestsFirst?: number | null | undefined;
  requestsAfter?: string | null | undefined;
  contactsFirst?: number | null | undefined;
  contactsAfter?: string | null | undefined;
}>;


export type OrganizationPageQuery = { organization: { id: string, name: string, nameKk: string | null, nameRu: string | null, nameLatin: string | null, kind: OrganizationKind, legalForm: LegalForm | null, bin: string | null, qazvolunteerId: string | null, directions: Array<Direction>, categories: Array<VolunteerCategory>, modes: Array<VolunteeringMode>, description: string | null, volunteerCount: number | null, foundedOn: string | null, status: OrganizationStatus, createdAt: string, createdBy: string, updatedAt: string, updatedBy: string | null, version: number, verificationStatus: VerificationStatus, contactsHidden: AccessRestriction | null, contactPeople: Array<{ name: string | null, role: string | null, phones: Array<string> | null, emails: Array<string> | null, socialLinks: Array<string> | null, personalDataHidden: AccessRestriction | null }>, verification: { status: VerificationStatus, verifiedAt: string | null, reverificationDueAt: string | null, checks: Array<{ id: string, method: VerificationMethod, outcome: CheckOutcome, notes: string | null, personalDataHidden: AccessRestriction | null, checkedBy: string, checkedAt: string, evidenceHidden: AccessRestriction | null, evidence: Array<{ id: string, fileName: string | null, mimeType: string, sizeBytes: number, sha256: string, uploadedAt: string, personalDataHidden: AccessRestriction | null }> | null }>, history: Array<{ kind: string, decision: VerificationDecision | null, reason: string | null, personalDataHidden: AccessRestriction | null, statusBefore: VerificationStatus, statusAfter: VerificationStatus, actor: string, at: string }> }, contacts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, kind: ContactKind, occurredOn: string, staffUserId: string, notes: string | null, personalDataHidden: AccessRestriction | null, toldAboutOffer: boolean, createdAt: string, district: { code: string, name: { kk: string, ru: string, en: string } } | null } }> } | null, possibleDuplicates: Array<{ similarity: number, organization: { id: string, name: string, kind: OrganizationKind, bin: string | null, qazvolunteerId: string | null, version: number, district: { code: string, name: { kk: string, ru: string, en: string } } | null } }>, region: { code: string, name: { kk: string, ru: string, en: string } }, district: { code: string, kind: DistrictKind, name: { kk: string, ru: string, en: string } } | null, assistanceRequests: { totalCount: number, withheld: AccessRestriction | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: AssistanceType, subtype: AssistanceSubtype, status: AssistanceRequestStatus, description: string | null, personalDataHidden: AccessRestriction | null, createdAt: string, outcome: { result: AssistanceOutcomeResult, link: string | null, resolvedAt: string } | null, rating: { score: number, comment: string | null, personalDataHidden: AccessRestriction | null } | null } }> } | null, bookings: { totalCount: number, withheld: AccessRestriction | null, edges: Array<{ node: { id: string, startsAt: string, endsAt: string, status: BookingStatus, purpose: string | null, personalDataHidden: AccessRestriction | null, resource: { id: string, name: string, kind: BookableResourceKind } | null } }> } | null, trainings: { totalCount: number, withheld: AccessRestriction | null, edges: Array<{ node: { id: string, status: TrainingRegistrationStatus, participants: number, waitlistPosition: number | null, attendance: TrainingAttendance | null, training: { id: string, topic: string, startsAt: string, venue: string } | null } }> } | null } | null };

export type SubmitAssistanceRequestMutationVariables = Exact<{
  input: SubmitAssistanceRequestInput;
}>;


export type SubmitAssistanceRequestMutation = { submitAssistanceRequest: { id: string, type: AssistanceType, subtype: AssistanceSubtype, status: AssistanceRequestStatus, description: string | null, createdAt: string } };

export type LogContactMutationVariables = Exact<{
  input: LogContactInput;
}>;


export type LogContactMutation = { logContact: { id: string, kind: ContactKind, occurredOn: string, staffUserId: string, notes: string | null, toldAboutOffer: boolean, createdAt: string, district: { code: string } | null } };

export type RecordVerificationCheckMutationVariables = Exact<{
  input: RecordVerificationCheckInput;
}>;


export type RecordVerificationCheckMutation = { recordVerificationCheck: { id: string, method: VerificationMethod, outcome: CheckOutcome } };

export type UpdateVerificationCheckMutationVariables = Exact<{
  input: UpdateVerificationCheckInput;
}>;


export type UpdateVerificationCheckMutation = { updateVerificationCheck: { id: string, method: VerificationMethod, outcome: CheckOutcome } };

export type DecideVerificationMutationVariables = Exact<{
  input: DecideVerificationInput;
}>;


export type DecideVerificationMutation = { decideVerification: { status: VerificationStatus } };

export type EvidenceContentQueryVariables = Exact<{
  id: string | number;
}>;


export type EvidenceContentQuery = { organization: { id: string, verification: { checks: Array<{ id: string, evidence: Array<{ id: string, fileName: string | null, mimeType: string, contentBase64: string | null }> | null }> } } | null };

export type MergeOrganizationsMutationVariables = Exact<{
  input: MergeOrganizationsInput;
}>;


export type MergeOrganizationsMutation = { mergeOrganizations: { id: string, name: string, version: number } };

export type OrganizationsQueryVariables = Exact<{
  filter?: OrganizationFilter | null | undefined;
  orderBy?: OrganizationOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganizationsQuery = { organizations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, nameKk: string | null, nameRu: string | null, nameLatin: string | null, kind: OrganizationKind, directions: Array<Direction>, status: OrganizationStatus, verificationStatus: VerificationStatus, createdAt: string, region: { code: string, name: { kk: string, ru: string, en: string } }, district: { code: string, name: { kk: string, ru: string, en: string } } | null } }> } };

export type OrganizationFacetsQueryVariables = Exact<{
  filter?: OrganizationFilter | null | undefined;
  withoutRegion?: OrganizationFilter | null | undefined;
  byRegion: boolean;
  withoutDistrict?: OrganizationFilter | null | undefined;
  byDistrict: boolean;
  withoutKind?: OrganizationFilter | null | undefined;
  byKind: boolean;
  withoutDirection?: OrganizationFilter | null | undefined;
  byDirection: boolean;
  withoutCategory?: OrganizationFilter | null | undefined;
  byCategory: boolean;
  withoutMode?: OrganizationFilter | null | undefined;
  byMode: boolean;
  withoutStatus?: OrganizationFilter | null | undefined;
  byStatus: boolean;
  withoutVerification?: OrganizationFilter | null | undefined;
  byVerification: boolean;
  withoutContact?: OrganizationFilter | null | undefined;
  byContact: boolean;
}>;


export type OrganizationFacetsQuery = { all: { total: number, regions: Array<{ value: string, count: number }>, districts: Array<{ value: string, count: number }>, kinds: Array<{ value: string, count: number }>, directions: Array<{ value: string, count: number }>, categories: Array<{ value: string, count: number }>, modes: Array<{ value: string, count: number }>, statuses: Array<{ value: string, count: number }>, verificationStatuses: Array<{ value: string, count: number }>, contact: Array<{ value: string, count: number }> }, regionFacets?: { regions: Array<{ value: string, count: number }> }, districtFacets?: { districts: Array<{ value: string, count: number }> }, kindFacets?: { kinds: Array<{ value: string, count: number }> }, directionFacets?: { directions: Array<{ value: string, count: number }> }, categoryFacets?: { categories: Array<{ value: string, count: number }> }, modeFacets?: { modes: Array<{ value: string, count: number }> }, statusFacets?: { statuses: Array<{ value: string, count: number }> }, verificationFacets?: { verificationStatuses: Array<{ value: string, count: number }> }, contactFacets?: { contact: Array<{ value: string, count: number }> } };

export type ExportRegionFiguresQueryVariables = Exact<{
  filter?: InsightFilter | null | undefined;
  measures: Array<InsightMeasure> | InsightMeasure;
  format: TableExportFormat;
  language?: ExportLanguage | null | undefined;
}>;


export type ExportRegionFiguresQuery = { exportInsights: { fileName: string, contentType: string, contentBase64: string, byteSize: number } };

export type ExportNationalSummaryQueryVariables = Exact<{
  language?: ExportLanguage | null | undefined;
}>;


export type ExportNationalSummaryQuery = { exportSummaryPdf: { fileName: string, contentType: string, contentBase64: string, byteSize: number } };

export type NationalOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type NationalOverviewQuery = { nationalOverview: { organizationCount: number, openRequestCount: number, regions: Array<{ organizationCount: number, openRequestCount: number, region: { code: string, name: { kk: string, ru: string, en: string } } }> } | null };

export type OrganizationPortalQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationPortalQuery = { organizationPortal: { linkId: string, contactEmail: string, expiresAt: string, organization: { id: string, name: string, description: string | null, volunteerCount: number | null }, profileProposals: Array<{ id: string, status: ProfileProposalStatus, proposedAt: string }>, requests: Array<{ id: string, type: AssistanceType, subtype: AssistanceSubtype, status: AssistanceRequestStatus, description: string, createdAt: string, version: number, rating: number | null, canRate: boolean, timeline: Array<{ kind: AssistanceTimelineEntryKind, at: string, toStatus: AssistanceRequestStatus | null }> }> } };

export type PortalSubmitRequestMutationVariables = Exact<{
  input: PortalSubmitRequestInput;
}>;


export type PortalSubmitRequestMutation = { organizationPortalSubmitRequest: { id: string } };

export type PortalRateRequestMutationVariables = Exact<{
  input: RateAssistanceRequestInput;
}>;


export type PortalRateRequestMutation = { organizationPortalRateRequest: { id: string } };

export type PortalProposeProfileMutationVariables = Exact<{
  input: ProposeProfileChangeInput;
}>;


export type PortalProposeProfileMutation = { organizationPortalProposeProfileChange: { id: string } };

export type PortalUnsubscribeMutationVariables = Exact<{ [key: string]: never; }>;


export type PortalUnsubscribeMutation = { organizationPortalUnsubscribe: { email: string, revokedLinks: number } };

export type GrantProgrammesQueryVariables = Exact<{
  filter?: GrantProgrammeFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type GrantProgrammesQuery = { grantProgrammes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, funderName: string, directions: Array<Direction>, actorKinds: Array<OrganizationKind>, regionCodes: Array<string>, ownerRegionCode: string | null, amountMin: number | null, amountMax: number | null, opensOn: string, closesOn: string, link: string | null, announcedAt: string | null, title: { kk: string, ru: string, en: string }, documents: Array<{ id: string, fileName: string }> } }> } };

export type AnnounceGrantProgrammeMutationVariables = Exact<{
  input: AnnounceGrantProgrammeInput;
}>;


export type AnnounceGrantProgrammeMutation = { announceGrantProgramme: { id: string, announcedAt: string | null } };

export type CreateGrantProgrammeMutationVariables = Exact<{
  input: CreateGrantProgrammeInput;
}>;


export type CreateGrantProgrammeMutation = { createGrantProgramme: { id: string } };

export type PublicationsQueryVariables = Exact<{
  filter?: PublicationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PublicationsQuery = { publications: { totalCount: number, totalReach: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, outlet: string, title: string | null, publishedOn: string, link: string | null, reach: number | null, directions: Array<Direction>, regionCode: string, source: PublicationSource, requestId: string | null, version: number, organization: { id: string, name: string } | null } }> } };

export type CreatePublicationMutationVariables = Exact<{
  input: CreatePublicationInput;
}>;


export type CreatePublicationMutation = { createPublication: { id: string } };

export type UpdatePublicationMutationVariables = Exact<{
  input: UpdatePublicationInput;
}>;


export type UpdatePublicationMutation = { updatePublication: { id: string, outlet: string, reach: number | null, directions: Array<Direction>, version: number } };

export type RegionOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionOptionsQuery = { regions: Array<{ code: string, kind: RegionKind, name: { kk: string, ru: string, en: string }, districts: Array<{ code: string, kind: DistrictKind, name: { kk: string, ru: string, en: string } }> }> };

export type StaffDirectoryQueryVariables = Exact<{
  filter?: StaffAccountFilter | null | undefined;
}>;


export type StaffDirectoryQuery = { staffAccounts: { edges: Array<{ node: { id: string, name: string, email: string, role: StaffRole, active: boolean, region: { code: string } | null } }> } };

export type RegionOutreachQueryVariables = Exact<{
  region: string | number;
}>;


export type RegionOutreachQuery = { outreach: { organizationCount: number, toldCount: number, toldShare: number | null, toldInPeriodCount: number, lastToldOn: string | null, period: { from: string, to: string }, districts: Array<{ organizationCount: number, toldCount: number, toldShare: number | null, lastToldOn: string | null, district: { code: string } }>, months: Array<{ month: string, organizationCount: number, toldCount: number, toldShare: number | null, newlyToldCount: number }> } };

export type RegionPageQueryVariables = Exact<{
  code: string | number;
}>;


export type RegionPageQuery = { region: { code: string, kind: RegionKind, name: { kk: string, ru: string, en: string }, coverage: { districtCount: number, coveredDistrictCount: number, staleDistrictCount: number, neverContactedDistrictCount: number, windowMonths: number, districts: Array<{ status: DistrictCoverageStatus, covered: boolean, lastContactAt: string | null, contactCount: number, organizationCount: number, district: { code: string, kind: DistrictKind, name: { kk: string, ru: string, en: string } } }> } | null } | null };

export type RegionsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionsPageQuery = { regions: Array<{ code: string, kind: RegionKind, isoCode: string, name: { kk: string, ru: string, en: string }, districts: Array<{ code: string }>, coverage: { districtCount: number, coveredDistrictCount: number } | null }> };

export type ReportLabelFieldsFragment = { kk: string, ru: string, en: string };

export type ReportFormFieldFieldsFragment = { key: string, sectionKey: string, type: ReportFieldType, required: boolean, min: number | null, max: number | null, integer: boolean, commentRule: ReportCommentRule, label: { kk: string, ru: string, en: string }, help: { kk: string, ru: string, en: string } | null, choices: Array<{ key: string, label: { kk: string, ru: string, en: string } }>, prefillSource: { key: string, label: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string } } | null };

export type ReportFormFieldsFragment = { id: string, periodType: ReportPeriodType, firstPeriod: string, regionCodes: Array<string>, dueDays: number, onTimeWindowDays: number, version: number, revision: number, createdAt: string, updatedAt: string, title: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string } | null, sections: Array<{ key: string, title: { kk: string, ru: string, en: string } }>, fields: Array<{ key: string, sectionKey: string, type: ReportFieldType, required: boolean, min: number | null, max: number | null, integer: boolean, commentRule: ReportCommentRule, label: { kk: string, ru: string, en: string }, help: { kk: string, ru: string, en: string } | null, choices: Array<{ key: string, label: { kk: string, ru: string, en: string } }>, prefillSource: { key: string, label: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string } } | null }>, versions: Array<{ version: number, createdAt: string, createdBy: string }> };

export type ReportFormsQueryVariables = Exact<{
  filter?: ReportFormFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReportFormsQuery = { reportForms: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, periodType: ReportPeriodType, firstPeriod: string, regionCodes: Array<string>, dueDays: number, onTimeWindowDays: number, version: number, updatedAt: string, title: { kk: string, ru: string, en: string } } }> } };

export type ReportFormQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportFormQuery = { reportForm: { id: string, periodType: ReportPeriodType, firstPeriod: string, regionCodes: Array<string>, dueDays: number, onTimeWindowDays: number, version: number, revision: number, createdAt: string, updatedAt: string, title: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string } | null, sections: Array<{ key: string, title: { kk: string, ru: string, en: string } }>, fields: Array<{ key: string, sectionKey: string, type: ReportFieldType, required: boolean, min: number | null, max: number | null, integer: boolean, commentRule: ReportCommentRule, label: { kk: string, ru: string, en: string }, help: { kk: string, ru: string, en: string } | null, choices: Array<{ key: string, label: { kk: string, ru: string, en: string } }>, prefillSource: { key: string, label: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string } } | null }>, versions: Array<{ version: number, createdAt: string, createdBy: string }> } | null };

export type ReportPrefillSourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportPrefillSourcesQuery = { reportPrefillSources: Array<{ key: string, label: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string } }> };

export type CreateReportFormMutationVariables = Exact<{
  input: CreateReportFormInput;
}>;


export type CreateReportFormMutation = { createReportForm: { id: string, periodType: ReportPeriodType, firstPeriod: string, regionCodes: Array<string>, dueDays: number, onTimeWindowDays: number, version: number, revision: number, createdAt: string, updatedAt: string, title: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string } | null, sections: Array<{ key: string, title: { kk: string, ru: string, en: string } }>, fields: Array<{ key: string, sectionKey: string, type: ReportFieldType, required: boolean, min: number | null, max: number | null, integer: boolean, commentRule: ReportCommentRule, label: { kk: string, ru: string, en: string }, help: { kk: string, ru: string, en: string } | null, choices: Array<{ key: string, label: { kk: string, ru: string, en: string } }>, prefillSource: { key: string, label: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string } } | null }>, versions: Array<{ version: number, createdAt: string, createdBy: string }> } };

export type UpdateReportFormMutationVariables = Exact<{
  input: UpdateReportFormInput;
}>;


export type UpdateReportFormMutation = { updateReportForm: { id: string, periodType: ReportPeriodType, firstPeriod: string, regionCodes: Array<string>, dueDays: number, onTimeWindowDays: number, version: number, revision: number, createdAt: string, updatedAt: string, title: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string } | null, sections: Array<{ key: string, title: { kk: string, ru: string, en: string } }>, fields: Array<{ key: string, sectionKey: string, type: ReportFieldType, required: boolean, min: number | null, max: number | null, integer: boolean, commentRule: ReportCommentRule, label: { kk: string, ru: string, en: string }, help: { kk: string, ru: string, en: string } | null, choices: Array<{ key: string, label: { kk: string, ru: string, en: string } }>, prefillSource: { key: string, label: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string } } | null }>, versions: Array<{ version: number, createdAt: string, createdBy: string }> } };

export type ExportReportQueryVariables = Exact<{
  id: string | number;
  format: ReportExportFormat;
  language?: ExportLanguage | null | undefined;
}>;


export type ExportReportQuery = { exportReport: { fileName: string, contentType: string, contentBase64: string, byteSize: number } };

export type ReportRegionFieldsFragment = { code: string, name: { kk: string, ru: string, en: string } };

export type ReportFieldsFragment = { id: string, formId: string, formVersion: number, regionCode: string, periodType: ReportPeriodType, period: string, periodStart: string, periodEnd: string, dueOn: string, status: ReportStatus, locked: boolean, overdue: boolean, submittedOnTime: boolean | null, submissionCount: number, firstSubmittedAt: string | null, lastSubmittedAt: string | null, acceptedAt: string | null, updatedAt: string, version: number, region: { code: string, name: { kk: string, ru: string, en: string } } | null, form: { id: string, title: { kk: string, ru: string, en: string } } | null, sections: Array<{ key: string, title: { kk: string, ru: string, en: string } }>, fields: Array<{ key: string, sectionKey: string, type: ReportFieldType, required: boolean, min: number | null, max: number | null, integer: boolean, commentRule: ReportCommentRule, label: { kk: string, ru: string, en: string }, help: { kk: string, ru: string, en: string } | null, choices: Array<{ key: string, label: { kk: string, ru: string, en: string } }>, prefillSource: { key: string, label: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string } } | null }>, answers: Array<{ fieldKey: string, type: ReportFieldType, number: number | null, text: string | null, choices: Array<string> | null, needIds: Array<string> | null, comment: string | null, personalDataHidden: AccessRestriction | null, overridden: boolean, prefill: { figure: number | null, computedAt: string, source: { key: string, label: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string } } } | null }>, history: Array<{ id: string, action: ReportAction, fromStatus: ReportStatus | null, toStatus: ReportStatus, comment: string | null, personalDataHidden: AccessRestriction | null, actorId: string, at: string }>, comments: Array<{ id: string, text: string | null, personalDataHidden: AccessRestriction | null, fieldKey: string | null, side: ReportCommentSide, authorId: string, createdAt: string }> };

export type ReportsQueryVariables = Exact<{
  filter?: ReportFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReportsQuery = { reports: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, formId: string, regionCode: string, period: string, dueOn: string, status: ReportStatus, overdue: boolean, updatedAt: string, region: { code: string, name: { kk: string, ru: string, en: string } } | null, form: { id: string, title: { kk: string, ru: string, en: string } } | null } }> } };

export type ReportPageQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportPageQuery = { report: { id: string, formId: string, formVersion: number, regionCode: string, periodType: ReportPeriodType, period: string, periodStart: string, periodEnd: string, dueOn: string, status: ReportStatus, locked: boolean, overdue: boolean, submittedOnTime: boolean | null, submissionCount: number, firstSubmittedAt: string | null, lastSubmittedAt: string | null, acceptedAt: string | null, updatedAt: string, version: number, region: { code: string, name: { kk: string, ru: string, en: string } } | null, form: { id: string, title: { kk: string, ru: string, en: string } } | null, sections: Array<{ key: string, title: { kk: string, ru: string, en: string } }>, fields: Array<{ key: string, sectionKey: string, type: ReportFieldType, required: boolean, min: number | null, max: number | null, integer: boolean, commentRule: ReportCommentRule, label: { kk: string, ru: string, en: string }, help: { kk: string, ru: string, en: string } | null, choices: Array<{ key: string, label: { kk: string, ru: string, en: string } }>, prefillSource: { key: string, label: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string } } | null }>, answers: Array<{ fieldKey: string, type: ReportFieldType, number: number | null, text: string | null, choices: Array<string> | null, needIds: Array<string> | null, comment: string | null, personalDataHidden: AccessRestriction | null, overridden: boolean, prefill: { figure: number | null, computedAt: string, source: { key: string, label: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string } } } | null }>, history: Array<{ id: string, action: ReportAction, fromStatus: ReportStatus | null, toStatus: ReportStatus, comment: string | null, personalDataHidden: AccessRestriction | null, actorId: string, at: string }>, comments: Array<{ id: string, text: string | null, personalDataHidden: AccessRestriction | null, fieldKey: string | null, side: ReportCommentSide, authorId: string, createdAt: string }> } | null };

export type ReportNeedOptionsQueryVariables = Exact<{
  regionCode: string | number;
}>;


export type ReportNeedOptionsQuery = { needs: { edges: Array<{ node: { id: string, theme: NeedTheme, status: NeedStatus, firstNoticedOn: string } }> } };

export type OpenReportMutationVariables = Exact<{
  input: OpenReportInput;
}>;


export type OpenReportMutation = { openReport: { id: string, formId: string, formVersion: number, regionCode: string, periodType: ReportPeriodType, period: string, periodStart: string, periodEnd: string, dueOn: string, status: ReportStatus, locked: boolean, overdue: boolean, submittedOnTime: boolean | null, submissionCount: number, firstSubmittedAt: string | null, lastSubmittedAt: string | null, acceptedAt: string | null, updatedAt: string, version: number, region: { code: string, name: { kk: string, ru: string, en: string } } | null, form: { id: string, title: { kk: string, ru: string, en: string } } | null, sections: Array<{ key: string, title: { kk: string, ru: string, en: string } }>, fields: Array<{ key: string, sectionKey: string, type: ReportFieldType, required: boolean, min: number | null, max: number | null, integer: boolean, commentRule: ReportCommentRule, label: { kk: string, ru: string, en: string }, help: { kk: string, ru: string, en: string } | null, choices: Array<{ key: string, label: { kk: string, ru: string, en: string } }>, prefillSource: { key: string, label: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string } } | null }>, answers: Array<{ fieldKey: string, type: ReportFieldType, number: number | null, text: string | null, choices: Array<string> | null, needIds: Array<string> | null, comment: string | null, personalDataHidden: AccessRestriction | null, overridden: boolean, prefill: { figure: number | null, computedAt: string, source: { key: string, label: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string } } } | null }>, history: Array<{ id: string, action: ReportAction, fromStatus: ReportStatus | null, toStatus: ReportStatus, comment: string | null, personalDataHidden: AccessRestriction | null, actorId: string, at: string }>, comments: Array<{ id: string, text: string | null, personalDataHidden: AccessRestriction | null, fieldKey: string | null, side: ReportCommentSide, authorId: string, createdAt: string }> } };

export type SaveReportDraftMutationVariables = Exact<{
  input: SaveReportDraftInput;
}>;


export type SaveReportDraftMutation = { saveReportDraft: { id: string, formId: string, formVersion: number, regionCode: string, periodType: ReportPeriodType, period: string, periodStart: string, periodEnd: string, dueOn: string, status: ReportStatus, locked: boolean, overdue: boolean, submittedOnTime: boolean | null, submissionCount: number, firstSubmittedAt: string | null, lastSubmittedAt: string | null, acceptedAt: string | null, updatedAt: string, version: number, region: { code: string, name: { kk: string, ru: string, en: string } } | null, form: { id: string, title: { kk: string, ru: string, en: string } } | null, sections: Array<{ key: string, title: { kk: string, ru: string, en: string } }>, fields: Array<{ key: string, sectionKey: string, type: ReportFieldType, required: boolean, min: number | null, max: number | null, integer: boolean, commentRule: ReportCommentRule, label: { kk: string, ru: string, en: string }, help: { kk: string, ru: string, en: string } | null, choices: Array<{ key: string, label: { kk: string, ru: string, en: string } }>, prefillSource: { key: string, label: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string } } | null }>, answers: Array<{ fieldKey: string, type: ReportFieldType, number: number | null, text: string | null, choices: Array<string> | null, needIds: Array<string> | null, comment: string | null, personalDataHidden: AccessRestriction | null, overridden: boolean, prefill: { figure: number | null, computedAt: string, source: { key: string, label: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string } } } | null }>, history: Array<{ id: string, action: ReportAction, fromStatus: ReportStatus | null, toStatus: ReportStatus, comment: string | null, personalDataHidden: AccessRestriction | null, actorId: string, at: string }>, comments: Array<{ id: string, text: string | null, personalDataHidden: AccessRestriction | null, fieldKey: string | null, side: ReportCommentSide, authorId: string, createdAt: string }> } };

export type SubmitReportMutationVariables = Exact<{
  input: SubmitReportInput;
}>;


export type SubmitReportMutation = { submitReport: { id: string, formId: string, formVersion: number, regionCode: string, periodType: ReportPeriodType, period: string, periodStart: string, periodEnd: string, dueOn: string, status: ReportStatus, locked: boolean, overdue: boolean, submittedOnTime: boolean | null, submissionCount: number, firstSubmittedAt: string | null, lastSubmittedAt: string | null, acceptedAt: string | null, updatedAt: string, version: number, region: { code: string, name: { kk: string, ru: string, en: string } } | null, form: { id: string, title: { kk: string, ru: string, en: string } } | null, sections: Array<{ key: string, title: { kk: string, ru: string, en: string } }>, fields: Array<{ key: string, sectionKey: string, type: ReportFieldType, required: boolean, min: number | null, max: number | null, integer: boolean, commentRule: ReportCommentRule, label: { kk: string, ru: string, en: string }, help: { kk: string, ru: string, en: string } | null, choices: Array<{ key: string, label: { kk: string, ru: string, en: string } }>, prefillSource: { key: string, label: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string } } | null }>, answers: Array<{ fieldKey: string, type: ReportFieldType, number: number | null, text: string | null, choices: Array<string> | null, needIds: Array<string> | null, comment: string | null, personalDataHidden: AccessRestriction | null, overridden: boolean, prefill: { figure: number | null, computedAt: string, source: { key: string, label: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string } } } | null }>, history: Array<{ id: string, action: ReportAction, fromStatus: ReportStatus | null, toStatus: ReportStatus, comment: string | null, personalDataHidden: AccessRestriction | null, actorId: string, at: string }>, comments: Array<{ id: string, text: string | null, personalDataHidden: AccessRestriction | null, fieldKey: string | null, side: ReportCommentSide, authorId: string, createdAt: string }> } };

export type ReturnReportMutationVariables = Exact<{
  input: ReturnReportInput;
}>;


export type ReturnReportMutation = { returnReport: { id: string, formId: string, formVersion: number, regionCode: string, periodType: ReportPeriodType, period: string, periodStart: string, periodEnd: string, dueOn: string, status: ReportStatus, locked: boolean, overdue: boolean, submittedOnTime: boolean | null, submissionCount: number, firstSubmittedAt: string | null, lastSubmittedAt: string | null, acceptedAt: string | null, updatedAt: string, version: number, region: { code: string, name: { kk: string, ru: string, en: string } } | null, form: { id: string, title: { kk: string, ru: string, en: string } } | null, sections: Array<{ key: string, title: { kk: string, ru: string, en: string } }>, fields: Array<{ key: string, sectionKey: string, type: ReportFieldType, required: boolean, min: number | null, max: number | null, integer: boolean, commentRule: ReportCommentRule, label: { kk: string, ru: string, en: string }, help: { kk: string, ru: string, en: string } | null, choices: Array<{ key: string, label: { kk: string, ru: string, en: string } }>, prefillSource: { key: string, label: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string } } | null }>, answers: Array<{ fieldKey: string, type: ReportFieldType, number: number | null, text: string | null, choices: Array<string> | null, needIds: Array<string> | null, comment: string | null, personalDataHidden: AccessRestriction | null, overridden: boolean, prefill: { figure: number | null, computedAt: string, source: { key: string, label: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string } } } | null }>, history: Array<{ id: string, action: ReportAction, fromStatus: ReportStatus | null, toStatus: ReportStatus, comment: string | null, personalDataHidden: AccessRestriction | null, actorId: string, at: string }>, comments: Array<{ id: string, text: string | null, personalDataHidden: AccessRestriction | null, fieldKey: string | null, side: ReportCommentSide, authorId: string, createdAt: string }> } };

export type AcceptReportMutationVariables = Exact<{
  input: AcceptReportInput;
}>;


export type AcceptReportMutation = { acceptReport: { id: string, formId: string, formVersion: number, regionCode: string, periodType: ReportPeriodType, period: string, periodStart: string, periodEnd: string, dueOn: string, status: ReportStatus, locked: boolean, overdue: boolean, submittedOnTime: boolean | null, submissionCount: number, firstSubmittedAt: string | null, lastSubmittedAt: string | null, acceptedAt: string | null, updatedAt: string, version: number, region: { code: string, name: { kk: string, ru: string, en: string } } | null, form: { id: string, title: { kk: string, ru: string, en: string } } | null, sections: Array<{ key: string, title: { kk: string, ru: string, en: string } }>, fields: Array<{ key: string, sectionKey: string, type: ReportFieldType, required: boolean, min: number | null, max: number | null, integer: boolean, commentRule: ReportCommentRule, label: { kk: string, ru: string, en: string }, help: { kk: string, ru: string, en: string } | null, choices: Array<{ key: string, label: { kk: string, ru: string, en: string } }>, prefillSource: { key: string, label: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string } } | null }>, answers: Array<{ fieldKey: string, type: ReportFieldType, number: number | null, text: string | null, choices: Array<string> | null, needIds: Array<string> | null, comment: string | null, personalDataHidden: AccessRestriction | null, overridden: boolean, prefill: { figure: number | null, computedAt: string, source: { key: string, label: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string } } } | null }>, history: Array<{ id: string, action: ReportAction, fromStatus: ReportStatus | null, toStatus: ReportStatus, comment: string | null, personalDataHidden: AccessRestriction | null, actorId: string, at: string }>, comments: Array<{ id: string, text: string | null, personalDataHidden: AccessRestriction | null, fieldKey: string | null, side: ReportCommentSide, authorId: string, createdAt: string }> } };

export type ReopenReportMutationVariables = Exact<{
  input: ReopenReportInput;
}>;


export type ReopenReportMutation = { reopenReport: { id: string, formId: string, formVersion: number, regionCode: string, periodType: ReportPeriodType, period: string, periodStart: string, periodEnd: string, dueOn: string, status: ReportStatus, locked: boolean, overdue: boolean, submittedOnTime: boolean | null, submissionCount: number, firstSubmittedAt: string | null, lastSubmittedAt: string | null, acceptedAt: string | null, updatedAt: string, version: number, region: { code: string, name: { kk: string, ru: string, en: string } } | null, form: { id: string, title: { kk: string, ru: string, en: string } } | null, sections: Array<{ key: string, title: { kk: string, ru: string, en: string } }>, fields: Array<{ key: string, sectionKey: string, type: ReportFieldType, required: boolean, min: number | null, max: number | null, integer: boolean, commentRule: ReportCommentRule, label: { kk: string, ru: string, en: string }, help: { kk: string, ru: string, en: string } | null, choices: Array<{ key: string, label: { kk: string, ru: string, en: string } }>, prefillSource: { key: string, label: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string } } | null }>, answers: Array<{ fieldKey: string, type: ReportFieldType, number: number | null, text: string | null, choices: Array<string> | null, needIds: Array<string> | null, comment: string | null, personalDataHidden: AccessRestriction | null, overridden: boolean, prefill: { figure: number | null, computedAt: string, source: { key: string, label: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string } } } | null }>, history: Array<{ id: string, action: ReportAction, fromStatus: ReportStatus | null, toStatus: ReportStatus, comment: string | null, personalDataHidden: AccessRestriction | null, actorId: string, at: string }>, comments: Array<{ id: string, text: string | null, personalDataHidden: AccessRestriction | null, fieldKey: string | null, side: ReportCommentSide, authorId: string, createdAt: string }> } };

export type PostReportCommentMutationVariables = Exact<{
  input: PostReportCommentInput;
}>;


export type PostReportCommentMutation = { postReportComment: { id: string, formId: string, formVersion: number, regionCode: string, periodType: ReportPeriodType, period: string, periodStart: string, periodEnd: string, dueOn: string, status: ReportStatus, locked: boolean, overdue: boolean, submittedOnTime: boolean | null, submissionCount: number, firstSubmittedAt: string | null, lastSubmittedAt: string | null, acceptedAt: string | null, updatedAt: string, version: number, region: { code: string, name: { kk: string, ru: string, en: string } } | null, form: { id: string, title: { kk: string, ru: string, en: string } } | null, sections: Array<{ key: string, title: { kk: string, ru: string, en: string } }>, fields: Array<{ key: string, sectionKey: string, type: ReportFieldType, required: boolean, min: number | null, max: number | null, integer: boolean, commentRule: ReportCommentRule, label: { kk: string, ru: string, en: string }, help: { kk: string, ru: string, en: string } | null, choices: Array<{ key: string, label: { kk: string, ru: string, en: string } }>, prefillSource: { key: string, label: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string } } | null }>, answers: Array<{ fieldKey: string, type: ReportFieldType, number: number | null, text: string | null, choices: Array<string> | null, needIds: Array<string> | null, comment: string | null, personalDataHidden: AccessRestriction | null, overridden: boolean, prefill: { figure: number | null, computedAt: string, source: { key: string, label: { kk: string, ru: string, en: string }, description: { kk: string, ru: string, en: string } } } | null }>, history: Array<{ id: string, action: ReportAction, fromStatus: ReportStatus | null, toStatus: ReportStatus, comment: string | null, personalDataHidden: AccessRestriction | null, actorId: string, at: string }>, comments: Array<{ id: string, text: string | null, personalDataHidden: AccessRestriction | null, fieldKey: string | null, side: ReportCommentSide, authorId: string, createdAt: string }> } };

export type AssistanceRequestFieldsFragment = { id: string, type: AssistanceType, subtype: AssistanceSubtype, status: AssistanceRequestStatus, description: string | null, personalDataHidden: AccessRestriction | null, createdAt: string, createdBy: string, updatedAt: string, version: number, wishedForDate: string | null, assigneeId: string | null, dueAt: string | null, overdue: boolean, allowedTransitions: Array<AssistanceRequestStatus>, outcome: { result: AssistanceOutcomeResult, note: string | null, link: string | null, resolvedAt: string, personalDataHidden: AccessRestriction | null } | null, rating: { score: number, comment: string | null, ratedAt: string, personalDataHidden: AccessRestriction | null } | null, timeline: Array<{ id: string, kind: AssistanceTimelineEntryKind, at: string, authorId: string, text: string | null, personalDataHidden: AccessRestriction | null, fromStatus: AssistanceRequestStatus | null, toStatus: AssistanceRequestStatus | null, assigneeId: string | null, referralId: string | null, attachmentId: string | null }>, referrals: Array<{ id: string, stateBody: string, referredOn: string, note: string | null, answer: string | null, answeredOn: string | null, createdAt: string, personalDataHidden: AccessRestriction | null }>, attachments: Array<{ id: string, fileName: string | null, mimeType: string, sizeBytes: number, createdAt: string, createdBy: string, personalDataHidden: AccessRestriction | null }> };

export type AssistanceRequestPageQueryVariables = Exact<{
  id: string | number;
}>;


export type AssistanceRequestPageQuery = { assistanceRequest: { id: string, type: AssistanceType, subtype: AssistanceSubtype, status: AssistanceRequestStatus, description: string | null, personalDataHidden: AccessRestriction | null, createdAt: string, createdBy: string, updatedAt: string, version: number, wishedForDate: string | null, assigneeId: string | null, dueAt: string | null, overdue: boolean, allowedTransitions: Array<AssistanceRequestStatus>, organization: { id: string, name: string } | null, region: { code: string, name: { kk: string, ru: string, en: string } } | null, outcome: { result: AssistanceOutcomeResult, note: string | null, link: string | null, resolvedAt: string, personalDataHidden: AccessRestriction | null } | null, rating: { score: number, comment: string | null, ratedAt: string, personalDataHidden: AccessRestriction | null } | null, timeline: Array<{ id: string, kind: AssistanceTimelineEntryKind, at: string, authorId: string, text: string | null, personalDataHidden: AccessRestriction | null, fromStatus: AssistanceRequestStatus | null, toStatus: AssistanceRequestStatus | null, assigneeId: string | null, referralId: string | null, attachmentId: string | null }>, referrals: Array<{ id: string, stateBody: string, referredOn: string, note: string | null, answer: string | null, answeredOn: string | null, createdAt: string, personalDataHidden: AccessRestriction | null }>, attachments: Array<{ id: string, fileName: string | null, mimeType: string, sizeBytes: number, createdAt: string, createdBy: string, personalDataHidden: AccessRestriction | null }> } | null };

export type AttachmentContentQueryVariables = Exact<{
  id: string | number;
}>;


export type AttachmentContentQuery = { assistanceRequest: { id: string, attachments: Array<{ id: string, fileName: string | null, mimeType: string, contentBase64: string | null, personalDataHidden: AccessRestriction | null }> } | null };

export type ChangeAssistanceRequestStatusMutationVariables = Exact<{
  input: ChangeAssistanceRequestStatusInput;
}>;


export type ChangeAssistanceRequestStatusMutation = { changeAssistanceRequestStatus: { id: string, type: AssistanceType, subtype: AssistanceSubtype, status: AssistanceRequestStatus, description: string | null, personalDataHidden: AccessRestriction | null, createdAt: string, createdBy: string, updatedAt: string, version: number, wishedForDate: string | null, assigneeId: string | null, dueAt: string | null, overdue: boolean, allowedTransitions: Array<AssistanceRequestStatus>, outcome: { result: AssistanceOutcomeResult, note: string | null, link: string | null, resolvedAt: string, personalDataHidden: AccessRestriction | null } | null, rating: { score: number, comment: string | null, ratedAt: string, personalDataHidden: AccessRestriction | null } | null, timeline: Array<{ id: string, kind: AssistanceTimelineEntryKind, at: string, authorId: string, text: string | null, personalDataHidden: AccessRestriction | null, fromStatus: AssistanceRequestStatus | null, toStatus: AssistanceRequestStatus | null, assigneeId: string | null, referralId: string | null, attachmentId: string | null }>, referrals: Array<{ id: string, stateBody: string, referredOn: string, note: string | null, answer: string | null, answeredOn: string | null, createdAt: string, personalDataHidden: AccessRestriction | null }>, attachments: Array<{ id: string, fileName: string | null, mimeType: string, sizeBytes: number, createdAt: string, createdBy: string, personalDataHidden: AccessRestriction | null }> } };

export type AssignAssistanceRequestMutationVariables = Exact<{
  input: AssignAssistanceRequestInput;
}>;


export type AssignAssistanceRequestMutation = { assignAssistanceRequest: { id: string, type: AssistanceType, subtype: AssistanceSubtype, status: AssistanceRequestStatus, description: string | null, personalDataHidden: AccessRestriction | null, createdAt: string, createdBy: string, updatedAt: string, version: number, wishedForDate: string | null, assigneeId: string | null, dueAt: string | null, overdue: boolean, allowedTransitions: Array<AssistanceRequestStatus>, outcome: { result: AssistanceOutcomeResult, note: string | null, link: string | null, resolvedAt: string, personalDataHidden: AccessRestriction | null } | null, rating: { score: number, comment: string | null, ratedAt: string, personalDataHidden: AccessRestriction | null } | null, timeline: Array<{ id: string, kind: AssistanceTimelineEntryKind, at: string, authorId: string, text: string | null, personalDataHidden: AccessRestriction | null, fromStatus: AssistanceRequestStatus | null, toStatus: AssistanceRequestStatus | null, assigneeId: string | null, referralId: string | null, attachmentId: string | null }>, referrals: Array<{ id: string, stateBody: string, referredOn: string, note: string | null, answer: string | null, answeredOn: string | null, createdAt: string, personalDataHidden: AccessRestriction | null }>, attachments: Array<{ id: string, fileName: string | null, mimeType: string, sizeBytes: number, createdAt: string, createdBy: string, personalDataHidden: AccessRestriction | null }> } };

export type CommentOnAssistanceRequestMutationVariables = Exact<{
  input: CommentOnAssistanceRequestInput;
}>;


export type CommentOnAssistanceRequestMutation = { commentOnAssistanceRequest: { id: string, type: AssistanceType, subtype: AssistanceSubtype, status: AssistanceRequestStatus, description: string | null, personalDataHidden: AccessRestriction | null, createdAt: string, createdBy: string, updatedAt: string, version: number, wishedForDate: string | null, assigneeId: string | null, dueAt: string | null, overdue: boolean, allowedTransitions: Array<AssistanceRequestStatus>, outcome: { result: AssistanceOutcomeResult, note: string | null, link: string | null, resolvedAt: string, personalDataHidden: AccessRestriction | null } | null, rating: { score: number, comment: string | null, ratedAt: string, personalDataHidden: AccessRestriction | null } | null, timeline: Array<{ id: string, kind: AssistanceTimelineEntryKind, at: string, authorId: string, text: string | null, personalDataHidden: AccessRestriction | null, fromStatus: AssistanceRequestStatus | null, toStatus: AssistanceRequestStatus | null, assigneeId: string | null, referralId: string | null, attachmentId: string | null }>, referrals: Array<{ id: string, stateBody: string, referredOn: string, note: string | null, answer: string | null, answeredOn: string | null, createdAt: string, personalDataHidden: AccessRestriction | null }>, attachments: Array<{ id: string, fileName: string | null, mimeType: string, sizeBytes: number, createdAt: string, createdBy: string, personalDataHidden: AccessRestriction | null }> } };

export type RecordStateBodyAnswerMutationVariables = Exact<{
  input: RecordStateBodyAnswerInput;
}>;


export type RecordStateBodyAnswerMutation = { recordStateBodyAnswer: { id: string, type: AssistanceType, subtype: AssistanceSubtype, status: AssistanceRequestStatus, description: string | null, personalDataHidden: AccessRestriction | null, createdAt: string, createdBy: string, updatedAt: string, version: number, wishedForDate: string | null, assigneeId: string | null, dueAt: string | null, overdue: boolean, allowedTransitions: Array<AssistanceRequestStatus>, outcome: { result: AssistanceOutcomeResult, note: string | null, link: string | null, resolvedAt: string, personalDataHidden: AccessRestriction | null } | null, rating: { score: number, comment: string | null, ratedAt: string, personalDataHidden: AccessRestriction | null } | null, timeline: Array<{ id: string, kind: AssistanceTimelineEntryKind, at: string, authorId: string, text: string | null, personalDataHidden: AccessRestriction | null, fromStatus: AssistanceRequestStatus | null, toStatus: AssistanceRequestStatus | null, assigneeId: string | null, referralId: string | null, attachmentId: string | null }>, referrals: Array<{ id: string, stateBody: string, referredOn: string, note: string | null, answer: string | null, answeredOn: string | null, createdAt: string, personalDataHidden: AccessRestriction | null }>, attachments: Array<{ id: string, fileName: string | null, mimeType: string, sizeBytes: number, createdAt: string, createdBy: string, personalDataHidden: AccessRestriction | null }> } };

export type RateAssistanceRequestMutationVariables = Exact<{
  input: RateAssistanceRequestInput;
}>;


export type RateAssistanceRequestMutation = { rateAssistanceRequest: { id: string, type: AssistanceType, subtype: AssistanceSubtype, status: AssistanceRequestStatus, description: string | null, personalDataHidden: AccessRestriction | null, createdAt: string, createdBy: string, updatedAt: string, version: number, wishedForDate: string | null, assigneeId: string | null, dueAt: string | null, overdue: boolean, allowedTransitions: Array<AssistanceRequestStatus>, outcome: { result: AssistanceOutcomeResult, note: string | null, link: string | null, resolvedAt: string, personalDataHidden: AccessRestriction | null } | null, rating: { score: number, comment: string | null, ratedAt: string, personalDataHidden: AccessRestriction | null } | null, timeline: Array<{ id: string, kind: AssistanceTimelineEntryKind, at: string, authorId: string, text: string | null, personalDataHidden: AccessRestriction | null, fromStatus: AssistanceRequestStatus | null, toStatus: AssistanceRequestStatus | null, assigneeId: string | null, referralId: string | null, attachmentId: string | null }>, referrals: Array<{ id: string, stateBody: string, referredOn: string, note: string | null, answer: string | null, answeredOn: string | null, createdAt: string, personalDataHidden: AccessRestriction | null }>, attachments: Array<{ id: string, fileName: string | null, mimeType: string, sizeBytes: number, createdAt: string, createdBy: string, personalDataHidden: AccessRestriction | null }> } };

export type AddAssistanceRequestAttachmentMutationVariables = Exact<{
  input: AddAssistanceRequestAttachmentInput;
}>;


export type AddAssistanceRequestAttachmentMutation = { addAssistanceRequestAttachment: { id: string, type: AssistanceType, subtype: AssistanceSubtype, status: AssistanceRequestStatus, description: string | null, personalDataHidden: AccessRestriction | null, createdAt: string, createdBy: string, updatedAt: string, version: number, wishedForDate: string | null, assigneeId: string | null, dueAt: string | null, overdue: boolean, allowedTransitions: Array<AssistanceRequestStatus>, outcome: { result: AssistanceOutcomeResult, note: string | null, link: string | null, resolvedAt: string, personalDataHidden: AccessRestriction | null } | null, rating: { score: number, comment: string | null, ratedAt: string, personalDataHidden: AccessRestriction | null } | null, timeline: Array<{ id: string, kind: AssistanceTimelineEntryKind, at: string, authorId: string, text: string | null, personalDataHidden: AccessRestriction | null, fromStatus: AssistanceRequestStatus | null, toStatus: AssistanceRequestStatus | null, assigneeId: string | null, referralId: string | null, attachmentId: string | null }>, referrals: Array<{ id: string, stateBody: string, referredOn: string, note: string | null, answer: string | null, answeredOn: string | null, createdAt: string, personalDataHidden: AccessRestriction | null }>, attachments: Array<{ id: string, fileName: string | null, mimeType: string, sizeBytes: number, createdAt: string, createdBy: string, personalDataHidden: AccessRestriction | null }> } };

export type AssistanceBoardQueryVariables = Exact<{
  filter?: AssistanceRequestFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AssistanceBoardQuery = { assistanceRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: AssistanceType, subtype: AssistanceSubtype, status: AssistanceRequestStatus, description: string | null, personalDataHidden: AccessRestriction | null, createdAt: string, dueAt: string | null, overdue: boolean, assigneeId: string | null, organization: { id: string, name: string } | null, region: { code: string, name: { kk: string, ru: string, en: string } } | null } }> } };

export type StaffAccountsQueryVariables = Exact<{
  filter?: StaffAccountFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StaffAccountsQuery = { staffAccounts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, email: string, name: string, role: StaffRole, active: boolean, createdAt: string, lastLoginAt: string | null, region: { code: string, name: { kk: string, ru: string, en: string } } | null } }> } };

export type CreateStaffAccountMutationVariables = Exact<{
  input: CreateStaffAccountInput;
}>;


export type CreateStaffAccountMutation = { createStaffAccount: { id: string, email: string, name: string, role: StaffRole, active: boolean } };

export type DeactivateStaffAccountMutationVariables = Exact<{
  id: string | number;
}>;


export type DeactivateStaffAccountMutation = { deactivateStaffAccount: { id: string, active: boolean } };

export type TrainingsQueryVariables = Exact<{
  filter?: TrainingFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TrainingsQuery = { trainings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, topic: string, audience: TrainingAudience, startsAt: string, endsAt: string, venue: string, capacity: number, status: TrainingStatus, registeredSeats: number, seatsLeft: number, waitlistedCount: number, region: { code: string, name: { kk: string, ru: string, en: string } } | null } }> } };

export type TrainingPageQueryVariables = Exact<{
  id: string | number;
}>;


export type TrainingPageQuery = { training: { id: string, topic: string, description: string | null, audience: TrainingAudience, startsAt: string, endsAt: string, venue: string, capacity: number, status: TrainingStatus, cancellationReason: string | null, version: number, registeredSeats: number, seatsLeft: number, waitlistedCount: number, region: { code: string, name: { kk: string, ru: string, en: string } } | null, registrations: Array<{ id: string, participants: number, status: TrainingRegistrationStatus, waitlistPosition: number | null, attendance: TrainingAttendance | null, attendedParticipants: number | null, createdAt: string, version: number, organization: { id: string, name: string } | null }> } | null };

export type ScheduleTrainingMutationVariables = Exact<{
  input: ScheduleTrainingInput;
}>;


export type ScheduleTrainingMutation = { scheduleTraining: { id: string, topic: string } };

export type RegisterForTrainingMutationVariables = Exact<{
  input: RegisterForTrainingInput;
}>;


export type RegisterForTrainingMutation = { registerForTraining: { id: string, status: TrainingRegistrationStatus, waitlistPosition: number | null } };

export type CancelTrainingRegistrationMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type CancelTrainingRegistrationMutation = { cancelTrainingRegistration: { id: string, status: TrainingRegistrationStatus, version: number } };

export type MarkTrainingAttendanceMutationVariables = Exact<{
  input: MarkTrainingAttendanceInput;
}>;


export type MarkTrainingAttendanceMutation = { markTrainingAttendance: { id: string, attendance: TrainingAttendance | null, attendedParticipants: number | null, version: number } };

export type OrganizationOptionsQueryVariables = Exact<{
  filter?: OrganizationFilter | null | undefined;
}>;


export type OrganizationOptionsQuery = { organizations: { edges: Array<{ node: { id: string, name: string } }> } };

export type ExportFileFieldsFragment = { fileName: string, contentType: string, contentBase64: string, byteSize: number };

export const PageInfoFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PageInfoFieldsFragment, unknown>;
export const SessionAccountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<SessionAccountFieldsFragment, unknown>;
export const FigureRegionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FigureRegionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<FigureRegionFieldsFragment, unknown>;
export const InsightRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsightRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsightRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<InsightRowFieldsFragment, unknown>;
export const AnnouncementFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnouncementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Announcement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCodes"}},{"kind":"Field","name":{"kind":"Name","value":"districtCodes"}},{"kind":"Field","name":{"kind":"Name","value":"directions"}},{"kind":"Field","name":{"kind":"Name","value":"organizationKinds"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatuses"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"unsubscribed"}},{"kind":"Field","name":{"kind":"Name","value":"staffNotified"}}]}}]}}]} as unknown as DocumentNode<AnnouncementFieldsFragment, unknown>;
export const ApiKeyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<ApiKeyFieldsFragment, unknown>;
export const ReportingCountsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingCountsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"drafts"}},{"kind":"Field","name":{"kind":"Name","value":"notStarted"}}]}}]} as unknown as DocumentNode<ReportingCountsFieldsFragment, unknown>;
export const FeedbackMessageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedbackMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}}]}}]} as unknown as DocumentNode<FeedbackMessageFieldsFragment, unknown>;
export const FeedbackThreadSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedbackThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedBy"}}]}}]} as unknown as DocumentNode<FeedbackThreadSummaryFragment, unknown>;
export const GuideFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuideFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Guide"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subtypes"}},{"kind":"Field","name":{"kind":"Name","value":"directions"}},{"kind":"Field","name":{"kind":"Name","value":"ownerRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<GuideFieldsFragment, unknown>;
export const JointEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JointEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"directions"}},{"kind":"Field","name":{"kind":"Name","value":"agreed"}},{"kind":"Field","name":{"kind":"Name","value":"invitedCount"}},{"kind":"Field","name":{"kind":"Name","value":"attendedCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"invited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stateBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<JointEventFieldsFragment, unknown>;
export const NeedFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"firstNoticedOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"contactIds"}},{"kind":"Field","name":{"kind":"Name","value":"assistanceRequestIds"}},{"kind":"Field","name":{"kind":"Name","value":"trainingIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<NeedFieldsFragment, unknown>;
export const NotificationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"personal"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"previousAssigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assistanceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<NotificationFieldsFragment, unknown>;
export const ReportLabelFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportLabelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportLabel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]} as unknown as DocumentNode<ReportLabelFieldsFragment, unknown>;
export const ReportFormFieldFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFormFieldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFormField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"sectionKey"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"prefillSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentRule"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportLabelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportLabel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]} as unknown as DocumentNode<ReportFormFieldFieldsFragment, unknown>;
export const ReportFormFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"firstPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"regionCodes"}},{"kind":"Field","name":{"kind":"Name","value":"dueDays"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFormFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportLabelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportLabel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFormFieldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFormField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"sectionKey"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"prefillSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentRule"}}]}}]} as unknown as DocumentNode<ReportFormFieldsFragment, unknown>;
export const ReportRegionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportRegionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]} as unknown as DocumentNode<ReportRegionFieldsFragment, unknown>;
export const ReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"formId"}},{"kind":"Field","name":{"kind":"Name","value":"formVersion"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportRegionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"submissionCount"}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFormFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldKey"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"needIds"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"prefill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"fieldKey"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportLabelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportLabel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportRegionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFormFieldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFormField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"sectionKey"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"prefillSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentRule"}}]}}]} as unknown as DocumentNode<ReportFieldsFragment, unknown>;
export const AssistanceRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssistanceRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssistanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"wishedForDate"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stateBody"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}}]}}]} as unknown as DocumentNode<AssistanceRequestFieldsFragment, unknown>;
export const ExportFileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}}]}}]} as unknown as DocumentNode<ExportFileFieldsFragment, unknown>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionAccountFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionAccountFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionAccountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffAccount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}]}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const DevIdentityProbeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevIdentityProbe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<DevIdentityProbeQuery, DevIdentityProbeQueryVariables>;
export const RegionInsightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionInsights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InsightFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"measures"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InsightMeasure"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureRegionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"insights"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REGION"}]}},{"kind":"Argument","name":{"kind":"Name","value":"measures"},"value":{"kind":"Variable","name":{"kind":"Name","value":"measures"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsightRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"regionContext"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastReportNarrative"}},{"kind":"Field","name":{"kind":"Name","value":"lastReportPeriod"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FigureRegionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsightRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsightRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<RegionInsightsQuery, RegionInsightsQueryVariables>;
export const InsightBreakdownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InsightBreakdown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InsightFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"measures"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InsightMeasure"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InsightDimension"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insights"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"measures"},"value":{"kind":"Variable","name":{"kind":"Name","value":"measures"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsightRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsightRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InsightRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<InsightBreakdownQuery, InsightBreakdownQueryVariables>;
export const InsightSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InsightSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InsightFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"measures"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InsightMeasure"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"splitBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InsightDimension"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insightSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"measures"},"value":{"kind":"Variable","name":{"kind":"Name","value":"measures"}}},{"kind":"Argument","name":{"kind":"Name","value":"splitBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"splitBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InsightSeriesQuery, InsightSeriesQueryVariables>;
export const RegisterNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NeedFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"firstNoticedOn"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<RegisterNeedsQuery, RegisterNeedsQueryVariables>;
export const RegionDrillDownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionDrillDown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InsightFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"measures"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InsightMeasure"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insightDrillDown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"measures"},"value":{"kind":"Variable","name":{"kind":"Name","value":"measures"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionContext"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openNeedCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastReportNarrative"}},{"kind":"Field","name":{"kind":"Name","value":"lastReportPeriod"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionDrillDownQuery, RegionDrillDownQueryVariables>;
export const AnnouncementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Announcements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnouncementFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnouncementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Announcement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCodes"}},{"kind":"Field","name":{"kind":"Name","value":"districtCodes"}},{"kind":"Field","name":{"kind":"Name","value":"directions"}},{"kind":"Field","name":{"kind":"Name","value":"organizationKinds"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatuses"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"unsubscribed"}},{"kind":"Field","name":{"kind":"Name","value":"staffNotified"}}]}}]}}]} as unknown as DocumentNode<AnnouncementsQuery, AnnouncementsQueryVariables>;
export const AnnouncementAudienceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnouncementAudience"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"target"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnnouncementTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcementAudience"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"target"},"value":{"kind":"Variable","name":{"kind":"Name","value":"target"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"reachableOrganizations"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"unsubscribed"}},{"kind":"Field","name":{"kind":"Name","value":"staff"}}]}}]}}]} as unknown as DocumentNode<AnnouncementAudienceQuery, AnnouncementAudienceQueryVariables>;
export const CreateAnnouncementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAnnouncement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAnnouncementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAnnouncement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnouncementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnouncementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Announcement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCodes"}},{"kind":"Field","name":{"kind":"Name","value":"districtCodes"}},{"kind":"Field","name":{"kind":"Name","value":"directions"}},{"kind":"Field","name":{"kind":"Name","value":"organizationKinds"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatuses"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"unsubscribed"}},{"kind":"Field","name":{"kind":"Name","value":"staffNotified"}}]}}]}}]} as unknown as DocumentNode<CreateAnnouncementMutation, CreateAnnouncementMutationVariables>;
export const SendAnnouncementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendAnnouncement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendAnnouncement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnouncementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnouncementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Announcement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCodes"}},{"kind":"Field","name":{"kind":"Name","value":"districtCodes"}},{"kind":"Field","name":{"kind":"Name","value":"directions"}},{"kind":"Field","name":{"kind":"Name","value":"organizationKinds"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatuses"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"unsubscribed"}},{"kind":"Field","name":{"kind":"Name","value":"staffNotified"}}]}}]}}]} as unknown as DocumentNode<SendAnnouncementMutation, SendAnnouncementMutationVariables>;
export const CancelAnnouncementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelAnnouncement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAnnouncement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnouncementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnouncementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Announcement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"ownerRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCodes"}},{"kind":"Field","name":{"kind":"Name","value":"districtCodes"}},{"kind":"Field","name":{"kind":"Name","value":"directions"}},{"kind":"Field","name":{"kind":"Name","value":"organizationKinds"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatuses"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"unsubscribed"}},{"kind":"Field","name":{"kind":"Name","value":"staffNotified"}}]}}]}}]} as unknown as DocumentNode<CancelAnnouncementMutation, CancelAnnouncementMutationVariables>;
export const UnsubscribeFromAnnouncementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnsubscribeFromAnnouncements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unsubscribeFromAnnouncements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}]}}]} as unknown as DocumentNode<UnsubscribeFromAnnouncementsMutation, UnsubscribeFromAnnouncementsMutationVariables>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"operationName"}},{"kind":"Field","name":{"kind":"Name","value":"targetIds"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const BookableResourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BookableResources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookableResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<BookableResourcesQuery, BookableResourcesQueryVariables>;
export const BookingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Bookings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BookingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<BookingsQuery, BookingsQueryVariables>;
export const BookResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<BookResourceMutation, BookResourceMutationVariables>;
export const CancelBookingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelBooking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CancelBookingMutation, CancelBookingMutationVariables>;
export const AddBookableResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddBookableResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddBookableResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addBookableResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<AddBookableResourceMutation, AddBookableResourceMutationVariables>;
export const ExportCompletenessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportCompleteness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"formId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TableExportFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportLanguage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportCompleteness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"formId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"formId"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}}]}}]} as unknown as DocumentNode<ExportCompletenessQuery, ExportCompletenessQueryVariables>;
export const ReportingCompletenessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingCompleteness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"formId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periods"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingCompleteness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"formId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"formId"}}},{"kind":"Argument","name":{"kind":"Name","value":"periods"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periods"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingCountsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportRegionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingCountsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reportId"}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportRegionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingCountsFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportLabelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportLabel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingCountsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"drafts"}},{"kind":"Field","name":{"kind":"Name","value":"notStarted"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportRegionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]} as unknown as DocumentNode<ReportingCompletenessQuery, ReportingCompletenessQueryVariables>;
export const StateBodiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StateBodies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StateBodyFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stateBodies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"made"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"medianResponseDays"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<StateBodiesQuery, StateBodiesQueryVariables>;
export const SponsorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Sponsors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SponsorFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sponsors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"directions"}},{"kind":"Field","name":{"kind":"Name","value":"writesRecommendationLetters"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<SponsorsQuery, SponsorsQueryVariables>;
export const StateBodyOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StateBodyOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stateBodies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StateBodyOptionsQuery, StateBodyOptionsQueryVariables>;
export const EmailDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmailDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EmailDeliveryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"responseCode"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<EmailDeliveriesQuery, EmailDeliveriesQueryVariables>;
export const UnreadFeedbackCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadFeedbackCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadFeedbackCount"}}]}}]} as unknown as DocumentNode<UnreadFeedbackCountQuery, UnreadFeedbackCountQueryVariables>;
export const FeedbackThreadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedbackThreads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackThreadFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackThreads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<FeedbackThreadsQuery, FeedbackThreadsQueryVariables>;
export const FeedbackThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedbackThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedBy"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedbackMessageFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedbackMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}}]}}]} as unknown as DocumentNode<FeedbackThreadQuery, FeedbackThreadQueryVariables>;
export const FeedbackAttachmentContentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedbackAttachmentContent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FeedbackAttachmentContentQuery, FeedbackAttachmentContentQueryVariables>;
export const StartFeedbackThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartFeedbackThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartFeedbackThreadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startFeedbackThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedbackThreadSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedbackThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedBy"}}]}}]} as unknown as DocumentNode<StartFeedbackThreadMutation, StartFeedbackThreadMutationVariables>;
export const PostFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedbackThreadSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedbackThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedBy"}}]}}]} as unknown as DocumentNode<PostFeedbackMutation, PostFeedbackMutationVariables>;
export const CloseFeedbackThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseFeedbackThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeFeedbackThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedbackThreadSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedbackThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedBy"}}]}}]} as unknown as DocumentNode<CloseFeedbackThreadMutation, CloseFeedbackThreadMutationVariables>;
export const ReopenFeedbackThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenFeedbackThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenFeedbackThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedbackThreadSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedbackThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedBy"}}]}}]} as unknown as DocumentNode<ReopenFeedbackThreadMutation, ReopenFeedbackThreadMutationVariables>;
export const MarkFeedbackThreadReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkFeedbackThreadRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markFeedbackThreadRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedbackThreadSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedbackThreadSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackThread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"messageCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedBy"}}]}}]} as unknown as DocumentNode<MarkFeedbackThreadReadMutation, MarkFeedbackThreadReadMutationVariables>;
export const GuidesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Guides"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GuideFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guides"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuideFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuideFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Guide"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subtypes"}},{"kind":"Field","name":{"kind":"Name","value":"directions"}},{"kind":"Field","name":{"kind":"Name","value":"ownerRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<GuidesQuery, GuidesQueryVariables>;
export const GuideVersionContentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GuideVersionContent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guide"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]}}]} as unknown as DocumentNode<GuideVersionContentQuery, GuideVersionContentQueryVariables>;
export const CreateGuideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGuide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGuideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGuide"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuideFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuideFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Guide"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subtypes"}},{"kind":"Field","name":{"kind":"Name","value":"directions"}},{"kind":"Field","name":{"kind":"Name","value":"ownerRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CreateGuideMutation, CreateGuideMutationVariables>;
export const AddGuideVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddGuideVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddGuideVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addGuideVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuideFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuideFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Guide"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subtypes"}},{"kind":"Field","name":{"kind":"Name","value":"directions"}},{"kind":"Field","name":{"kind":"Name","value":"ownerRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<AddGuideVersionMutation, AddGuideVersionMutationVariables>;
export const RequestGuidesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestGuides"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistanceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuideFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suggestedGuides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuideFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuideFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Guide"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subtypes"}},{"kind":"Field","name":{"kind":"Name","value":"directions"}},{"kind":"Field","name":{"kind":"Name","value":"ownerRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<RequestGuidesQuery, RequestGuidesQueryVariables>;
export const AttachGuideToRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachGuideToRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestGuideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachGuideToRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"guides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuideFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuideFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Guide"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subtypes"}},{"kind":"Field","name":{"kind":"Name","value":"directions"}},{"kind":"Field","name":{"kind":"Name","value":"ownerRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<AttachGuideToRequestMutation, AttachGuideToRequestMutationVariables>;
export const DetachGuideFromRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DetachGuideFromRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestGuideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detachGuideFromRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"guides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuideFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuideFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Guide"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subtypes"}},{"kind":"Field","name":{"kind":"Name","value":"directions"}},{"kind":"Field","name":{"kind":"Name","value":"ownerRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<DetachGuideFromRequestMutation, DetachGuideFromRequestMutationVariables>;
export const AnnouncementGuidesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnouncementGuides"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announcement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"guides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuideFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuideFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Guide"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subtypes"}},{"kind":"Field","name":{"kind":"Name","value":"directions"}},{"kind":"Field","name":{"kind":"Name","value":"ownerRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<AnnouncementGuidesQuery, AnnouncementGuidesQueryVariables>;
export const GuideChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GuideChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guides"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GuideChoicesQuery, GuideChoicesQueryVariables>;
export const SetAnnouncementGuidesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAnnouncementGuides"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"guideIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAnnouncementGuides"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"guideIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"guideIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"guides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuideFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuideFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Guide"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subtypes"}},{"kind":"Field","name":{"kind":"Name","value":"directions"}},{"kind":"Field","name":{"kind":"Name","value":"ownerRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"latestVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<SetAnnouncementGuidesMutation, SetAnnouncementGuidesMutationVariables>;
export const JointEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JointEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JointEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jointEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JointEventFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JointEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"directions"}},{"kind":"Field","name":{"kind":"Name","value":"agreed"}},{"kind":"Field","name":{"kind":"Name","value":"invitedCount"}},{"kind":"Field","name":{"kind":"Name","value":"attendedCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"invited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stateBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<JointEventsQuery, JointEventsQueryVariables>;
export const CreateJointEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateJointEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateJointEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createJointEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JointEventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JointEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"directions"}},{"kind":"Field","name":{"kind":"Name","value":"agreed"}},{"kind":"Field","name":{"kind":"Name","value":"invitedCount"}},{"kind":"Field","name":{"kind":"Name","value":"attendedCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"invited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stateBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<CreateJointEventMutation, CreateJointEventMutationVariables>;
export const UpdateJointEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateJointEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateJointEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateJointEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JointEventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JointEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"directions"}},{"kind":"Field","name":{"kind":"Name","value":"agreed"}},{"kind":"Field","name":{"kind":"Name","value":"invitedCount"}},{"kind":"Field","name":{"kind":"Name","value":"attendedCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"invited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stateBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<UpdateJointEventMutation, UpdateJointEventMutationVariables>;
export const JointEventInviteOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JointEventInviteOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stateBodies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sponsors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"NAME"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<JointEventInviteOptionsQuery, JointEventInviteOptionsQueryVariables>;
export const JointEventFollowUpOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JointEventFollowUpOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistanceRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"firstNoticedOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<JointEventFollowUpOptionsQuery, JointEventFollowUpOptionsQueryVariables>;
export const AddJointEventFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddJointEventFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddJointEventFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addJointEventFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JointEventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JointEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JointEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"directions"}},{"kind":"Field","name":{"kind":"Name","value":"agreed"}},{"kind":"Field","name":{"kind":"Name","value":"invitedCount"}},{"kind":"Field","name":{"kind":"Name","value":"attendedCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"invited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stateBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sponsor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<AddJointEventFollowUpMutation, AddJointEventFollowUpMutationVariables>;
export const ExportNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TableExportFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NeedFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportLanguage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}}]}}]} as unknown as DocumentNode<ExportNeedsQuery, ExportNeedsQueryVariables>;
export const NeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Needs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NeedFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"firstNoticedOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<NeedsQuery, NeedsQueryVariables>;
export const NeedPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"firstNoticedOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"contactIds"}},{"kind":"Field","name":{"kind":"Name","value":"assistanceRequestIds"}},{"kind":"Field","name":{"kind":"Name","value":"trainingIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<NeedPageQuery, NeedPageQueryVariables>;
export const NeedEvidenceNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedEvidenceNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assistanceRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NeedEvidenceNamesQuery, NeedEvidenceNamesQueryVariables>;
export const RecordNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"firstNoticedOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"contactIds"}},{"kind":"Field","name":{"kind":"Name","value":"assistanceRequestIds"}},{"kind":"Field","name":{"kind":"Name","value":"trainingIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<RecordNeedMutation, RecordNeedMutationVariables>;
export const ChangeNeedStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeNeedStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeNeedStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeNeedStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"firstNoticedOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"contactIds"}},{"kind":"Field","name":{"kind":"Name","value":"assistanceRequestIds"}},{"kind":"Field","name":{"kind":"Name","value":"trainingIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ChangeNeedStatusMutation, ChangeNeedStatusMutationVariables>;
export const CommentOnNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommentOnNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommentOnNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentOnNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"firstNoticedOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"contactIds"}},{"kind":"Field","name":{"kind":"Name","value":"assistanceRequestIds"}},{"kind":"Field","name":{"kind":"Name","value":"trainingIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CommentOnNeedMutation, CommentOnNeedMutationVariables>;
export const NeedEvidenceOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedEvidenceOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"NAME"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assistanceRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NeedEvidenceOptionsQuery, NeedEvidenceOptionsQueryVariables>;
export const UpdateNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Need"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"firstNoticedOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"contactIds"}},{"kind":"Field","name":{"kind":"Name","value":"assistanceRequestIds"}},{"kind":"Field","name":{"kind":"Name","value":"trainingIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<UpdateNeedMutation, UpdateNeedMutationVariables>;
export const NotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}}]}}]} as unknown as DocumentNode<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const UpdateNotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNotificationPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"preferences"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferenceInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNotificationPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"preferences"},"value":{"kind":"Variable","name":{"kind":"Name","value":"preferences"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}}]}}]} as unknown as DocumentNode<UpdateNotificationPreferencesMutation, UpdateNotificationPreferencesMutationVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"personal"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"previousAssigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assistanceRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const MarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}]}]}}]} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const ArchiveNotificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]}}]} as unknown as DocumentNode<ArchiveNotificationMutation, ArchiveNotificationMutationVariables>;
export const UnreadNotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const CreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"directions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const UpdateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKk"}},{"kind":"Field","name":{"kind":"Name","value":"nameRu"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"bin"}},{"kind":"Field","name":{"kind":"Name","value":"qazvolunteerId"}},{"kind":"Field","name":{"kind":"Name","value":"directions"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"modes"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"contactPeople"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"socialLinks"}},{"kind":"Field","name":{"kind":"Name","value":"emailConsent"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"volunteerCount"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const EditOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKk"}},{"kind":"Field","name":{"kind":"Name","value":"nameRu"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"bin"}},{"kind":"Field","name":{"kind":"Name","value":"qazvolunteerId"}},{"kind":"Field","name":{"kind":"Name","value":"directions"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"modes"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"contactPeople"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"socialLinks"}},{"kind":"Field","name":{"kind":"Name","value":"emailConsent"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"volunteerCount"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EditOrganizationQuery, EditOrganizationQueryVariables>;
export const ImportOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportOrganizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importOrganizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"existingId"}}]}}]}}]}}]} as unknown as DocumentNode<ImportOrganizationsMutation, ImportOrganizationsMutationVariables>;
export const CooperationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cooperation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperationMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"otherOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"introducedOn"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"introductions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"introducedOn"}},{"kind":"Field","name":{"kind":"Name","value":"introducedBy"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"otherOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CooperationQuery, CooperationQueryVariables>;
export const RecordIntroductionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordIntroduction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordIntroductionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordIntroduction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"introducedOn"}}]}}]}}]} as unknown as DocumentNode<RecordIntroductionMutation, RecordIntroductionMutationVariables>;
export const OrganizationPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestsFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestsAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactsFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactsAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKk"}},{"kind":"Field","name":{"kind":"Name","value":"nameRu"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"bin"}},{"kind":"Field","name":{"kind":"Name","value":"qazvolunteerId"}},{"kind":"Field","name":{"kind":"Name","value":"directions"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"modes"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"contactPeople"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"socialLinks"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"volunteerCount"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reverificationDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"checkedBy"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceHidden"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"statusBefore"}},{"kind":"Field","name":{"kind":"Name","value":"statusAfter"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactsHidden"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactsFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactsAfter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"staffUserId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"toldAboutOffer"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"possibleDuplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"similarity"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"bin"}},{"kind":"Field","name":{"kind":"Name","value":"qazvolunteerId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assistanceRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestsFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestsAfter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bookings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"training"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<OrganizationPageQuery, OrganizationPageQueryVariables>;
export const SubmitAssistanceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitAssistanceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitAssistanceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitAssistanceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<SubmitAssistanceRequestMutation, SubmitAssistanceRequestMutationVariables>;
export const LogContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"staffUserId"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"toldAboutOffer"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LogContactMutation, LogContactMutationVariables>;
export const RecordVerificationCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordVerificationCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordVerificationCheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordVerificationCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<RecordVerificationCheckMutation, RecordVerificationCheckMutationVariables>;
export const UpdateVerificationCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateVerificationCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateVerificationCheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVerificationCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<UpdateVerificationCheckMutation, UpdateVerificationCheckMutationVariables>;
export const DecideVerificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideVerification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideVerificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideVerification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DecideVerificationMutation, DecideVerificationMutationVariables>;
export const EvidenceContentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceContent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceContentQuery, EvidenceContentQueryVariables>;
export const MergeOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeOrganizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeOrganizationsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeOrganizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<MergeOrganizationsMutation, MergeOrganizationsMutationVariables>;
export const OrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKk"}},{"kind":"Field","name":{"kind":"Name","value":"nameRu"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"directions"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<OrganizationsQuery, OrganizationsQueryVariables>;
export const OrganizationFacetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationFacets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withoutRegion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"byRegion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withoutDistrict"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"byDistrict"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withoutKind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"byKind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withoutDirection"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"byDirection"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withoutCategory"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"byCategory"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withoutMode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"byMode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withoutStatus"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"byStatus"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withoutVerification"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"byVerification"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withoutContact"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"byContact"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"all"},"name":{"kind":"Name","value":"organizationFacets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"directions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verificationStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"regionFacets"},"name":{"kind":"Name","value":"organizationFacets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withoutRegion"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"byRegion"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"districtFacets"},"name":{"kind":"Name","value":"organizationFacets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withoutDistrict"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"byDistrict"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"kindFacets"},"name":{"kind":"Name","value":"organizationFacets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withoutKind"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"byKind"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"directionFacets"},"name":{"kind":"Name","value":"organizationFacets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withoutDirection"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"byDirection"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"directions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"categoryFacets"},"name":{"kind":"Name","value":"organizationFacets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withoutCategory"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"byCategory"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"modeFacets"},"name":{"kind":"Name","value":"organizationFacets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withoutMode"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"byMode"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"statusFacets"},"name":{"kind":"Name","value":"organizationFacets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withoutStatus"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"byStatus"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"verificationFacets"},"name":{"kind":"Name","value":"organizationFacets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withoutVerification"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"byVerification"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verificationStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"contactFacets"},"name":{"kind":"Name","value":"organizationFacets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withoutContact"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"byContact"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationFacetsQuery, OrganizationFacetsQueryVariables>;
export const ExportRegionFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportRegionFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InsightFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"measures"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InsightMeasure"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TableExportFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportLanguage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportInsights"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REGION"}]}},{"kind":"Argument","name":{"kind":"Name","value":"measures"},"value":{"kind":"Variable","name":{"kind":"Name","value":"measures"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}}]}}]} as unknown as DocumentNode<ExportRegionFiguresQuery, ExportRegionFiguresQueryVariables>;
export const ExportNationalSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportNationalSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportLanguage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportSummaryPdf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}}]}}]} as unknown as DocumentNode<ExportNationalSummaryQuery, ExportNationalSummaryQueryVariables>;
export const NationalOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NationalOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nationalOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationCount"}},{"kind":"Field","name":{"kind":"Name","value":"openRequestCount"}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationCount"}},{"kind":"Field","name":{"kind":"Name","value":"openRequestCount"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NationalOverviewQuery, NationalOverviewQueryVariables>;
export const OrganizationPortalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationPortal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationPortal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkId"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"profileProposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"canRate"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationPortalQuery, OrganizationPortalQueryVariables>;
export const PortalSubmitRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalSubmitRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PortalSubmitRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationPortalSubmitRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PortalSubmitRequestMutation, PortalSubmitRequestMutationVariables>;
export const PortalRateRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalRateRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateAssistanceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationPortalRateRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PortalRateRequestMutation, PortalRateRequestMutationVariables>;
export const PortalProposeProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalProposeProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeProfileChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationPortalProposeProfileChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PortalProposeProfileMutation, PortalProposeProfileMutationVariables>;
export const PortalUnsubscribeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalUnsubscribe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationPortalUnsubscribe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"revokedLinks"}}]}}]}}]} as unknown as DocumentNode<PortalUnsubscribeMutation, PortalUnsubscribeMutationVariables>;
export const GrantProgrammesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantProgrammes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantProgrammeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantProgrammes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funderName"}},{"kind":"Field","name":{"kind":"Name","value":"directions"}},{"kind":"Field","name":{"kind":"Name","value":"actorKinds"}},{"kind":"Field","name":{"kind":"Name","value":"regionCodes"}},{"kind":"Field","name":{"kind":"Name","value":"ownerRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"amountMin"}},{"kind":"Field","name":{"kind":"Name","value":"amountMax"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"announcedAt"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<GrantProgrammesQuery, GrantProgrammesQueryVariables>;
export const AnnounceGrantProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnnounceGrantProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnnounceGrantProgrammeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"announceGrantProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"announcedAt"}}]}}]}}]} as unknown as DocumentNode<AnnounceGrantProgrammeMutation, AnnounceGrantProgrammeMutationVariables>;
export const CreateGrantProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGrantProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGrantProgrammeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGrantProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateGrantProgrammeMutation, CreateGrantProgrammeMutationVariables>;
export const PublicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Publications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PublicationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalReach"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"directions"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PublicationsQuery, PublicationsQueryVariables>;
export const CreatePublicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePublication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePublicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPublication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreatePublicationMutation, CreatePublicationMutationVariables>;
export const UpdatePublicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePublication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePublicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePublication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"reach"}},{"kind":"Field","name":{"kind":"Name","value":"directions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdatePublicationMutation, UpdatePublicationMutationVariables>;
export const RegionOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionOptionsQuery, RegionOptionsQueryVariables>;
export const StaffDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffAccountFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffDirectoryQuery, StaffDirectoryQueryVariables>;
export const RegionOutreachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionOutreach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outreach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"regions"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"region"}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizationCount"}},{"kind":"Field","name":{"kind":"Name","value":"toldCount"}},{"kind":"Field","name":{"kind":"Name","value":"toldShare"}},{"kind":"Field","name":{"kind":"Name","value":"toldInPeriodCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastToldOn"}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizationCount"}},{"kind":"Field","name":{"kind":"Name","value":"toldCount"}},{"kind":"Field","name":{"kind":"Name","value":"toldShare"}},{"kind":"Field","name":{"kind":"Name","value":"lastToldOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"organizationCount"}},{"kind":"Field","name":{"kind":"Name","value":"toldCount"}},{"kind":"Field","name":{"kind":"Name","value":"toldShare"}},{"kind":"Field","name":{"kind":"Name","value":"newlyToldCount"}}]}}]}}]}}]} as unknown as DocumentNode<RegionOutreachQuery, RegionOutreachQueryVariables>;
export const RegionPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtCount"}},{"kind":"Field","name":{"kind":"Name","value":"coveredDistrictCount"}},{"kind":"Field","name":{"kind":"Name","value":"staleDistrictCount"}},{"kind":"Field","name":{"kind":"Name","value":"neverContactedDistrictCount"}},{"kind":"Field","name":{"kind":"Name","value":"windowMonths"}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"lastContactAt"}},{"kind":"Field","name":{"kind":"Name","value":"contactCount"}},{"kind":"Field","name":{"kind":"Name","value":"organizationCount"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionPageQuery, RegionPageQueryVariables>;
export const RegionsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionsPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"isoCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtCount"}},{"kind":"Field","name":{"kind":"Name","value":"coveredDistrictCount"}}]}}]}}]}}]} as unknown as DocumentNode<RegionsPageQuery, RegionsPageQueryVariables>;
export const ReportFormsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportForms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFormFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportForms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"firstPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"regionCodes"}},{"kind":"Field","name":{"kind":"Name","value":"dueDays"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportLabelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportLabel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]} as unknown as DocumentNode<ReportFormsQuery, ReportFormsQueryVariables>;
export const ReportFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFormFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportLabelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportLabel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFormFieldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFormField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"sectionKey"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"prefillSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentRule"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"firstPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"regionCodes"}},{"kind":"Field","name":{"kind":"Name","value":"dueDays"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFormFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]}}]} as unknown as DocumentNode<ReportFormQuery, ReportFormQueryVariables>;
export const ReportPrefillSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportPrefillSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportPrefillSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportLabelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportLabel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]} as unknown as DocumentNode<ReportPrefillSourcesQuery, ReportPrefillSourcesQueryVariables>;
export const CreateReportFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReportForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReportFormInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReportForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFormFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportLabelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportLabel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFormFieldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFormField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"sectionKey"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"prefillSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentRule"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"firstPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"regionCodes"}},{"kind":"Field","name":{"kind":"Name","value":"dueDays"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFormFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]}}]} as unknown as DocumentNode<CreateReportFormMutation, CreateReportFormMutationVariables>;
export const UpdateReportFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateReportForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateReportFormInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReportForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFormFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportLabelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportLabel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFormFieldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFormField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"sectionKey"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"prefillSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentRule"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFormFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"firstPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"regionCodes"}},{"kind":"Field","name":{"kind":"Name","value":"dueDays"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFormFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]}}]} as unknown as DocumentNode<UpdateReportFormMutation, UpdateReportFormMutationVariables>;
export const ExportReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportExportFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportLanguage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}},{"kind":"Field","name":{"kind":"Name","value":"byteSize"}}]}}]} as unknown as DocumentNode<ExportReportQuery, ExportReportQueryVariables>;
export const ReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Reports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"formId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportRegionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportRegionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportLabelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportLabel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]} as unknown as DocumentNode<ReportsQuery, ReportsQueryVariables>;
export const ReportPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportRegionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportLabelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportLabel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFormFieldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFormField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"sectionKey"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"prefillSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentRule"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"formId"}},{"kind":"Field","name":{"kind":"Name","value":"formVersion"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportRegionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"submissionCount"}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFormFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldKey"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"needIds"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"prefill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"fieldKey"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ReportPageQuery, ReportPageQueryVariables>;
export const ReportNeedOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportNeedOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"firstNoticedOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportNeedOptionsQuery, ReportNeedOptionsQueryVariables>;
export const OpenReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportRegionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportLabelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportLabel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFormFieldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFormField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"sectionKey"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"prefillSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentRule"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"formId"}},{"kind":"Field","name":{"kind":"Name","value":"formVersion"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportRegionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"submissionCount"}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFormFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldKey"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"needIds"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"prefill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"fieldKey"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<OpenReportMutation, OpenReportMutationVariables>;
export const SaveReportDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveReportDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveReportDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveReportDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportRegionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportLabelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportLabel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFormFieldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFormField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"sectionKey"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"prefillSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentRule"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"formId"}},{"kind":"Field","name":{"kind":"Name","value":"formVersion"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportRegionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"submissionCount"}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFormFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldKey"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"needIds"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"prefill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"fieldKey"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<SaveReportDraftMutation, SaveReportDraftMutationVariables>;
export const SubmitReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportRegionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportLabelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportLabel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFormFieldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFormField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"sectionKey"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"prefillSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentRule"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"formId"}},{"kind":"Field","name":{"kind":"Name","value":"formVersion"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportRegionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"submissionCount"}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFormFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldKey"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"needIds"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"prefill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"fieldKey"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<SubmitReportMutation, SubmitReportMutationVariables>;
export const ReturnReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportRegionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportLabelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportLabel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFormFieldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFormField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"sectionKey"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"prefillSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentRule"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"formId"}},{"kind":"Field","name":{"kind":"Name","value":"formVersion"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportRegionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"submissionCount"}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFormFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldKey"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"needIds"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"prefill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"fieldKey"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ReturnReportMutation, ReturnReportMutationVariables>;
export const AcceptReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportRegionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportLabelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportLabel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFormFieldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFormField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"sectionKey"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"prefillSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentRule"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"formId"}},{"kind":"Field","name":{"kind":"Name","value":"formVersion"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportRegionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"submissionCount"}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFormFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldKey"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"needIds"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"prefill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"fieldKey"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<AcceptReportMutation, AcceptReportMutationVariables>;
export const ReopenReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportRegionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportLabelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportLabel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFormFieldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFormField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"sectionKey"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"prefillSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentRule"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"formId"}},{"kind":"Field","name":{"kind":"Name","value":"formVersion"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportRegionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"submissionCount"}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFormFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldKey"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"needIds"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"prefill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"fieldKey"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ReopenReportMutation, ReopenReportMutationVariables>;
export const PostReportCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostReportComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostReportCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postReportComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportRegionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportLabelFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportLabel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFormFieldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFormField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"sectionKey"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"help"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"integer"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"prefillSource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commentRule"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"formId"}},{"kind":"Field","name":{"kind":"Name","value":"formVersion"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportRegionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"submissionCount"}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFormFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldKey"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"needIds"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"prefill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportLabelFields"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"fieldKey"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<PostReportCommentMutation, PostReportCommentMutationVariables>;
export const AssistanceRequestPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssistanceRequestPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistanceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssistanceRequestFields"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssistanceRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssistanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"wishedForDate"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stateBody"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}}]}}]} as unknown as DocumentNode<AssistanceRequestPageQuery, AssistanceRequestPageQueryVariables>;
export const AttachmentContentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttachmentContent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistanceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}}]}}]}}]} as unknown as DocumentNode<AttachmentContentQuery, AttachmentContentQueryVariables>;
export const ChangeAssistanceRequestStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeAssistanceRequestStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeAssistanceRequestStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeAssistanceRequestStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssistanceRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssistanceRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssistanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"wishedForDate"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stateBody"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}}]}}]} as unknown as DocumentNode<ChangeAssistanceRequestStatusMutation, ChangeAssistanceRequestStatusMutationVariables>;
export const AssignAssistanceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignAssistanceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignAssistanceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignAssistanceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssistanceRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssistanceRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssistanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"wishedForDate"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stateBody"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}}]}}]} as unknown as DocumentNode<AssignAssistanceRequestMutation, AssignAssistanceRequestMutationVariables>;
export const CommentOnAssistanceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommentOnAssistanceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommentOnAssistanceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentOnAssistanceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssistanceRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssistanceRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssistanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"wishedForDate"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stateBody"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}}]}}]} as unknown as DocumentNode<CommentOnAssistanceRequestMutation, CommentOnAssistanceRequestMutationVariables>;
export const RecordStateBodyAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordStateBodyAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordStateBodyAnswerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordStateBodyAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssistanceRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssistanceRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssistanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"wishedForDate"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stateBody"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}}]}}]} as unknown as DocumentNode<RecordStateBodyAnswerMutation, RecordStateBodyAnswerMutationVariables>;
export const RateAssistanceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateAssistanceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateAssistanceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateAssistanceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssistanceRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssistanceRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssistanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"wishedForDate"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stateBody"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}}]}}]} as unknown as DocumentNode<RateAssistanceRequestMutation, RateAssistanceRequestMutationVariables>;
export const AddAssistanceRequestAttachmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAssistanceRequestAttachment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddAssistanceRequestAttachmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAssistanceRequestAttachment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssistanceRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssistanceRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssistanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"wishedForDate"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"ratedAt"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"referralId"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stateBody"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}}]}}]}}]} as unknown as DocumentNode<AddAssistanceRequestAttachmentMutation, AddAssistanceRequestAttachmentMutationVariables>;
export const AssistanceBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssistanceBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssistanceRequestFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistanceRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataHidden"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<AssistanceBoardQuery, AssistanceBoardQueryVariables>;
export const StaffAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffAccountFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<StaffAccountsQuery, StaffAccountsQueryVariables>;
export const CreateStaffAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStaffAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStaffAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStaffAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<CreateStaffAccountMutation, CreateStaffAccountMutationVariables>;
export const DeactivateStaffAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateStaffAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateStaffAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<DeactivateStaffAccountMutation, DeactivateStaffAccountMutationVariables>;
export const TrainingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Trainings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registeredSeats"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistedCount"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<TrainingsQuery, TrainingsQueryVariables>;
export const TrainingPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"training"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"registeredSeats"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistedCount"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kk"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"attendedParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingPageQuery, TrainingPageQueryVariables>;
export const ScheduleTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleTrainingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}}]}}]}}]} as unknown as DocumentNode<ScheduleTrainingMutation, ScheduleTrainingMutationVariables>;
export const RegisterForTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterForTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterForTrainingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerForTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}}]}}]} as unknown as DocumentNode<RegisterForTrainingMutation, RegisterForTrainingMutationVariables>;
export const CancelTrainingRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelTrainingRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelTrainingRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CancelTrainingRegistrationMutation, CancelTrainingRegistrationMutationVariables>;
export const MarkTrainingAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkTrainingAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkTrainingAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markTrainingAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"attendedParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<MarkTrainingAttendanceMutation, MarkTrainingAttendanceMutationVariables>;
export const OrganizationOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"NAME"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationOptionsQuery, OrganizationOptionsQueryVariables>;