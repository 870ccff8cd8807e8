import { printSchema } from 'graphql';
import { buildRegistrySchema } from '../../registry.schema';
import { PERSONAL_DATA_FIELDS, REGION_RESTRICTED_FIELDS } from './personal-data';

describe('personal data marking', () => {
  it('marks the contact people\'s names, phones, e-mails and links, and says so in the published schema', async () => {
    const schema = await buildRegistrySchema();
    const marked = PERSONAL_DATA_FIELDS.map((f) => `${f.type}.${f.field}`);
    expect(marked).toEqual(expect.arrayContaining(['ContactPerson.name', 'ContactPerson.phones', 'ContactPerson.emails', 'ContactPerson.socialLinks']));
    expect(marked).toEqual(
      expect.arrayContaining(['Contact.notes', 'VerificationCheck.notes', 'VerificationHistoryEntry.reason', 'EvidenceFile.fileName', 'EvidenceFile.contentBase64']),
    );
    expect(marked).not.toContain('ContactPerson.role');
    for (const { type, field } of PERSONAL_DATA_FIELDS) {
      const description = (schema.getType(type) as { getFields(): Record<string, { description?: string | null }> }).getFields()[field].description;
      expect(`${type}.${field}: ${description}`).toMatch(/: Personal data/);
    }
    expect(printSchema(schema)).toContain('Personal data. Phone numbers');
  });
});

describe('region-restricted marking', () => {
  it('marks the contact log and the evidence files, each with a nullable reason field beside it', async () => {
    const schema = await buildRegistrySchema();
    expect(REGION_RESTRICTED_FIELDS).toEqual(
      expect.arrayContaining([
        { type: 'Organization', field: 'contacts', reasonField: 'contactsHidden' },
        { type: 'VerificationCheck', field: 'evidence', reasonField: 'evidenceHidden' },
      ]),
    );
    for (const { type, reasonField } of REGION_RESTRICTED_FIELDS) {
      const field = (schema.getType(type) as { getFields(): Record<string, { type: unknown }> }).getFields()[reasonField];
      expect(String(field.type)).toBe('AccessRestriction');
    }
  });
});
