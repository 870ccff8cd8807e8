import { OUTCOMES_BY_SUBTYPE, type AssistanceSubtype } from '@birge/shared-reference';
import type { GraphQLTestClient } from '@birge/server-testing';
import type { SeededRandom } from '../../../generate/src/random';

/** Regions the workload works in; their districts are read from the registry. */
const REGIONS = ['710000000', '100000000', '790000000'];
const KINDS = ['INITIATIVE_GROUP', 'INDEPENDENT_VOLUNTEER'];
const DIRECTIONS = ['BILIM', 'QAMQOR', 'TAZA_ALEM', 'MEDIA'];
const CONTACT_KINDS = ['MEETING', 'CALL', 'VISIT', 'EVENT', 'MESSAGE'];
const REQUEST_KINDS: [string, AssistanceSubtype][] = [
  ['ADMINISTRATIVE', 'PREMISES_AND_EQUIPMENT' as AssistanceSubtype],
  ['ADMINISTRATIVE', 'STATE_BODY_LIAISON' as AssistanceSubtype],
  ['CONSULTATIVE', 'ORGANIZATION_REGISTRATION' as AssistanceSubtype],
  ['INFORMATIONAL', 'MEDIA_PUBLICITY' as AssistanceSubtype],
];

/** The paths a request takes; together they reach every status, each open one left standing too. */
const PATHS: string[][] = [
  [],
  ['TRIAGED'],
  ['TRIAGED', 'IN_PROGRESS'],
  ['TRIAGED', 'IN_PROGRESS', 'WAITING_ON_STATE_BODY'],
  ['TRIAGED', 'IN_PROGRESS', 'WAITING_ON_STATE_BODY', 'IN_PROGRESS', 'RESOLVED'],
  ['TRIAGED', 'IN_PROGRESS', 'RESOLVED'],
  ['DECLINED'],
  ['TRIAGED', 'WITHDRAWN'],
  ['TRIAGED', 'IN_PROGRESS', 'DECLINED'],
];

interface Organization {
  id: string;
  version: number;
  region: { code: string };
  district: { code: string } | null;
}

interface Request {
  id: string;
  version: number;
  subtype: AssistanceSubtype;
  status: string;
}

const ORGANIZATION_FIELDS = 'id version region { code } district { code }';

/**
 * A random but repeatable workload through the gateway, as front offices produce it: creates, a
 * CSV import and a re-import that moves records, edits that move records, contacts (recent and
 * old), requests moved along every path of the workflow and assigned, merges of duplicates
 * (records with contacts and requests among them) and verification checks. Returns how many
 * changes it made.
 */
