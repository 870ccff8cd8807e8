import { REGIONS } from '@birge/shared-reference';
import { buildScale, classify } from './colour-scale';
import { REGION_TILES, TILE_COLUMNS, TILE_ROWS } from './region-tiles';

const tile = (code: string) => REGION_TILES.find((candidate) => candidate.code === code);

describe('the tile cartogram', () => {
  it('has one tile for each of the 20 regions, each in its own cell of the grid', () => {
    expect(REGION_TILES.map((entry) => entry.code).sort()).toEqual(REGIONS.map((region) => region.code).sort());
    const cells = REGION_TILES.map((entry) => `${entry.column}:${entry.row}`);
    expect(new Set(cells).size).toBe(20);
    for (const entry of REGION_TILES) {
      expect(entry.column).toBeGreaterThanOrEqual(1);
      expect(entry.column).toBeLessThanOrEqual(TILE_COLUMNS);
      expect(entry.row).toBeGreaterThanOrEqual(1);
      expect(entry.row).toBeLessThanOrEqual(TILE_ROWS);
    }
  });

  it('keeps the country recognisable: west Kazakhstan left of the east, the north above the south', () => {
    const [westKaz, eastKaz, northKaz, shymkent, mangystau, astana, akmola] = ['270000000', '630000000', '590000000', '790000000', '470000000', '710000000', '110000000'].map(tile);
    expect(westKaz?.column).toBeLessThan(eastKaz?.column ?? 0);
    expect(northKaz?.row).toBeLessThan(shymkent?.row ?? 0);
    expect(mangystau?.column).toBe(1);
    // Astana beside the oblast around it.
    expect(Math.abs((astana?.column ?? 0) - (akmola?.column ?? 0)) + Math.abs((astana?.row ?? 0) - (akmola?.row ?? 0))).toBe(1);
  });
});

describe('the colour scale', () => {
  it('gives small counts a class each and larger ones five equal whole-number steps from zero', () => {
    expect(buildScale([0, 1, 3], true).map((entry) => [entry.from, entry.to])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    const scale = buildScale([0, 4, 10, null], true);
    expect(scale.map((entry) => [entry.from, entry.to])).toEqual([
      [0, 2],
      [3, 4],
      [5, 6],
      [7, 8],
      [9, 10],
    ]);
    expect(classify(scale, 10)?.fill).toBe('#004f5c');
    expect(classify(scale, 0)?.fill).toBe('#e3f1f3');
    expect(classify(scale, null)).toBeNull();
  });
});
