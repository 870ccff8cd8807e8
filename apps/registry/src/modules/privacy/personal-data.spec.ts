import { printSchema } from 'graphql';
import { buildRegistrySchema } from '../../registry.schema';
import { PERSONAL_DATA_FIELDS } from './personal-data';

describe('personal data marking', () => {
  it('marks the contact people\'s names, phones, e-mails and links, and says so in the published schema', async () => {
    const schema = await buildRegistrySchema();
    const marked = PERSONAL_DATA_FIELDS.map((f) => `${f.type}.${f.field}`);
    expect(marked).toEqual(expect.arrayContaining(['ContactPerson.name', 'ContactPerson.phones', 'ContactPerson.emails', 'ContactPerson.socialLinks']));
    expect(marked).not.toContain('ContactPerson.role');
    for (const { type, field } of PERSONAL_DATA_FIELDS) {
      const description = (schema.getType(type) as { getFields(): Record<string, { description?: string | null }> }).getFields()[field].description;
      expect(`${type}.${field}: ${description}`).toMatch(/: Personal data/);
    }
    expect(printSchema(schema)).toContain('Personal data. Phone numbers');
  });
});
