import type { EntityManager } from 'typeorm';
import type { ImportRow, RowError } from './import-columns';
import { ImportMatcher } from './import-matcher';

const REGISTERED = [
  { id: 'a', name: 'Қамқор', bin: '150340001234', qazvolunteer_id: 'QV-1', region_code: '710000000', kind: 'NGO' },
  { id: 'b', name: 'Үміт', bin: null, qazvolunteer_id: 'QV-2', region_code: '100000000', kind: 'INITIATIVE_GROUP' },
  { id: 'c', name: 'Жарық', bin: null, qazvolunteer_id: null, region_code: '100000000', kind: 'INITIATIVE_GROUP' },
];
const row = (line: number, name: string, bin: string | null, qazvolunteerId: string | null, regionCode = '100000000', kind = 'INITIATIVE_GROUP') =>
  ({
    line,
    name,
    kind,
    regionCode,
    districtCode: null,
    directions: [],
    profile: { bin, qazvolunteerId, categories: [], modes: [] },
    contactPeople: [],
    searchKey: '',
    duplicateKey: '',
  }) as ImportRow;

describe('ImportMatcher', () => {
  it('matches by BIN, else Qazvolunteer.kz ID, else region, kind and name among records with neither; reports keys of other records', async () => {
    const matcher = await ImportMatcher.load({ query: async () => REGISTERED } as unknown as EntityManager);
    const conflicts: RowError[] = [];
    expect(matcher.match(row(2, 'New name', '150340001234', null, '710000000', 'NGO'), conflicts)).toBe('a');
    expect(matcher.match(row(3, 'Other', null, 'QV-2'), conflicts)).toBe('b');
    expect(matcher.match(row(4, 'Жарық', null, null), conflicts)).toBe('c');
    // Same name, but the row has an ID: it is not that record.
    expect(matcher.match(row(5, 'Жарық', null, 'QV-9'), conflicts)).toBeNull();
    expect(matcher.match(row(6, 'Жарық', null, null, '710000000'), conflicts)).toBeNull();
    expect(conflicts).toEqual([]);
    // The BIN is a's, the ID b's: one row cannot be both records.
    expect(matcher.match(row(7, 'Stolen', '150340001234', 'QV-2', '710000000', 'NGO'), conflicts)).toBe('a');
    expect(conflicts).toEqual([
      { line: 7, column: 'qazvolunteer_id', code: 'DUPLICATE_QAZVOLUNTEER_ID', message: 'belongs to another registered record: "Үміт" (b)', existingId: 'b' },
    ]);
  });
});
