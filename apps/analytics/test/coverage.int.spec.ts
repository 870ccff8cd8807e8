import { ContactKind, findRegion, OrganizationKind, type EventEnvelope } from '@birge/shared-reference';
import { eventually, GraphQLTestClient } from '@birge/server-testing';
import { randomUUID } from 'node:crypto';
import { ABAI, ASTANA, KURCHATOV, SEMEY, analyticsTestbed } from './support/analytics-testbed';

const ESIL = '711210000';

const ENTITIES = `query($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on Region { code coverage { districtCount coveredDistrictCount staleDistrictCount neverContactedDistrictCount windowMonths
      districts { district { code } organizationCount covered status lastContactAt contactCount } } }
  }
}`;

interface DistrictRow {
  district: { code: string };
  organizationCount: number;
  covered: boolean;
  status: string;
  lastContactAt: string | null;
  contactCount: number;
}
interface Coverage {
  districtCount: number;
  coveredDistrictCount: number;
  staleDistrictCount: number;
  neverContactedDistrictCount: number;
  windowMonths: number;
  districts: DistrictRow[];
}
type Representations = { r: object[] };
type EntitiesResult = { _entities: ({ code: string; coverage: Coverage | null } | null)[] };

function districtCodes(regionCode: string): string[] {
  const region = findRegion(regionCode);
  if (!region) throw new Error(`no region ${regionCode} in the reference data`);
  return region.districts.map((district) => district.code);
}

/** A Region representation as the gateway sends it after fetching `districts { code }` from the registry. */
function region(code: string) {
  return { __typename: 'Region', code, districts: districtCodes(code).map((districtCode) => ({ code: districtCode })) };
}

