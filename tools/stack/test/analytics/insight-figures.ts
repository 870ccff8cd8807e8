import type { GraphQLTestClient } from '@birge/server-testing';

/**
 * The analytics API's figures (`insights`) beside the same figures counted through the owning
 * subgraphs' own APIs: per region, requests (by status, sub-type, ratings, referrals and answers,
 * median times), trainings (held, seats, attendance) and bookings (count, hours); nationally,
 * organizations by kind, direction, category, mode and verification status. Over all time, so
 * that every record counts.
 */
export type InsightFigures = Record<string, number | null>;

const EVERYTHING = { period: { from: '2000-01-01', to: '2100-12-31' } };
const PER_REGION = [
  ['REQUESTS', 'OPEN_REQUESTS', 'RESOLVED_REQUESTS', 'RATINGS', 'RATING_AVERAGE', 'REFERRALS', 'ANSWERED_REFERRALS', 'FIRST_RESPONSE_HOURS_MEDIAN'],
  ['RESOLUTION_HOURS_MEDIAN', 'TRAININGS_HELD', 'TRAINING_SEATS', 'TRAINING_PARTICIPANTS', 'BOOKINGS', 'BOOKED_HOURS'],
];
const ORGANIZATION_DIMENSIONS: [string, keyof Facets][] = [
  ['ORGANIZATION_KIND', 'kinds'],
  ['DIRECTION', 'directions'],
  ['CATEGORY', 'categories'],
  ['MODE', 'modes'],
  ['VERIFICATION_STATUS', 'verificationStatuses'],
];

interface Table {
  rows: { keys: { code: string }[]; values: { measure: string; value: number | null }[] }[];
}
interface Facets {
  kinds: { value: string; count: number }[];
  directions: { value: string; count: number }[];
  categories: { value: string; count: number }[];
  modes: { value: string; count: number }[];
  verificationStatuses: { value: string; count: number }[];
}

const TABLE = 'rows { keys { code } values { measure value } }';
/** Medians in hours compared to the hundredth (the truth is computed here from timestamps). */
const round = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

/** The figures as the analytics API answers them, through the gateway. */
export async function insightFigures(gateway: GraphQLTestClient): Promise<InsightFigures> {
  const out: InsightFigures = {};
  for (const measures of PER_REGION) {
    const { insights } = await gateway.data<{ insights: Table }>(
      `query($measures: [InsightMeasure!]!, $filter: InsightFilter) { insights(measures: $measures, groupBy: [REGION], filter: $filter) { ${TABLE} } }`,
      { measures, filter: EVERYTHING },
    );
    for (const row of insights.rows) for (const v of row.values) if (v.value !== 0 && v.value !== null) out[`${row.keys[0].code}.${v.measure}`] = round(v.value);
  }
  const bySubtype = await gateway.data<{ insights: Table }>(
    `query($filter: InsightFilter) { insights(measures: [REQUESTS], groupBy: [REGION, REQUEST_SUBTYPE], filter: $filter) { ${TABLE} } }`,
    { filter: EVERYTHING },
  );
  // Every region is a row of every sub-type: the truth names only those with requests.
  for (const row of bySubtype.insights.rows) if (row.values[0].value) out[`${row.keys[0].code}.${row.keys[1].code}.REQUESTS`] = row.values[0].value;
  for (const [dimension] of ORGANIZATION_DIMENSIONS) {
    const { insights } = await gateway.data<{ insights: Table }>(
      `query($groupBy: [InsightDimension!], $filter: InsightFilter) { insights(measures: [ORGANIZATIONS], groupBy: $groupBy, filter: $filter) { ${TABLE} } }`,
      { groupBy: [dimension], filter: EVERYTHING },
    );
    // Records without a value (NONE) have no facet to compare with.
    for (const row of insights.rows) if (row.keys[0].code !== 'NONE') out[`${dimension}.${row.keys[0].code}`] = row.values[0].value;
  }
  return out;
}

interface RequestNode {
  createdAt: string;
  status: string;
  subtype: string;
  region: { code: string } | null;
  rating: { score: number } | null;
  outcome: { resolvedAt: string } | null;
  referrals: { answeredOn: string | null }[];
  timeline: { kind: string; fromStatus: string | null; at: string }[];
}
interface TrainingNode {
  startsAt: string;
  status: string;
  capacity: number;
  region: { code: string } | null;
  registrations: { status: string; participants: number; attendance: string | null; attendedParticipants: number | null }[];
}
interface BookingNode {
  startsAt: string;
  endsAt: string;
  status: string;
  resource: { region: { code: string } | null } | null;
}
interface Page<T> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: T }[];
}

async function everyNode<T>(gateway: GraphQLTestClient, field: string, document: string): Promise<T[]> {
  const nodes: T[] = [];
  for (let after: string | null = null; ;) {
    const data: Record<string, Page<T>> = await gateway.data<Record<string, Page<T>>>(document, { after });
    nodes.push(...data[field].edges.map((e) => e.node));
    if (!data[field].pageInfo.hasNextPage) return nodes;
    after = data[field].pageInfo.endCursor;
  }
}

