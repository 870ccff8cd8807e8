import type { ContactPersonRecord } from '../organization/organization.entity';
import { copyField } from './csv';
import { copyContactPeople } from './copy-record';

const person = (over: Partial<Record<keyof ContactPersonRecord, unknown>> = {}) =>
  ({ name: 'Айгүл Серікқызы', role: null, phones: ['+77011234567'], emails: ['a@b.kz'], socialLinks: [], ...over }) as ContactPersonRecord;

describe('copyContactPeople', () => {
  it('writes exactly copyField(JSON.stringify(people)), whatever the texts and the shape', () => {
    const texts = ['', 'plain', 'Қамқор, ҚҚ', 'say "hi"', 'back\\slash', 'tab\there', 'line\nbreak', '\u0000', '\u001f', '\u007f', '\u2028', 'emoji 😀', 'lone \ud800', 'lone \udc00', 'null', '[]', '{}'];
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