describe('analytics subgraph: district coverage of regions', () => {
  const bed = analyticsTestbed({ events: true });
  let client: GraphQLTestClient;

  beforeAll(async () => {
    client = new GraphQLTestClient(bed.subgraph.url);
  });

  const organizationFacts = async () => Number((await bed.subgraph.dataSource.query('SELECT count(*) AS n FROM analytics.organization_fact'))[0].n);

  const register = (regionCode: string, districtCode: string | null, name = 'Team') =>
    bed.events.publish('registry.organization-registered', {
      organizationId: randomUUID(),
      name,
      kind: OrganizationKind.INITIATIVE_GROUP,
      regionCode,
      districtCode,
    });

  const contactFacts = async () => Number((await bed.subgraph.dataSource.query('SELECT count(*) AS n FROM analytics.contact_fact'))[0].n);

  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

  const contact = (regionCode: string, districtCode: string | null, occurredOn: string) =>
    bed.events.publish('registry.contact-logged', {
      contactId: randomUUID(),
      organizationId: randomUUID(),
      regionCode,
      districtCode,
      kind: ContactKind.MEETING,
      occurredOn,
      toldAboutOffer: true,
    });

  let semeyEvent: EventEnvelope<'registry.organization-registered'>;
  let contactEvent: EventEnvelope<'registry.contact-logged'>;

  it('counts organizations per district from registrations, but covers only districts with a recent contact', async () => {
    semeyEvent = await register(ABAI, SEMEY, 'Semey youth');
    await register(ABAI, SEMEY, 'Semey readers');
    await register(ABAI, null, 'Abai region, district unknown');
    await register(ASTANA, ESIL, 'Esil volunteers');
    await eventually(async () => ((await organizationFacts()) === 4 ? true : undefined));

    const data = await client.data<EntitiesResult, Representations>(ENTITIES, { r: [region(ABAI), region(ASTANA)] });
    const [abai, astana] = data._entities;
    expect(abai?.code).toBe(ABAI);
    // Registered organizations alone are not contact: nothing is covered yet.
    expect(abai?.coverage).toMatchObject({ districtCount: districtCodes(ABAI).length, coveredDistrictCount: 0, windowMonths: 12 });
    expect(abai?.coverage?.neverContactedDistrictCount).toBe(districtCodes(ABAI).length);
    // Districts keep the order the registry sent them in.
    expect(abai?.coverage?.districts.map((d) => d.district.code)).toEqual(districtCodes(ABAI));
    expect(abai?.coverage?.districts.find((d) => d.district.code === SEMEY)).toEqual({
      district: { code: SEMEY },
      organizationCount: 2,
      covered: false,
      status: 'NEVER',
      lastContactAt: null,
      contactCount: 0,
    });
    expect(astana?.coverage).toMatchObject({ districtCount: 6, coveredDistrictCount: 0 });
  });

  it('marks a district ESTABLISHED after a contact within the window, STALE when its last contact is older', async () => {
    const recent = daysAgo(30);
    contactEvent = await contact(ABAI, SEMEY, recent);
    await contact(ABAI, SEMEY, daysAgo(400));
    await contact(ABAI, KURCHATOV, daysAgo(800));
    await contact(ASTANA, ESIL, daysAgo(10));
    await eventually(async () => ((await contactFacts()) === 4 ? true : undefined));

    const data = await client.data<EntitiesResult, Representations>(ENTITIES, { r: [region(ABAI), region(ASTANA)] });
    const [abai, astana] = data._entities;
    expect(abai?.coverage).toMatchObject({
      coveredDistrictCount: 1,
      staleDistrictCount: 1,
      neverContactedDistrictCount: districtCodes(ABAI).length - 2,
    });
    expect(abai?.coverage?.districts.find((d) => d.district.code === SEMEY)).toMatchObject({
      status: 'ESTABLISHED',
      covered: true,
      contactCount: 2,
      lastContactAt: `${recent}T00:00:00.000Z`,
    });
    expect(abai?.coverage?.districts.find((d) => d.district.code === KURCHATOV)).toMatchObject({
      status: 'STALE',
      covered: false,
      lastContactAt: `${daysAgo(800)}T00:00:00.000Z`,
    });
    expect(astana?.coverage?.coveredDistrictCount).toBe(1);
  });

  it('records a redelivered contact once', async () => {
    await bed.events.redeliver('analytics.contact-coverage', contactEvent);
    await eventually(async () => ((await bed.events.completed('analytics.contact-coverage', contactEvent.eventId)) === 2 ? true : undefined));
    expect(await contactFacts()).toBe(4);
    expect(await bed.subgraph.services.registryFacts.record(contactEvent)).toBe(false);
  });

  it('records a redelivered registration once: the same envelope twice does not double the counts', async () => {
    const before = await organizationFacts();
    await bed.events.redeliver('analytics.organization-figures', semeyEvent);
    await eventually(async () => ((await bed.events.completed('analytics.organization-figures', semeyEvent.eventId)) === 2 ? true : undefined));
    expect(await organizationFacts()).toBe(before);

    // The handler itself, called again with the envelope it has already recorded, changes nothing.
    expect(await bed.subgraph.services.facts.record(semeyEvent)).toBe(false);
    const data = await client.data<EntitiesResult, Representations>(ENTITIES, { r: [region(ABAI)] });
    expect(data._entities[0]?.coverage?.districts.find((d) => d.district.code === SEMEY)?.organizationCount).toBe(2);
    expect(data._entities[0]?.coverage?.districts.find((d) => d.district.code === SEMEY)?.contactCount).toBe(2);
  });

  it('answers a region without its districts with null coverage, not an error', async () => {
    const data = await client.data<EntitiesResult, Representations>(ENTITIES, { r: [{ __typename: 'Region', code: ABAI }] });
    expect(data._entities).toEqual([{ code: ABAI, coverage: null }]);
  });

  it('computes the coverage of many regions with one SQL statement', async () => {
    const query = jest.spyOn(bed.subgraph.dataSource, 'query');
    try {
      const codes = [ABAI, ASTANA, '750000000', '790000000', '110000000'];
      const data = await client.data<EntitiesResult, Representations>(ENTITIES, { r: codes.map(region) });
      expect(data._entities.map((e) => e?.coverage?.districtCount)).toEqual(codes.map((code) => districtCodes(code).length));
      const factQueries = query.mock.calls.filter(([sql]: unknown[]) => /analytics\.(organization|contact)_fact/.test(String(sql)));
      expect(factQueries).toHaveLength(1);
    } finally {
      query.mockRestore();
    }
  });
});
