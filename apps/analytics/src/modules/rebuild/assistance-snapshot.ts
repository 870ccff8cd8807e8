import type { AssistanceTrainingChangedPayload } from '@birge/shared-reference';
import type { SourceApiClient } from './source-api.client';

/** A training as the training fact keeps it: what assistance.training-changed tells, without its time. */
export type TrainingRecord = Omit<AssistanceTrainingChangedPayload, 'changedAt'>;

/** A booking as the booking fact keeps it. */
export interface BookingRecord {
  bookingId: string;
  resourceId: string;
  resourceKind: string;
  organizationId: string;
  regionCode: string;
  startsAt: string;
  endsAt: string;
  status: string;
}

interface Page<T> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: T }[];
}
interface TrainingNode {
  id: string;
  startsAt: string;
  status: string;
  capacity: number;
  region: { code: string } | null;
  registrations: { status: string; participants: number; attendance: string | null; attendedParticipants: number | null }[];
}
interface BookingNode {
  id: string;
  startsAt: string;
  endsAt: string;
  status: string;
  organization: { id: string } | null;
  resource: { id: string; kind: string; region: { code: string } | null } | null;
}

async function pages<T>(source: SourceApiClient, field: string, document: string, onPage: (nodes: T[]) => Promise<void>): Promise<void> {
  for (let after: string | null = null, more = true; more;) {
    const data: Record<string, Page<T>> = await source.query<Record<string, Page<T>>>(document, { after });
    const page = data[field];
    await onPage(page.edges.map((e) => e.node));
    more = page.pageInfo.hasNextPage;
    after = page.pageInfo.endCursor;
  }
}

/** Every training, cancelled ones included, with what its places count (as assistance.training-changed tells it). */
export function readTrainingPages(assistance: SourceApiClient, onPage: (trainings: TrainingRecord[]) => Promise<void>): Promise<void> {
  return pages<TrainingNode>(
    assistance,
    'trainings',
    `query($after: String) { trainings(first: 100, after: $after, filter: { includeCancelled: true }) {
      pageInfo { hasNextPage endCursor }
      edges { node { id startsAt status capacity region { code } registrations { status participants attendance attendedParticipants } } } } }`,
    (nodes) =>
      onPage(
        nodes
          .filter((n) => n.region)
          .map((n) => {
            const registered = n.registrations.filter((r) => r.status === 'REGISTERED');
            return {
              trainingId: n.id,
              regionCode: n.region?.code as string,
              startsAt: n.startsAt,
              status: n.status,
              seats: n.capacity,
              registeredParticipants: registered.reduce((sum, r) => sum + r.participants, 0),
              attendedParticipants: registered.filter((r) => r.attendance === 'ATTENDED').reduce((sum, r) => sum + (r.attendedParticipants ?? r.participants), 0),
            };
          }),
      ),
  );
}

/** Every booking, cancelled ones included. */
export function readBookingPages(assistance: SourceApiClient, onPage: (bookings: BookingRecord[]) => Promise<void>): Promise<void> {
  return pages<BookingNode>(
    assistance,
    'bookings',
    `query($after: String) { bookings(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id startsAt endsAt status organization { id } resource { id kind region { code } } } } } }`,
    (nodes) =>
      onPage(
        nodes
          .filter((n) => n.resource?.region && n.organization)
          .map((n) => ({
            bookingId: n.id,
            resourceId: n.resource?.id as string,
            resourceKind: n.resource?.kind as string,
            organizationId: n.organization?.id as string,
            regionCode: n.resource?.region?.code as string,
            startsAt: n.startsAt,
            endsAt: n.endsAt,
            status: n.status,
          })),
      ),
  );
}