export async function runRandomWorkload(gateway: GraphQLTestClient, random: SeededRandom, size = 1): Promise<number> {
  let changes = 0;
  const mutate = async <T>(document: string, variables: Record<string, unknown>): Promise<T> => {
    changes += 1;
    return gateway.data<T>(document, variables);
  };
  const { regions } = await gateway.data<{ regions: { code: string; districts: { code: string }[] }[] }>('{ regions { code districts { code } } }');
  const districtsOf = new Map(regions.map((r) => [r.code, r.districts.map((d) => d.code)]));
  const place = () => {
    const regionCode = random.pick(REGIONS);
    return { regionCode, districtCode: random.chance(0.25) ? null : random.pick(districtsOf.get(regionCode) ?? []) };
  };
  const tag = `Сынақ ${random.seed}`;

  for (let i = 0; i < 10 * size; i++) {
    await mutate(`mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`, {
      input: { name: `${tag} ұйым ${i}`, kind: random.pick(KINDS), ...place(), directions: [random.pick(DIRECTIONS)] },
    });
  }
  // A CSV import, then the same file again with some records moved: re-importing updates by Qazvolunteer.kz ID.
  const places = Array.from({ length: 6 * size }, () => place());
  const csv = (ps: typeof places) =>
    [
      'name,kind,region_code,district_code,directions,qazvolunteer_id',
      ...ps.map((p, i) => `${tag} импорт ${i},${KINDS[i % KINDS.length]},${p.regionCode},${p.districtCode ?? ''},${DIRECTIONS[i % DIRECTIONS.length]},QV-${random.seed}-${i}`),
    ].join('\n');
  const imported = await mutate<{ importOrganizations: { ok: boolean; created: number } }>(`mutation($csv: String!) { importOrganizations(csv: $csv) { ok created } }`, {
    csv: csv(places),
  });
  if (!imported.importOrganizations.ok) throw new Error('the workload import failed');
  const moved = places.map((p) => (random.chance(0.4) ? place() : p));
  const reimported = await mutate<{ importOrganizations: { ok: boolean; updated: number } }>(`mutation($csv: String!) { importOrganizations(csv: $csv) { ok updated } }`, {
    csv: csv(moved),
  });
  const movedCount = moved.filter((p, i) => p.regionCode !== places[i].regionCode || p.districtCode !== places[i].districtCode).length;
  if (!reimported.importOrganizations.ok || reimported.importOrganizations.updated !== movedCount) {
    throw new Error(`the workload re-import updated ${reimported.importOrganizations.updated} records, not the ${movedCount} moved`);
  }

  const listed = await gateway.data<{ organizations: { edges: { node: Organization }[] } }>(
    `query($filter: OrganizationFilter) { organizations(first: 100, filter: $filter) { edges { node { ${ORGANIZATION_FIELDS} } } } }`,
    { filter: { nameContains: tag } },
  );
  const organizations = listed.organizations.edges.map((e) => e.node);

  // Edits that move records between regions and districts.
  for (const organization of organizations.filter(() => random.chance(0.3))) {
    const p = place();
    const updated = await mutate<{ updateOrganization: Organization }>(
      `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { ${ORGANIZATION_FIELDS} } }`,
      { input: { id: organization.id, version: organization.version, ...p } },
    );
    Object.assign(organization, updated.updateOrganization);
  }

  // Contacts: recent ones and ones older than the coverage window, sometimes in another district of the region.
  const today = Date.now();
  for (let i = 0; i < 15 * size; i++) {
    const organization = random.pick(organizations);
    const daysAgo = random.chance(0.7) ? random.int(300) : 430 + random.int(300);
    const districtCode = random.chance(0.3) ? random.pick(districtsOf.get(organization.region.code) ?? []) : undefined;
    await mutate(`mutation($input: LogContactInput!) { logContact(input: $input) { id } }`, {
      input: {
        organizationId: organization.id,
        kind: random.pick(CONTACT_KINDS),
        occurredOn: new Date(today - daysAgo * 86_400_000).toISOString().slice(0, 10),
        districtCode,
        toldAboutOffer: random.chance(0.5),
      },
    });
  }

  // Requests, submitted and left at the start of their paths for now.
  const requests: { request: Request; path: string[] }[] = [];
  for (let i = 0; i < 18 * size; i++) {
    const [type, subtype] = random.pick(REQUEST_KINDS);
    const submitted = await mutate<{ submitAssistanceRequest: Request }>(
      `mutation($input: SubmitAssistanceRequestInput!) { submitAssistanceRequest(input: $input) { id version subtype status } }`,
      { input: { organizationId: random.pick(organizations).id, type, subtype, description: `Өтініш ${i}: көмек керек` } },
    );
    requests.push({ request: submitted.submitAssistanceRequest, path: [...PATHS[i % PATHS.length]] });
  }
  const step = async (entry: { request: Request; path: string[] }) => {
    const status = entry.path.shift();
    if (!status) return;
    const input: Record<string, unknown> = { id: entry.request.id, version: entry.request.version, status };
    if (status === 'DECLINED') input.comment = 'Бұл біздің құзыретімізге кірмейді';
    if (status === 'WAITING_ON_STATE_BODY') input.referral = { stateBody: 'Әкімдік' };
    if (status === 'RESOLVED') input.outcome = { result: OUTCOMES_BY_SUBTYPE[entry.request.subtype][0], link: 'https://example.kz/post' };
    const changed = await mutate<{ changeAssistanceRequestStatus: Request }>(
      `mutation($input: ChangeAssistanceRequestStatusInput!) { changeAssistanceRequestStatus(input: $input) { id version subtype status } }`,
      { input },
    );
    entry.request = changed.changeAssistanceRequestStatus;
  };
  const assign = async (entry: { request: Request }) => {
    const assigned = await mutate<{ assignAssistanceRequest: Request }>(
      `mutation($input: AssignAssistanceRequestInput!) { assignAssistanceRequest(input: $input) { id version subtype status } }`,
      { input: { id: entry.request.id, version: entry.request.version, assigneeId: `staff-${random.int(3)}` } },
    );
    entry.request = assigned.assignAssistanceRequest;
  };
  // Half of every path, in random order across requests, with assignments on the way.
  for (const entry of requests) {
    if (random.chance(0.4)) await assign(entry);
    const half = Math.ceil(entry.path.length / 2);
    for (let i = 0; i < half; i++) await step(entry);
  }

  // Merges of duplicates, records with contacts and requests among them. The first kept record has
  // no district and takes the merged one's: a merge moves the kept record too.
  const pool = [...organizations];
  const take = (match: (o: Organization) => boolean) => {
    const at = pool.findIndex(match);
    return at < 0 ? undefined : pool.splice(at, 1)[0];
  };
  const pairs: [Organization, Organization][] = [];
  const withoutDistrict = take((o) => !o.district);
  const withDistrict = withoutDistrict && take((o) => !!o.district && o.region.code === withoutDistrict.region.code);
  if (withoutDistrict && withDistrict) pairs.push([withoutDistrict, withDistrict]);
  while (pairs.length < 3 * size && pool.length >= 2) pairs.push([pool.splice(random.int(pool.length), 1)[0], pool.splice(random.int(pool.length), 1)[0]]);
  for (const [keep, gone] of pairs) {
    await mutate(`mutation($input: MergeOrganizationsInput!) { mergeOrganizations(input: $input) { id } }`, { input: { keepId: keep.id, mergeId: gone.id } });
  }

  // Verification checks on a few records still standing.
  for (const organization of pool.filter(() => random.chance(0.3))) {
    await mutate(`mutation($input: RecordVerificationCheckInput!) { recordVerificationCheck(input: $input) { id } }`, {
      input: { organizationId: organization.id, method: 'VISIT', outcome: random.pick(['PASSED', 'FAILED']), notes: 'Іс-шарасына бардық' },
    });
  }

  // The rest of every path, in shuffled order.
  const rest = requests.filter((entry) => entry.path.length);
  while (rest.length) {
    const at = random.int(rest.length);
    await step(rest[at]);
    if (!rest[at].path.length) rest.splice(at, 1);
  }
  return changes;
}
