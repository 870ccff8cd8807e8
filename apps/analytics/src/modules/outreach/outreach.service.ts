import { findRegion, OrganizationKind, REGION_CODES, type Identity } from '@birge/shared-reference';
import type { DataSource } from 'typeorm';
import { readableInsightRegions } from '../insights/insight-access';
import { invalidInsight } from '../insights/insight-errors';
import { MAX_SERIES_MONTHS } from '../insights/insight-limits';
import { monthsOf, resolvePeriod, type ResolvedPeriod } from '../insights/insight-period';
import type { OutreachFilter } from './dto/outreach-filter.input';
import type { Outreach, OutreachFigures, OutreachMonth } from './outreach.type';

/** The kinds outreach counts: organizations and initiative groups (an independent volunteer is a person, not an organization). */
export const OUTREACH_KINDS: readonly OrganizationKind[] = [OrganizationKind.NGO, OrganizationKind.INITIATIVE_GROUP];

interface PlaceRow {
  regionCode: string;
  districtCode: string | null;
  organizationCount: number;
  toldCount: number;
  toldInPeriodCount: number;
  lastToldOn: string | null;
}

interface MonthRow {
  month: string;
  organizationCount: number;
  toldCount: number;
  newlyToldCount: number;
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const share = (told: number, known: number) => (known ? told / known : null);

/** Adds up places' figures (the last day told is the latest of them). */
export function sumFigures(rows: readonly Omit<PlaceRow, 'regionCode' | 'districtCode'>[]): OutreachFigures {
  const organizationCount = rows.reduce((sum, r) => sum + r.organizationCount, 0);
  const toldCount = rows.reduce((sum, r) => sum + r.toldCount, 0);
  const lastToldOn = rows.reduce<string | null>((last, r) => (r.lastToldOn && (!last || r.lastToldOn > last) ? r.lastToldOn : last), null);
  return {
    organizationCount,
    toldCount,
    toldShare: share(toldCount, organizationCount),
    toldInPeriodCount: rows.reduce((sum, r) => sum + r.toldInPeriodCount, 0),
    lastToldOn,
  };
}

/**
 * Each organization and initiative group of the places counted, registered by `until`, with the
 * first and last day it was told of the offer on or before the period's last day. Shared by both
 * statements of the measure.
 */
const ORGANIZATIONS_TOLD = `
  SELECT o.organization_id, o.region_code, o.district_code, o.registered_at,
         told.first_on, told.last_on, told.in_period
  FROM analytics.organization_fact o
  LEFT JOIN LATERAL (
    SELECT min(c.occurred_on) AS first_on, max(c.occurred_on) AS last_on, bool_or(c.occurred_on >= $4::date) AS in_period
    FROM analytics.contact_fact c
    WHERE c.organization_id = o.organization_id AND c.told_about_offer AND c.occurred_on < $5::date
  ) told ON TRUE
  WHERE o.merged_into IS NULL AND o.kind = ANY($1::text[]) AND o.region_code = ANY($2::text[])
    AND ($3::text[] IS NULL OR o.district_code = ANY($3::text[]))
    AND o.registered_at < ($5::date)::timestamp AT TIME ZONE 'UTC'`;

/**
 * The outreach measure (the memo's first success criterion) over the read model: of the
 * organizations and initiative groups known by the end of a period, those told what the front
 * office offers (a contact with toldAboutOffer), per region and district, and month by month.
 */
export class OutreachService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async outreach(filter: OutreachFilter, identity: Identity | null): Promise<Outreach> {
    const regions = readableInsightRegions(identity, filter.regions);
    for (const code of regions) if (!findRegion(code)) throw invalidInsight('filter.regions', 'UNKNOWN_REGION', `${code} is not a region's KATO code`);
    const ordered = REGION_CODES.filter((code) => regions.includes(code));
    let districts: string[] | null = null;
    if (filter.districts?.length) {
      const known = new Set(ordered.flatMap((code) => findRegion(code)?.districts.map((d) => d.code) ?? []));
      const unknown = filter.districts.find((code) => !known.has(code));
      if (unknown) throw invalidInsight('filter.districts', 'UNKNOWN_DISTRICT', `${unknown} is not a district of the regions counted`);
      districts = [...new Set(filter.districts)];
    }
    const period = resolvePeriod(filter.period, this.now());
    const months = monthsOf(period);
    if (months.length > MAX_SERIES_MONTHS) {
      throw invalidInsight('filter.period', 'TOO_LONG', `the trend covers at most ${MAX_SERIES_MONTHS} months; this period has ${months.length}`);
    }
    const params = [OUTREACH_KINDS, ordered, districts, period.from, nextDay(period.to)];
    const [places, trend] = await Promise.all([this.places(params), this.trend(params, period, months)]);

