import type { GraphQLTestClient } from '@birge/server-testing';

/**
 * Every figure analytics serves today, in one comparable shape: the national overview (totals and
 * per region), each region's coverage, district by district, and outreach (organizations and
 * initiative groups told what the front office offers) per region and district. `analyticsFigures` reads them from
 * analytics; `truthFigures` counts the same things through the owning subgraphs' own APIs
 * (registry facets and contact log, assistance's region summaries), never through analytics.
 */
export interface Figures {
  organizationCount: number;
  openRequestCount: number;
  regions: Record<string, RegionFigures>;
}

export interface RegionFigures {
  organizationCount: number;
  openRequestCount: number;
  coverage: {
    districtCount: number;
    coveredDistrictCount: number;
    staleDistrictCount: number;
    neverContactedDistrictCount: number;
    districts: Record<string, DistrictFigures>;
  };
  outreach: OutreachFigures;
}

/** Outreach over all the contact log: organizations and initiative groups, those told of the offer, the last day one was. */
export interface OutreachFigures {
  organizationCount: number;
  toldCount: number;
  lastToldOn: string | null;
}

export interface DistrictFigures {
  organizationCount: number;
  contactCount: number;
  status: 'ESTABLISHED' | 'STALE' | 'NEVER';
  lastContactOn: string | null;
  outreach: OutreachFigures;
}

/** The outreach period that holds every contact of the workload (at most 36 months): today and the 35 months before. */
function outreachPeriod(today = new Date()): { from: string; to: string } {
  return { from: new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 35, 1)).toISOString().slice(0, 10), to: today.toISOString().slice(0, 10) };
}
const OUTREACH_KINDS = ['NGO', 'INITIATIVE_GROUP'];

interface AnalyticsAnswer {
  nationalOverview: {
    organizationCount: number;
    openRequestCount: number;
    regions: { region: { code: string }; organizationCount: number; openRequestCount: number }[];
  };
  regions: {
    code: string;
    coverage: {
      districtCount: number;
      coveredDistrictCount: number;
      staleDistrictCount: number;
      neverContactedDistrictCount: number;
      windowMonths: number;
      districts: { district: { code: string }; organizationCount: number; contactCount: number; status: DistrictFigures['status']; lastContactAt: string | null }[];
    } | null;
  }[];
  outreach: {
    regions: ({ region: { code: string } } & OutreachFigures)[];
    districts: ({ district: { code: string } } & OutreachFigures)[];
  };
}

const ANALYTICS_QUERY = `query($period: InsightPeriodInput) {
  outreach(filter: { period: $period }) {
    regions { region { code } organizationCount toldCount lastToldOn }
    districts { district { code } organizationCount toldCount lastToldOn }
  }
  nationalOverview { organizationCount openRequestCount regions { region { code } organizationCount openRequestCount } }
  regions {
    code
    coverage {
      districtCount coveredDistrictCount staleDistrictCount neverContactedDistrictCount windowMonths
      districts { district { code } organizationCount contactCount status lastContactAt }
    }
  }
}`;

/** The figures as analytics answers them, through the gateway. */
export async function analyticsFigures(gateway: GraphQLTestClient): Promise<Figures> {
  const data = await gateway.data<AnalyticsAnswer>(ANALYTICS_QUERY, { period: outreachPeriod() });
  const coverage = new Map(data.regions.map((r) => [r.code, r.coverage]));
  const outreach = (row: OutreachFigures | undefined): OutreachFigures => ({
    organizationCount: row?.organizationCount ?? 0,
    toldCount: row?.toldCount ?? 0,
    lastToldOn: row?.lastToldOn ?? null,
  });
  const outreachOfRegion = new Map(data.outreach.regions.map((r) => [r.region.code, r]));
  const outreachOfDistrict = new Map(data.outreach.districts.map((d) => [d.district.code, d]));
  const regions: Record<string, RegionFigures> = {};
  for (const row of data.nationalOverview.regions) {
    const c = coverage.get(row.region.code);
    if (!c) throw new Error(`region ${row.region.code} came without coverage`);
    regions[row.region.code] = {
      organizationCount: row.organizationCount,
      openRequestCount: row.openRequestCount,
      coverage: {
        districtCount: c.districtCount,
        coveredDistrictCount: c.coveredDistrictCount,
        staleDistrictCount: c.staleDistrictCount,
        neverContactedDistrictCount: c.neverContactedDistrictCount,
        districts: Object.fromEntries(
          c.districts.map((d) => [
            d.district.code,
            {
              organizationCount: d.organizationCount,
              contactCount: d.contactCount,
              status: d.status,
              lastContactOn: d.lastContactAt?.slice(0, 10) ?? null,
              outreach: outreach(outreachOfDistrict.get(d.district.code)),
            },
          ]),
        ),
      },
      outreach: outreach(outreachOfRegion.get(row.region.code)),
    };
  }
  return { organizationCount: data.nationalOverview.organizationCount, openRequestCount: data.nationalOverview.openRequestCount, regions };
}

interface TruthAnswer {
  organizationFacets: { total: number; regions: { value: string; count: number }[]; districts: { value: string; count: number }[] };
  regions: { code: string; districts: { code: string }[]; assistanceSummary: { openCount: number } | null }[];
}

interface ContactPage {
  organizations: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      node: {
        id: string;
        kind: string;
        region: { code: string };
        district: { code: string } | null;
        contacts: { totalCount: number; edges: { node: { occurredOn: string; toldAboutOffer: boolean; district: { code: string } | null } }[] } | null;
      };
    }[];
  };
}

