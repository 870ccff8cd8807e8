import type { GraphQLTestClient } from '@birge/server-testing';
import type { SeededRandom } from '../../../generate/src/random';

interface RequestNode {
  id: string;
  version: number;
  status: string;
  rating: { score: number } | null;
  referrals: { id: string; answeredOn: string | null }[];
}

/** How long before a training starts it is scheduled, so that its attendance can be marked within the test. */
const TRAINING_LEAD_MS = 8_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What the random workload leaves out and analytics counts too, through the gateway: ratings of
 * resolved requests, state bodies' answers to referrals, rooms and equipment booked (some
 * bookings cancelled), trainings scheduled, registered for, one cancelled, and attendance marked
 * once they have begun. Works on the workload's organizations (names with "Сынақ"). Returns how
 * many changes it made.
 */
export async function runAssistanceWorkload(gateway: GraphQLTestClient, random: SeededRandom): Promise<number> {
  let changes = 0;
  const mutate = async <T>(document: string, variables: Record<string, unknown>): Promise<T> => {
    changes += 1;
    return gateway.data<T>(document, variables);
  };
  const { assistanceRequests } = await gateway.data<{ assistanceRequests: { edges: { node: RequestNode }[] } }>(
    `{ assistanceRequests(first: 100) { edges { node { id version status rating { score } referrals { id answeredOn } } } } }`,
  );
  for (const { node } of assistanceRequests.edges) {
    let version = node.version;
    for (const referral of node.referrals.filter((r) => !r.answeredOn && random.chance(0.7))) {
      const answered = await mutate<{ recordStateBodyAnswer: { version: number } }>(
        `mutation($input: RecordStateBodyAnswerInput!) { recordStateBodyAnswer(input: $input) { version } }`,
        { input: { id: node.id, version, referralId: referral.id, answer: 'Әкімдік келісті' } },
      );
      version = answered.recordStateBodyAnswer.version;
    }
    if (node.status === 'RESOLVED' && !node.rating && random.chance(0.8)) {
      await mutate(`mutation($input: RateAssistanceRequestInput!) { rateAssistanceRequest(input: $input) { id } }`, {
        input: { id: node.id, version, score: 1 + random.int(5) },
      });
    }
  }

  const { organizations } = await gateway.data<{ organizations: { edges: { node: { id: string; region: { code: string } } }[] } }>(
    `{ organizations(first: 100, filter: { nameContains: "Сынақ" }) { edges { node { id region { code } } } } }`,
  );
  const byRegion = new Map<string, string[]>();
  for (const { node } of organizations.edges) byRegion.set(node.region.code, [...(byRegion.get(node.region.code) ?? []), node.id]);
  const regions = [...byRegion.keys()];

  // Rooms and equipment booked, every fourth booking cancelled again.
  const day = 24 * 3_600_000;
  let bookings = 0;
  for (const regionCode of regions) {
    for (const kind of ['ROOM', 'EQUIPMENT']) {
      const { addBookableResource } = await mutate<{ addBookableResource: { id: string } }>(
        `mutation($input: AddBookableResourceInput!) { addBookableResource(input: $input) { id } }`,
        { input: { regionCode, kind, name: `${kind === 'ROOM' ? 'Зал' : 'Проектор'} ${regionCode}`, capacity: kind === 'ROOM' ? 30 : null } },
      );
      for (let i = 0; i < 3; i++) {
        const startsAt = new Date(Date.now() + (2 + bookings) * day + random.int(8) * 3_600_000);
        const booked = await mutate<{ bookResource: { id: string; version: number } }>(`mutation($input: BookResourceInput!) { bookResource(input: $input) { id version } }`, {
          input: {
            resourceId: addBookableResource.id,
            organizationId: random.pick(byRegion.get(regionCode) ?? []),
            startsAt: startsAt.toISOString(),
            endsAt: new Date(startsAt.getTime() + (1 + random.int(4)) * 3_600_000).toISOString(),
            purpose: 'Жиналыс',
          },
        });
        bookings += 1;
        if (bookings % 4 === 0) {
          await mutate(`mutation($id: ID!, $version: Int!) { cancelBooking(id: $id, version: $version) { id } }`, booked.bookResource);
        }
      }
    }
  }

  // Trainings a few seconds ahead: places registered, one training cancelled, attendance marked once they begun.
  const startsAt = new Date(Date.now() + TRAINING_LEAD_MS);
  const registrations: { id: string; version: number; participants: number }[] = [];
  for (const [index, regionCode] of regions.entries()) {
    const { scheduleTraining } = await mutate<{ scheduleTraining: { id: string; version: number } }>(
      `mutation($input: ScheduleTrainingInput!) { scheduleTraining(input: $input) { id version } }`,
      {
        input: {
          regionCode,
          topic: `Гранттық өтінім жазу ${index}`,
          audience: 'NGO_STAFF',
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
          venue: 'Кеңсе',
          capacity: 5 + random.int(5),
        },
      },
    );
    const places: typeof registrations = [];
    for (const organizationId of byRegion.get(regionCode) ?? []) {
      if (!random.chance(0.6)) continue;
      const { registerForTraining } = await mutate<{ registerForTraining: { id: string; version: number; participants: number; status: string } }>(
        `mutation($input: RegisterForTrainingInput!) { registerForTraining(input: $input) { id version participants status } }`,
        { input: { trainingId: scheduleTraining.id, organizationId, participants: 1 + random.int(3) } },
      );
      if (registerForTraining.status === 'REGISTERED') places.push(registerForTraining);
    }
    if (index === regions.length - 1) {
      // The last region's training is cancelled: it is not held, its places hold nothing.
      const { training } = await gateway.data<{ training: { version: number } }>(`query($id: ID!) { training(id: $id) { version } }`, { id: scheduleTraining.id });
      await mutate(`mutation($id: ID!, $version: Int!) { cancelTraining(id: $id, version: $version, reason: "Сынақ") { id } }`, {
        id: scheduleTraining.id,
        version: training.version,
      });
    } else {
      registrations.push(...places);
    }
  }
  await sleep(Math.max(0, startsAt.getTime() - Date.now() + 200));
  for (const registration of registrations) {
    const attended = random.chance(0.7);
    await mutate(`mutation($input: MarkTrainingAttendanceInput!) { markTrainingAttendance(input: $input) { id } }`, {
      input: {
        registrationId: registration.id,
        version: registration.version,
        attendance: attended ? 'ATTENDED' : 'NO_SHOW',
        attendedParticipants: attended ? 1 + random.int(registration.participants) : null,
      },
    });
  }
  return changes;
}
