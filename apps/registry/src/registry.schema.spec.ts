import { restrictedFieldsOf } from '@birge/server-kit';
import { printSchema, type GraphQLSchema } from 'graphql';
import { buildRegistrySchema } from './registry.schema';

describe('restricted fields of the registry', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildRegistrySchema();
  });

  it("withholds the contact people's names, phones, e-mails and links and the free text and files about people as personal data, and says so in the published schema", () => {
    const personal = restrictedFieldsOf(schema)
      .filter((f) => f.rule === 'personal-data')
      .map((f) => `${f.type}.${f.field}`)
      .sort();
    expect(personal).toEqual([
      'Contact.notes',
      'ContactPerson.emails',
      'ContactPerson.name',
      'ContactPerson.phones',
      'ContactPerson.socialLinks',
      // The directory's contact points at state bodies and sponsors, and staff notes about them.
      'ContactPoint.email',
      'ContactPoint.name',
      'ContactPoint.phone',
      'EvidenceFile.contentBase64',
      'EvidenceFile.fileName',
      'Sponsor.notes',
      'StateBody.notes',
      'VerificationCheck.notes',
      'VerificationHistoryEntry.reason',
    ]);
    expect(personal).not.toContain('ContactPerson.role');
    expect(printSchema(schema)).toContain('Personal data. Phone numbers');
  });

  it('withholds the contact log and the evidence files from those who may not read the region, each with its reason beside it', () => {
    expect(restrictedFieldsOf(schema).filter((f) => f.rule === 'region-read')).toEqual([
      { type: 'Organization', field: 'contacts', rule: 'region-read', reasonField: 'contactsHidden' },
      { type: 'VerificationCheck', field: 'evidence', rule: 'region-read', reasonField: 'evidenceHidden' },
    ]);
  });
});