function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) / 2;
  return sorted[Math.floor(at)] + (sorted[Math.ceil(at)] - sorted[Math.floor(at)]) * (at - Math.floor(at));
}

const OPEN = ['NEW', 'TRIAGED', 'IN_PROGRESS', 'WAITING_ON_STATE_BODY'];
const hoursBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 3_600_000;

/** The same figures counted through assistance's and the registry's own APIs, never through analytics. */
export async function insightTruth(gateway: GraphQLTestClient): Promise<InsightFigures> {
  const out: InsightFigures = {};
  const add = (key: string, amount: number) => {
    if (amount) out[key] = round(((out[key] as number | undefined) ?? 0) + amount);
  };
  const requests = await everyNode<RequestNode>(
    gateway,
    'assistanceRequests',
    `query($after: String) { assistanceRequests(first: 20, after: $after) { pageInfo { hasNextPage endCursor }
      edges { node { createdAt status subtype region { code } rating { score } outcome { resolvedAt } referrals { answeredOn } timeline { kind fromStatus at } } } } }`,
  );
  const byRegion = new Map<string, RequestNode[]>();
  for (const r of requests) if (r.region) byRegion.set(r.region.code, [...(byRegion.get(r.region.code) ?? []), r]);
  for (const [region, list] of byRegion) {
    add(`${region}.REQUESTS`, list.length);
    add(`${region}.OPEN_REQUESTS`, list.filter((r) => OPEN.includes(r.status)).length);
    add(`${region}.RESOLVED_REQUESTS`, list.filter((r) => r.status === 'RESOLVED').length);
    const rated = list.filter((r) => r.rating);
    add(`${region}.RATINGS`, rated.length);
    if (rated.length) out[`${region}.RATING_AVERAGE`] = round(rated.reduce((sum, r) => sum + (r.rating?.score ?? 0), 0) / rated.length);
    add(
      `${region}.REFERRALS`,
      list.reduce((sum, r) => sum + r.referrals.length, 0),
    );
    add(
      `${region}.ANSWERED_REFERRALS`,
      list.reduce((sum, r) => sum + r.referrals.filter((x) => x.answeredOn).length, 0),
    );
    const firstResponses = list.flatMap((r) => {
      const first = r.timeline
        .filter((e) => e.kind === 'STATUS_CHANGED' && e.fromStatus === 'NEW')
        .map((e) => e.at)
        .sort()[0];
      return first ? [hoursBetween(r.createdAt, first)] : [];
    });
    const firstMedian = median(firstResponses);
    if (firstMedian) out[`${region}.FIRST_RESPONSE_HOURS_MEDIAN`] = round(firstMedian);
    const resolutionMedian = median(list.filter((r) => r.status === 'RESOLVED' && r.outcome).map((r) => hoursBetween(r.createdAt, r.outcome?.resolvedAt as string)));
    if (resolutionMedian) out[`${region}.RESOLUTION_HOURS_MEDIAN`] = round(resolutionMedian);
    for (const r of list) add(`${region}.${r.subtype}.REQUESTS`, 1);
  }

  const trainings = await everyNode<TrainingNode>(
    gateway,
    'trainings',
    `query($after: String) { trainings(first: 10, after: $after, filter: { includeCancelled: true }) { pageInfo { hasNextPage endCursor }
      edges { node { startsAt status capacity region { code } registrations { status participants attendance attendedParticipants } } } } }`,
  );
  for (const t of trainings) {
    if (!t.region || t.status === 'CANCELLED' || Date.parse(t.startsAt) > Date.now()) continue;
    const registered = t.registrations.filter((r) => r.status === 'REGISTERED');
    add(`${t.region.code}.TRAININGS_HELD`, 1);
    add(`${t.region.code}.TRAINING_SEATS`, t.capacity);
    add(
      `${t.region.code}.TRAINING_PARTICIPANTS`,
      registered.filter((r) => r.attendance === 'ATTENDED').reduce((sum, r) => sum + (r.attendedParticipants ?? r.participants), 0),
    );
  }

  const bookings = await everyNode<BookingNode>(
    gateway,
    'bookings',
    `query($after: String) { bookings(first: 50, after: $after) { pageInfo { hasNextPage endCursor } edges { node { startsAt endsAt status resource { region { code } } } } } }`,
  );
  for (const b of bookings) {
    const region = b.resource?.region?.code;
    if (!region || b.status !== 'CONFIRMED') continue;
    add(`${region}.BOOKINGS`, 1);
    add(`${region}.BOOKED_HOURS`, hoursBetween(b.startsAt, b.endsAt));
  }

  const { organizationFacets } = await gateway.data<{ organizationFacets: Facets }>(
    `{ organizationFacets { kinds { value count } directions { value count } categories { value count } modes { value count } verificationStatuses { value count } } }`,
  );
  for (const [dimension, facet] of ORGANIZATION_DIMENSIONS) for (const f of organizationFacets[facet]) add(`${dimension}.${f.value}`, f.count);
  return out;
}
