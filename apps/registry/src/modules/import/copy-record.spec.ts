import { Direction, LegalForm, OrganizationKind, OrganizationStatus, VolunteerCategory, VolunteeringMode } from '@birge/shared-reference';
import type { ContactPersonRecord } from '../organization/organization.entity';
import { copyField } from './csv';
import { copyContactPeople, recordFields } from './copy-record';
import { checkContext, checkRow, type ImportColumn, type RowError } from './import-columns';

const person = (over: Partial<Record<keyof ContactPersonRecord, unknown>> = {}) =>
  ({ name: 'Айгүл Серікқызы', role: null, phones: ['+77011234567'], emails: ['a@b.kz'], socialLinks: [], ...over }) as ContactPersonRecord;

describe('copyContactPeople', () => {
  it('writes exactly copyField(JSON.stringify(people)), whatever the texts and the shape', () => {
    const texts = [
      '',
      'plain',
      'Қамқор, ҚҚ',
      'say "hi"',
      'back\\slash',
      'tab\there',
      'line\nbreak',
      '\u0000',
      '\u001f',
      '\u007f',
      '\u2028',
      'emoji 😀',
      'lone \ud800',
      'lone \udc00',
      'null',
      '[]',
      '{}',
    ];
    const lists: ContactPersonRecord[][] = [[], [person()], [person(), person({ role: 'Head', phones: [], emails: ['x@y.kz', 'z@w.kz'], socialLinks: ['https://x.kz'] })]];
    for (const text of texts) {
      lists.push([person({ name: text })], [person({ role: text })], [person({ phones: ['+77011234567', text] })], [person({ emails: [text] })], [person({ socialLinks: [text] })]);
    }
    const reordered = { role: null, name: 'X', phones: [], emails: [], socialLinks: [] } as ContactPersonRecord;
    const extra = { ...person(), telegram: '@x' } as ContactPersonRecord;
    const missing = { name: 'X', role: null, phones: [], emails: [] } as unknown as ContactPersonRecord;
    const withHole: string[] = [];
    withHole[1] = '+77011234567';
    const holes = person({ phones: withHole });
    const odd = [person({ role: undefined }), person({ role: 7 }), person({ phones: 'not a list' }), person({ emails: [1, 2] }), person({ name: null }), null];
    lists.push([reordered], [extra], [missing], [holes], ...odd.map((p) => [p as ContactPersonRecord]), [person(), extra]);
    for (const people of lists) expect(copyContactPeople(people)).toBe(copyField(JSON.stringify(people)));
    expect(copyContactPeople(undefined as unknown as ContactPersonRecord[])).toBe(copyField(JSON.stringify(undefined)));
  });

  it('doubles the JSON quotes for COPY', () => {
    expect(copyContactPeople([person({ socialLinks: ['https://x.kz'] })])).toBe(
      '"[{""name"":""Айгүл Серікқызы"",""role"":null,""phones"":[""+77011234567""],""emails"":[""a@b.kz""],""socialLinks"":[""https://x.kz""]}]"',
    );
    expect(copyContactPeople([])).toBe('"[]"');
  });
});

describe('recordFields', () => {
  const checked = (cells: Partial<Record<ImportColumn, string>>) => {
    const errors: RowError[] = [];
    const row = checkRow(2, (column) => cells[column], errors, checkContext(new Date('2026-11-25T10:00:00Z')));
    expect(errors).toEqual([]);
    return row!;
  };

  it('writes the values it leaves unquoted only from enums of capitals, digits and underscores', () => {
    for (const values of [OrganizationKind, LegalForm, OrganizationStatus, Direction, VolunteerCategory, VolunteeringMode]) {
      for (const value of Object.values(values)) expect(value).toMatch(/^[A-Z][A-Z0-9_]*$/);
    }
  });

  it('writes a record with every column set: free text quoted, checked values bare', () => {
    const row = checked({
      name: 'Қамқор, "жастары"',
      name_kk: 'Қамқор жастары',
      name_ru: 'Камкор',
      name_latin: 'Qamqor',
      kind: 'NGO',
      legal_form: 'public foundation',
      bin: '180340021791',
      qazvolunteer_id: 'qv-77',
      region_code: '710000000',
      district_code: '711210000',
      directions: 'BILIM;MEDIA',
      categories: 'CHILDREN',
      modes: 'ONLINE;OFFLINE',
      description: 'Көмек\nкөрсетеміз',
      volunteer_count: '40',
      founded_on: '2019-03-01',
      status: 'dormant',
      contact_name: 'Айгүл',
      contact_phones: '+7 701 123 45 67',
    });
    expect(recordFields(row)).toBe(
      '"Қамқор, ""жастары""","Қамқор жастары","Камкор","Qamqor",NGO,PUBLIC_FOUNDATION,180340021791,QV-77,"710000000","711210000",' +
        '"{BILIM,MEDIA}","{CHILDREN}","{ONLINE,OFFLINE}","Көмек көрсетеміз",' +
        '"[{""name"":""Айгүл"",""role"":null,""phones"":[""+77011234567""],""emails"":[],""socialLinks"":[]}]",40,2019-03-01,DORMANT,' +
        `${copyField(row.searchKey)},${copyField(row.duplicateKey)}`,
    );
  });

  it('writes an absent value as an empty field (NULL), and an empty list or key as an empty value', () => {
    const row = checked({ name: 'ОФ', kind: 'INITIATIVE_GROUP', region_code: '710000000', directions: 'BILIM' });
    expect(row.duplicateKey).toBe('');
    expect(recordFields(row)).toBe('"ОФ",,,,INITIATIVE_GROUP,,,,"710000000",,"{BILIM}","{}","{}",,"[]",,,ACTIVE,"of",""');
  });
});