    const byRegion = new Map<string, PlaceRow[]>();
    const byDistrict = new Map<string, PlaceRow>();
    for (const row of places) {
      byRegion.set(row.regionCode, [...(byRegion.get(row.regionCode) ?? []), row]);
      if (row.districtCode) byDistrict.set(row.districtCode, row);
    }
    const empty = { organizationCount: 0, toldCount: 0, toldInPeriodCount: 0, lastToldOn: null };
    const districtRows = ordered.flatMap((regionCode) =>
      (findRegion(regionCode)?.districts ?? [])
        .filter((d) => !districts || districts.includes(d.code))
        .map((d) => ({ region: { code: regionCode }, district: { code: d.code }, ...sumFigures([byDistrict.get(d.code) ?? empty]) })),
    );
    return {
      period,
      ...sumFigures(places),
      regions: ordered.map((code) => ({ region: { code }, ...sumFigures(byRegion.get(code) ?? []) })),
      districts: districtRows,
      months: trend,
    };
  }

  private places(params: unknown[]): Promise<PlaceRow[]> {
    return this.dataSource.query(
      `SELECT region_code AS "regionCode", district_code AS "districtCode", count(*)::int AS "organizationCount",
              count(first_on)::int AS "toldCount", count(*) FILTER (WHERE in_period)::int AS "toldInPeriodCount", max(last_on)::text AS "lastToldOn"
       FROM (${ORGANIZATIONS_TOLD}) known
       GROUP BY region_code, district_code`,
      params,
    );
  }

  /** One point per month: the stock at its end (the period's end for the last), and those counted told at its end but not at its start. */
  private async trend(params: unknown[], period: ResolvedPeriod, months: string[]): Promise<OutreachMonth[]> {
    const ends = months.map((month, i) => {
      if (i === months.length - 1) return nextDay(period.to);
      const [year, m] = month.split('-').map(Number);
      return new Date(Date.UTC(year, m, 1)).toISOString().slice(0, 10);
    });
    const starts = months.map((month) => `${month}-01`);
    const rows: MonthRow[] = await this.dataSource.query(
      `SELECT m.key AS month,
              count(k.organization_id) FILTER (WHERE k.registered_at < (m.until)::timestamp AT TIME ZONE 'UTC')::int AS "organizationCount",
              count(k.organization_id) FILTER (WHERE k.registered_at < (m.until)::timestamp AT TIME ZONE 'UTC' AND k.first_on < m.until)::int AS "toldCount",
              count(k.organization_id) FILTER (WHERE k.registered_at < (m.until)::timestamp AT TIME ZONE 'UTC' AND k.first_on < m.until
                AND NOT (k.registered_at < (m.since)::timestamp AT TIME ZONE 'UTC' AND k.first_on < m.since))::int AS "newlyToldCount"
       FROM unnest($6::text[], $7::date[], $8::date[]) AS m(key, since, until)
       LEFT JOIN (${ORGANIZATIONS_TOLD}) k ON TRUE
       GROUP BY m.key ORDER BY m.key`,
      [...params, months, starts, ends],
    );
    return rows.map((row) => ({ ...row, toldShare: share(row.toldCount, row.organizationCount) }));
  }
}