/** The first day still inside a coverage window of `months` calendar months before `today` (UTC). */
function windowStart(today: Date, months: number): string {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, today.getUTCDate())).toISOString().slice(0, 10);
}

/**
 * The same figures counted through the registry's and assistance's own APIs: organizations from
 * the registry's facets, open requests from assistance's region summaries, contacts from the
 * registry's contact log of every organization. `windowMonths` is the coverage window in force.
 */
export async function truthFigures(gateway: GraphQLTestClient, windowMonths: number): Promise<Figures> {
  const data = await gateway.data<TruthAnswer>(`{
    organizationFacets { total regions { value count } districts { value count } }
    regions { code districts { code } assistanceSummary { openCount } }
  }`);
  const organizationsByRegion = new Map(data.organizationFacets.regions.map((f) => [f.value, f.count]));
  const organizationsByDistrict = new Map(data.organizationFacets.districts.map((f) => [f.value, f.count]));

  const contacts = new Map<string, { count: number; last: string | null }>();
  // Outreach is placed by the organization's own region and district, counting organizations and initiative groups.
  const outreachOf = new Map<string, OutreachFigures>();
  const addOutreach = (place: string, told: string | null) => {
    const entry = outreachOf.get(place) ?? { organizationCount: 0, toldCount: 0, lastToldOn: null };
    entry.organizationCount += 1;
    if (told) {
      entry.toldCount += 1;
      if (!entry.lastToldOn || told > entry.lastToldOn) entry.lastToldOn = told;
    }
    outreachOf.set(place, entry);
  };
  let after: string | null = null;
  for (;;) {
    const page: ContactPage = await gateway.data<ContactPage>(
      `query($after: String) { organizations(first: 10, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges { node { id kind region { code } district { code } contacts(first: 20) { totalCount edges { node { occurredOn toldAboutOffer district { code } } } } } }
      } }`,
      { after },
    );
    for (const { node } of page.organizations.edges) {
      if (!node.contacts) throw new Error(`the contact log of ${node.id} is withheld`);
      if (node.contacts.totalCount !== node.contacts.edges.length) throw new Error(`organization ${node.id} has more contacts than one page`);
      if (OUTREACH_KINDS.includes(node.kind)) {
        const told =
          node.contacts.edges
            .filter((e) => e.node.toldAboutOffer)
            .map((e) => e.node.occurredOn)
            .sort()
            .at(-1) ?? null;
        addOutreach(node.region.code, told);
        if (node.district) addOutreach(node.district.code, told);
      }
      for (const { node: contact } of node.contacts.edges) {
        if (!contact.district) continue;
        const entry = contacts.get(contact.district.code) ?? { count: 0, last: null };
        entry.count += 1;
        if (!entry.last || contact.occurredOn > entry.last) entry.last = contact.occurredOn;
        contacts.set(contact.district.code, entry);
      }
    }
    if (!page.organizations.pageInfo.hasNextPage) break;
    after = page.organizations.pageInfo.endCursor;
  }

  const since = windowStart(new Date(), windowMonths);
  const regions: Record<string, RegionFigures> = {};
  let openRequestCount = 0;
  for (const region of data.regions) {
    if (!region.assistanceSummary) throw new Error(`the assistance summary of ${region.code} is withheld`);
    openRequestCount += region.assistanceSummary.openCount;
    const districts: Record<string, DistrictFigures> = {};
    for (const { code } of region.districts) {
      const c = contacts.get(code);
      const status = !c?.last ? 'NEVER' : c.last >= since ? 'ESTABLISHED' : 'STALE';
      districts[code] = {
        organizationCount: organizationsByDistrict.get(code) ?? 0,
        contactCount: c?.count ?? 0,
        status,
        lastContactOn: c?.last ?? null,
        outreach: outreachOf.get(code) ?? { organizationCount: 0, toldCount: 0, lastToldOn: null },
      };
    }
    const count = (status: DistrictFigures['status']) => Object.values(districts).filter((d) => d.status === status).length;
    regions[region.code] = {
      organizationCount: organizationsByRegion.get(region.code) ?? 0,
      openRequestCount: region.assistanceSummary.openCount,
      coverage: {
        districtCount: region.districts.length,
        coveredDistrictCount: count('ESTABLISHED'),
        staleDistrictCount: count('STALE'),
        neverContactedDistrictCount: count('NEVER'),
        districts,
      },
      outreach: outreachOf.get(region.code) ?? { organizationCount: 0, toldCount: 0, lastToldOn: null },
    };
  }
  return { organizationCount: data.organizationFacets.total, openRequestCount, regions };
}

/** The figures that differ, as readable paths (empty when analytics tells the truth). */
export function differences(actual: Figures, truth: Figures): string[] {
  const out: string[] = [];
  const walk = (a: unknown, t: unknown, path: string) => {
    if (t !== null && typeof t === 'object') {
      const keys = new Set([...Object.keys(t as object), ...Object.keys((a ?? {}) as object)]);
      for (const key of keys) walk((a as Record<string, unknown> | undefined)?.[key], (t as Record<string, unknown>)[key], `${path}.${key}`);
    } else if (a !== t) {
      out.push(`${path}: analytics ${JSON.stringify(a)}, truth ${JSON.stringify(t)}`);
    }
  };
  walk(actual, truth, 'figures');
  return out;
}
