import { REGIONS, type RegionReference } from '@birge/shared-reference';

/**
 * Where generated records are: the 20 regions and their districts from the project's reference
 * data (libs/shared/reference, KATO codes), weighted by population, so that Almaty, Turkestan
 * region and Astana hold many organizations and Ulytau few, as in the country.
 */
export interface Place {
  regionIndex: number;
  regionCode: string;
  /** Null: the regional centre itself, no district recorded. */
  districtCode: string | null;
}

/** Inhabitants in thousands (2025 estimates, rounded), by KATO region code. */
const POPULATION: Readonly<Record<string, number>> = {
  '100000000': 600,
  '110000000': 790,
  '150000000': 930,
  '190000000': 1520,
  '230000000': 700,
  '270000000': 690,
  '310000000': 1220,
  '330000000': 700,
  '350000000': 1130,
  '390000000': 830,
  '430000000': 830,
  '470000000': 780,
  '550000000': 750,
  '590000000': 530,
  '610000000': 2110,
  '620000000': 220,
  '630000000': 720,
  '710000000': 1500,
  '750000000': 2300,
  '790000000': 1250,
};

/** The regional centre, as organizations put it in their names (Kazakh, Russian). */
export const REGION_CENTRES: Readonly<Record<string, readonly [string, string]>> = {
  '100000000': ['Семей', 'Семей'],
  '110000000': ['Көкшетау', 'Кокшетау'],
  '150000000': ['Ақтөбе', 'Актобе'],
  '190000000': ['Қонаев', 'Конаев'],
  '230000000': ['Атырау', 'Атырау'],
  '270000000': ['Орал', 'Уральск'],
  '310000000': ['Тараз', 'Тараз'],
  '330000000': ['Талдықорған', 'Талдыкорган'],
  '350000000': ['Қарағанды', 'Караганда'],
  '390000000': ['Қостанай', 'Костанай'],
  '430000000': ['Қызылорда', 'Кызылорда'],
  '470000000': ['Ақтау', 'Актау'],
  '550000000': ['Павлодар', 'Павлодар'],
  '590000000': ['Петропавл', 'Петропавловск'],
  '610000000': ['Түркістан', 'Туркестан'],
  '620000000': ['Жезқазған', 'Жезказган'],
  '630000000': ['Өскемен', 'Усть-Каменогорск'],
  '710000000': ['Астана', 'Астана'],
  '750000000': ['Алматы', 'Алматы'],
  '790000000': ['Шымкент', 'Шымкент'],
};

/** A city or city district draws more organizations than a rural district. */
const DISTRICT_WEIGHT = { city: 3, city_district: 2, district: 1 } as const;

export class Places {
  readonly regions: readonly RegionReference[] = REGIONS;
  private readonly regionCumulative: number[];
  private readonly districtCumulative: number[][];

  constructor() {
    let total = 0;
    this.regionCumulative = REGIONS.map((region) => (total += POPULATION[region.code] ?? 500));
    this.districtCumulative = REGIONS.map((region) => {
      let sum = 0;
      return region.districts.map((district) => (sum += DISTRICT_WEIGHT[district.kind] ?? 1));
    });
  }

  get districtCount(): number {
    return REGIONS.reduce((sum, region) => sum + region.districts.length, 0);
  }

  /** A region by population; then a district by kind, or (one time in eight) the centre itself. */
  draw(random: { weighted(c: readonly number[]): number; chance(p: number): boolean }): Place {
    const regionIndex = random.weighted(this.regionCumulative);
    const region = REGIONS[regionIndex];
    const districtCode = random.chance(0.125) || !region.districts.length ? null : region.districts[random.weighted(this.districtCumulative[regionIndex])].code;
    return { regionIndex, regionCode: region.code, districtCode };
  }
}
