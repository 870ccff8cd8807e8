import { ListSize } from '@birge/server-kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AnnouncementStatus, AnnouncementTopic, Direction, OrganizationKind, VerificationStatus } from './announcement-enums';

@ObjectType({ description: 'Who an announcement is for: organizations matching every non-empty list.' })
export class AnnouncementTarget {
  @ListSize(20)
  @Field(() => [String], { description: 'Regions (KATO codes); empty: every region.' })
  regionCodes: string[];

  @ListSize(300)
  @Field(() => [String], { description: 'Districts (KATO codes); empty: every district of the regions.' })
  districtCodes: string[];

  @ListSize(12)
  @Field(() => [Direction], { description: 'Directions; empty: any.' })
  directions: Direction[];

  @ListSize(3)
  @Field(() => [OrganizationKind], { description: 'Kinds of actor; empty: any.' })
  organizationKinds: OrganizationKind[];

  @ListSize(5)
  @Field(() => [VerificationStatus], { description: 'Verification statuses; empty: any.' })
  verificationStatuses: VerificationStatus[];
}

@ObjectType({
  description:
    'How many a target reaches. Counts only: the addresses themselves are never shown (personal data). Unsubscribed addresses and ' +
    'organizations that are not active are left out.',
})
export class AnnouncementAudience {
  @Field(() => Int, { description: 'Organizations matching the target.' })
  organizations: number;

  @Field(() => Int, { description: 'Of them, organizations with at least one address whose owner consented.' })
  reachableOrganizations: number;

  @Field(() => Int, { description: 'Distinct e-mail addresses the announcement would be sent to (consented, not unsubscribed).' })
  emails: number;

  @Field(() => Int, { description: 'Addresses left out because their owner unsubscribed.' })
  unsubscribed: number;

  @Field(() => Int, { description: 'Staff of the targeted regions told in the app.' })
  staff: number;
}

@ObjectType({ description: 'What became of an announcement’s emails, from the delivery log.' })
export class AnnouncementFigures {
  @Field(() => Int, { description: 'Addresses it was written to (0 before it is sent).' })
  audience: number;

  @Field(() => Int, { description: 'Emails the mail server accepted.' })
  sent: number;

  @Field(() => Int, { description: 'Emails that failed for good (see the delivery log for the reason).' })
  failed: number;

  @Field(() => Int, { description: 'Emails still queued or being tried again.' })
  pending: number;

  @Field(() => Int, { description: 'Recipients who unsubscribed from its link.' })
  unsubscribed: number;

  @Field(() => Int, { description: 'Staff told in the app.' })
  staffNotified: number;
}

@ObjectType({ description: 'An announcement of the front office to organizations (by e-mail, to consenting contacts) and to staff (in the app).' })
export class Announcement {
  @Field(() => ID, { description: 'Stable id of the announcement.' })
  id: string;

  @Field(() => AnnouncementTopic, { description: 'What it is about.' })
  topic: AnnouncementTopic;

  @Field({ description: 'kk, ru or en.' })
  language: string;

  @Field({ description: 'The subject of the mail (after the topic).' })
  title: string;

  @Field({ description: 'The text; blank lines separate paragraphs.' })
  body: string;

  @Field(() => String, { nullable: true, description: 'A link to read more or apply; null without one.' })
  link: string | null;

  @Field(() => AnnouncementTarget, { description: 'Who it is for.' })
  target: AnnouncementTarget;

  @Field(() => String, { nullable: true, description: 'The region whose office wrote it; null: the republican office.' })
  ownerRegionCode: string | null;

  @Field(() => AnnouncementStatus, { description: 'Draft, scheduled, sent or cancelled.' })
  status: AnnouncementStatus;

  @Field(() => Date, { nullable: true, description: 'When the scheduler sends it (SCHEDULED).' })
  scheduledAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was sent; null before.' })
  sentAt: Date | null;

  @Field(() => AnnouncementFigures, { description: 'Audience, sent, failed, unsubscribed.' })
  figures: AnnouncementFigures;

  @Field(() => Date, { description: 'When it was written.' })
  createdAt: Date;

  @Field(() => Date, { description: 'When it was last changed.' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Sent back with updateAnnouncement (optimistic locking).' })
  version: number;
}
