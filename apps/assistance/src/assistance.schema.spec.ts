import { restrictedFieldsOf } from '@birge/server-kit';
import { Role } from '@birge/shared-reference';
import { isObjectType, type GraphQLSchema } from 'graphql';
import { buildAssistanceSchema } from './assistance.schema';

describe('personal data in assistance', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildAssistanceSchema();
  });

  it('withholds the free text people write into a case and the attached files as personal data, and nothing else', () => {
    expect(
      restrictedFieldsOf(schema)
        .map((f) => `${f.type}.${f.field} ${f.rule} ${f.reasonField}`)
        .sort(),
    ).toEqual([
      'AssistanceAttachment.contentBase64 personal-data personalDataHidden',
      'AssistanceAttachment.fileName personal-data personalDataHidden',
      'AssistanceOutcome.note personal-data personalDataHidden',
      'AssistanceRating.comment personal-data personalDataHidden',
      'AssistanceRequest.description personal-data personalDataHidden',
      'AssistanceTimelineEntry.text personal-data personalDataHidden',
      'Booking.purpose personal-data personalDataHidden',
      'StateBodyReferral.answer personal-data personalDataHidden',
      'StateBodyReferral.note personal-data personalDataHidden',
    ]);
  });

  it("hides an attached file without reading it, by the request's region", async () => {
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
    expect(await run({ userId: 'admin', role: Role.REPUBLICAN_ADMIN, regionCode: null })).toEqual({ fileName: 'permit.pdf', content: 'JVBERg==', hidden: null });
    expect(loaded).toEqual(['staff', 'admin']);
  });
});
