import { Role } from '@birge/shared-reference';
import { isNonNullType, isObjectType, type GraphQLSchema } from 'graphql';
import { Field, ObjectType, Query, Resolver, buildSchema } from 'type-graphql';
import { buildAssistanceSchema } from '../../assistance.schema';
import { PERSONAL_DATA_FIELDS, PersonalData } from './personal-data';
import { hidePersonalData } from './personal-data-guard';

/** The marked fields of the assistance schema, as `Type.field`. */
function markedFields(schema: GraphQLSchema): string[] {
  const marked: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.description?.startsWith('Personal data')) marked.push(`${type.name}.${field.name}`);
    }
  }
  return marked.sort();
}

describe('personal data in assistance', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildAssistanceSchema();
  });

  it('marks the free text people write into a case and the attached files, and says so in the schema', () => {
    expect(markedFields(schema)).toEqual([
      'AssistanceAttachment.contentBase64',
      'AssistanceAttachment.fileName',
      'AssistanceOutcome.note',
      'AssistanceRating.comment',
      'AssistanceRequest.description',
      'AssistanceTimelineEntry.text',
      'Booking.purpose',
      'StateBodyReferral.answer',
      'StateBodyReferral.note',
    ]);
    // The marker and the description say the same, and every holder explains a withheld value.
    expect(PERSONAL_DATA_FIELDS.length).toBe(9);
    for (const name of markedFields(schema)) {
      const [typeName, fieldName] = name.split('.');
      const type = schema.getType(typeName);
      if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
      expect({ name, nullable: !isNonNullType(type.getFields()[fieldName].type) }).toEqual({ name, nullable: true });
      expect(type.getFields().personalDataHidden?.type.toString()).toBe('AccessRestriction');
    }
  });

  it('refuses to build a schema where personal data could not come back null', async () => {
    @ObjectType({ description: 'A test record.' })
    class Sample {
      @PersonalData()
      @Field({ description: 'Personal data. Not nullable, wrongly.' })
      name: string;

      @Field(() => String, { nullable: true })
      personalDataHidden?: string | null;
    }
    @Resolver()
    class SampleResolver {
      @Query(() => Sample)
      sample(): Sample {
        return { name: 'x' };
      }
    }
    const sampleSchema = await buildSchema({ resolvers: [SampleResolver], orphanedTypes: [Sample], authChecker: () => true });
    try {
      expect(() => hidePersonalData(sampleSchema)).toThrow('Sample.name is personal data and must be nullable');
    } finally {
      PERSONAL_DATA_FIELDS.splice(PERSONAL_DATA_FIELDS.findIndex((f) => f.target === Sample), 1);
    }
  });

  it('hides a marked field without running its resolver, by the record\'s region', async () => {
    const loaded: string[] = [];
    const attachment = { id: 'a', fileName: 'permit.pdf', mimeType: 'application/pdf', sizeBytes: 1, sha256: 'x', createdBy: 'u', createdAt: new Date(), regionCode: '710000000' };
    const run = async (identity: { userId: string; role: Role; regionCode: string | null }) => {
      const type = schema.getType('AssistanceAttachment');
      if (!isObjectType(type)) throw new Error('no AssistanceAttachment');
      const fields = type.getFields();
      const context = { identity, services: { attachments: { contentBase64: async () => (loaded.push(identity.userId), 'JVBERg==') } } };
      const resolve = (name: string) => fields[name].resolve?.(attachment, {}, context, {} as never);
      return { fileName: await resolve('fileName'), content: await resolve('contentBase64'), hidden: await resolve('personalDataHidden') };
    };
    expect(await run({ userId: 'staff', role: Role.REGIONAL_STAFF, regionCode: '710000000' })).toEqual({ fileName: 'permit.pdf', content: 'JVBERg==', hidden: null });
    expect(await run({ userId: 'other', role: Role.REGIONAL_STAFF, regionCode: '750000000' })).toEqual({ fileName: null, content: null, hidden: 'OTHER_REGION' });
    expect(await run({ userId: 'analyst', role: Role.ANALYST, regionCode: null })).toEqual({ fileName: null, content: null, hidden: 'PERSONAL_DATA_HIDDEN_FOR_ROLE' });
    expect(loaded).toEqual(['staff']);
  });
});
