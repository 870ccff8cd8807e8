/**
 * The tile cartogram of Kazakhstan's 20 regions: one equal square per region on a 7 × 6 grid, so
 * a small region (a city) weighs as much on the map as a vast oblast and no area suggests a
 * ranking.
 *
 * How the positions were chosen: each region's column comes from the longitude of its
 * administrative centre and body (west → east, about 5° per column: Oral/Atyrau/Aktau in the
 * first column, Oskemen in the last), its row from the latitude (north → south, about 2.2° per
 * row: Petropavl and Kostanay on top, Shymkent and Almaty at the bottom). Where two regions fell
 * into one cell, the one whose territory lies further in that direction moved one cell: Astana
 * sits east of Akmola (which surrounds it), Ulytau south-west of Karaganda, Abai south-west of
 * East Kazakhstan, Zhetisu above Almaty Region, and the cities of Shymkent and Almaty below the
 * oblasts around them. The outline that results keeps the shape one knows: the Caspian column in
 * the west, the northern belt along Russia, the southern belt along Central Asia and the Altai in
 * the east. Boundary data (a choropleth) was not used: no boundary set with a clear licence
 * follows the 2022 reform (Abai, Jetisu and Ulytau).
 *
 * `abbr` is what a tile shows on a phone, `short` on wider screens; every tile also carries the
 * region's full name for screen readers.
 */
export interface RegionTile {
  /** KATO code of the region. */
  code: string;
  /** 1-based grid column, west → east. */
  column: number;
  /** 1-based grid row, north → south. */
  row: number;
  short: { kk: string; ru: string; en: string };
  abbr: { kk: string; ru: string; en: string };
}

export const TILE_COLUMNS = 7;
export const TILE_ROWS = 6;

export const REGION_TILES: readonly RegionTile[] = [
  // Row 1: the northern belt.
  { code: '390000000', column: 3, row: 1, short: { kk: 'Қостанай', ru: 'Костанай', en: 'Kostanay' }, abbr: { kk: 'ҚОС', ru: 'КОС', en: 'KOS' } },
  { code: '590000000', column: 4, row: 1, short: { kk: 'Солт. Қаз.', ru: 'Сев. Каз.', en: 'N. Kaz.' }, abbr: { kk: 'СҚО', ru: 'СКО', en: 'NKR' } },
  { code: '550000000', column: 6, row: 1, short: { kk: 'Павлодар', ru: 'Павлодар', en: 'Pavlodar' }, abbr: { kk: 'ПАВ', ru: 'ПАВ', en: 'PAV' } },
  // Row 2.
  { code: '270000000', column: 1, row: 2, short: { kk: 'Батыс Қаз.', ru: 'Зап. Каз.', en: 'W. Kaz.' }, abbr: { kk: 'БҚО', ru: 'ЗКО', en: 'WKR' } },
  { code: '150000000', column: 2, row: 2, short: { kk: 'Ақтөбе', ru: 'Актобе', en: 'Aktobe' }, abbr: { kk: 'АҚТ', ru: 'АКТ', en: 'AKT' } },
  { code: '110000000', column: 4, row: 2, short: { kk: 'Ақмола', ru: 'Акмола', en: 'Akmola' }, abbr: { kk: 'АҚМ', ru: 'АКМ', en: 'AKM' } },
  { code: '710000000', column: 5, row: 2, short: { kk: 'Астана', ru: 'Астана', en: 'Astana' }, abbr: { kk: 'АСТ', ru: 'АСТ', en: 'AST' } },
  { code: '630000000', column: 7, row: 2, short: { kk: 'Шығ. Қаз.', ru: 'Вост. Каз.', en: 'E. Kaz.' }, abbr: { kk: 'ШҚО', ru: 'ВКО', en: 'EKR' } },
  // Row 3: the middle.
  { code: '230000000', column: 1, row: 3, short: { kk: 'Атырау', ru: 'Атырау', en: 'Atyrau' }, abbr: { kk: 'АТЫ', ru: 'АТЫ', en: 'ATY' } },
  { code: '620000000', column: 4, row: 3, short: { kk: 'Ұлытау', ru: 'Улытау', en: 'Ulytau' }, abbr: { kk: 'ҰЛЫ', ru: 'УЛЫ', en: 'ULY' } },
  { code: '350000000', column: 5, row: 3, short: { kk: 'Қарағанды', ru: 'Караганда', en: 'Karagandy' }, abbr: { kk: 'ҚАР', ru: 'КАР', en: 'KAR' } },
  { code: '100000000', column: 6, row: 3, short: { kk: 'Абай', ru: 'Абай', en: 'Abai' }, abbr: { kk: 'АБА', ru: 'АБА', en: 'ABA' } },
  // Row 4.
  { code: '470000000', column: 1, row: 4, short: { kk: 'Маңғыстау', ru: 'Мангистау', en: 'Mangystau' }, abbr: { kk: 'МАҢ', ru: 'МАН', en: 'MAN' } },
  { code: '430000000', column: 3, row: 4, short: { kk: 'Қызылорда', ru: 'Кызылорда', en: 'Kyzylorda' }, abbr: { kk: 'ҚЫЗ', ru: 'КЫЗ', en: 'KYZ' } },
  { code: '330000000', column: 6, row: 4, short: { kk: 'Жетісу', ru: 'Жетісу', en: 'Zhetisu' }, abbr: { kk: 'ЖЕТ', ru: 'ЖЕТ', en: 'ZHE' } },
  // Row 5: the southern belt.
  { code: '610000000', column: 4, row: 5, short: { kk: 'Түркістан', ru: 'Туркестан', en: 'Turkistan' }, abbr: { kk: 'ТҮР', ru: 'ТУР', en: 'TUR' } },
  { code: '310000000', column: 5, row: 5, short: { kk: 'Жамбыл', ru: 'Жамбыл', en: 'Zhambyl' }, abbr: { kk: 'ЖАМ', ru: 'ЖАМ', en: 'ZHA' } },
  { code: '190000000', column: 6, row: 5, short: { kk: 'Алматы обл.', ru: 'Алмат. обл.', en: 'Almaty Reg.' }, abbr: { kk: 'АЛО', ru: 'АЛО', en: 'ALR' } },
  // Row 6: the two southern cities of republican significance.
  { code: '790000000', column: 4, row: 6, short: { kk: 'Шымкент', ru: 'Шымкент', en: 'Shymkent' }, abbr: { kk: 'ШЫМ', ru: 'ШЫМ', en: 'SHY' } },
  { code: '750000000', column: 6, row: 6, short: { kk: 'Алматы', ru: 'Алматы', en: 'Almaty' }, abbr: { kk: 'АЛА', ru: 'АЛА', en: 'ALA' } },
];
