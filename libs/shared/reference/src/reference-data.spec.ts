import { ASSISTANCE_CATALOG, AssistanceSubtype, assistanceTypeOf, AssistanceType } from './assistance-catalog';
import { Direction, DIRECTION_LABELS } from './directions';
import { findRegion, REGIONS } from './regions';

describe('reference data', () => {
  it('holds the 17 oblasts and 3 cities with 228 districts, unique KATO codes and three names each', () => {
    expect(REGIONS.filter((r) => r.kind === 'oblast')).toHaveLength(17);
    expect(REGIONS.filter((r) => r.kind === 'city').map((r) => r.name.en)).toEqual(['Astana', 'Almaty', 'Shymkent']);
    const districts = REGIONS.flatMap((r) => r.districts);
    expect(districts).toHaveLength(228);
    const codes = [...REGIONS.map((r) => r.code), ...districts.map((d) => d.code)];
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.every((c) => /^\d{9}$/.test(c))).toBe(true);
    for (const unit of [...REGIONS, ...districts]) expect(unit.name.kk && unit.name.ru && unit.name.en).toBeTruthy();
    expect(findRegion('710000000')?.name.kk).toBe('Астана');
  });

  it('places every assistance sub-type under exactly one type', () => {
    const listed = Object.values(ASSISTANCE_CATALOG).flat();
    expect(listed.sort()).toEqual(Object.values(AssistanceSubtype).sort());
    expect(assistanceTypeOf(AssistanceSubtype.TRAINING)).toBe(AssistanceType.ADMINISTRATIVE);
    expect(assistanceTypeOf(AssistanceSubtype.MEDIA_INTEREST)).toBe(AssistanceType.INFORMATIONAL);
  });

  it('labels all twelve directions', () => {
    expect(Object.keys(DIRECTION_LABELS).sort()).toEqual(Object.values(Direction).sort());
    expect(Object.values(Direction)).toHaveLength(12);
  });
});
