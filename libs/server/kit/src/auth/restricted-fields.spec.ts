import 'reflect-metadata';
import { AccessRestriction, Role, type Identity } from '@birge/shared-reference';
import { graphql, type GraphQLSchema } from 'graphql';
import pino from 'pino';
import { Arg, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { createRequestContext } from '../context/request-context';
import { buildFederatedSchema } from '../schema/build-federated-schema';
import './access-restriction.type';
import { PERSONAL_DATA_HIDDEN_DESCRIPTION, PersonalData, RegionRestricted, restrictedFieldsOf } from './restricted-fields';

const ALMATY = '750000000';
const ASTANA = '710000000';

/** What the field resolvers below were asked to load, so a test can tell a withheld field was never loaded. */
const loaded: string[] = [];

// "registry": an Organization with personal data on a property and a region-restricted field resolver.
@ObjectType('Organization', { description: 'A registry organization.' })
class RegistryOrganization {
  @Field(() => ID, { description: 'Its id.' })
  id!: string;

  @PersonalData()
  @Field(() => String, { nullable: true, description: 'Personal data. Notes about people.' })
  notes!: string | null;

  @Field(() => AccessRestriction, { nullable: true, description: 'Why notes is null.' })
  personalDataHidden?: AccessRestriction | null;

  @Field(() => AccessRestriction, { nullable: true, description: 'Why contacts is null.' })
  contactsHidden?: AccessRestriction | null;

  regionCode!: string | null;
}

@Resolver(() => RegistryOrganization)
class RegistryOrganizationResolver {
  static organizations: Record<string, object> = {};

  @Query(() => RegistryOrganization, { nullable: true, description: 'An organization.' })
  organization(@Arg('id', () => ID, { description: 'Its id.' }) id: string): object | null {
    return RegistryOrganizationResolver.organizations[id] ?? null;
  }

  @RegionRestricted('contactsHidden')
  @FieldResolver(() => [String], { nullable: true, description: 'The contact log.' })
  contacts(@Root() organization: RegistryOrganization): string[] {
    loaded.push(`contacts of ${organization.id}`);
    return ['called'];
  }
}

// "assistance": another Organization, without those fields, and an attachment whose personal
// content is marked on the type's property while a field resolver provides it.
@ObjectType('Organization', { description: 'An assistance organization.' })
class AssistanceOrganization {
  @Field(() => ID, { description: 'Its id.' })
  id!: string;
}

@ObjectType({ description: 'A file.' })
class Attachment {
  @Field(() => ID, { description: 'Its id.' })
  id!: string;

  @Field(() => AccessRestriction, { nullable: true, description: PERSONAL_DATA_HIDDEN_DESCRIPTION })
  personalDataHidden?: AccessRestriction | null;

  @PersonalData()
  content?: string | null;

  regionCode!: string | null;
}

@Resolver(() => Attachment)
class AttachmentResolver {
  static attachment: object = {};

  @Query(() => Attachment, { description: 'A file.' })
  attachment(): object {
    return AttachmentResolver.attachment;
  }

  @Query(() => AssistanceOrganization, { description: 'An organization.' })
  assistanceOrganization(): AssistanceOrganization {
    return { id: 'o' };
  }

  @FieldResolver(() => String, { nullable: true, description: 'Personal data. The content, base64.' })
  content(@Root() attachment: Attachment): string {
    loaded.push(`content of ${attachment.id}`);
    return 'JVBERg==';
  }
}

const staff = (regionCode: string): Identity => ({ userId: `staff-${regionCode}`, role: Role.REGIONAL_STAFF, regionCode });
const admin: Identity = { userId: 'admin', role: Role.REPUBLICAN_ADMIN, regionCode: null };
const analyst: Identity = { userId: 'analyst', role: Role.ANALYST, regionCode: null };
const partner: Identity = { userId: 'key', role: Role.PARTNER, regionCode: null, scopes: ['registry:read'], keyId: 'key' };

async function ask(schema: GraphQLSchema, source: string, identity: Identity | null) {
  const result = await graphql({ schema, source, contextValue: createRequestContext('r', identity, pino({ level: 'silent' })) });
  return { data: result.data, errors: (result.errors ?? []).map((e) => e.message) };
}

const ORGANIZATION = '{ organization(id: "1") { notes personalDataHidden contacts contactsHidden } }';

describe('restricted fields in buildFederatedSchema', () => {
  let registry: GraphQLSchema;
  let assistance: GraphQLSchema;

  beforeAll(async () => {
    registry = await buildFederatedSchema({ resolvers: [RegistryOrganizationResolver], partnerScope: 'registry' });
    assistance = await buildFederatedSchema({ resolvers: [AttachmentResolver], partnerScope: 'assistance' });
  });
  beforeEach(() => {
    loaded.length = 0;
  });

  it("applies each schema's own marks only, though both have an Organization", async () => {
    expect(restrictedFieldsOf(registry)).toEqual([
      { type: 'Organization', field: 'notes', rule: 'personal-data', reasonField: 'personalDataHidden' },
      { type: 'Organization', field: 'contacts', rule: 'region-read', reasonField: 'contactsHidden' },
    ]);
    expect(restrictedFieldsOf(assistance)).toEqual([{ type: 'Attachment', field: 'content', rule: 'personal-data', reasonField: 'personalDataHidden' }]);
    // Built again after the other, in the same process: still only its own.
    const again = await buildFederatedSchema({ resolvers: [AttachmentResolver], partnerScope: 'assistance' });
    expect(restrictedFieldsOf(again)).toEqual(restrictedFieldsOf(assistance));
    expect((await ask(again, '{ assistanceOrganization { id } }', analyst)).data).toEqual({ assistanceOrganization: { id: 'o' } });
  });

  it("withholds each marked field by its rule for the record's region, says why beside it, and never runs the withheld resolver", async () => {
    RegistryOrganizationResolver.organizations = { 1: { id: '1', notes: 'Айгүл, +77011234567', regionCode: ASTANA } };
    expect((await ask(registry, ORGANIZATION, staff(ASTANA))).data).toEqual({
      organization: { notes: 'Айгүл, +77011234567', personalDataHidden: null, contacts: ['called'], contactsHidden: null },
    });
    expect((await ask(registry, ORGANIZATION, staff(ALMATY))).data).toEqual({
      organization: { notes: null, personalDataHidden: 'OTHER_REGION', contacts: null, contactsHidden: 'OTHER_REGION' },
    });
    expect((await ask(registry, ORGANIZATION, analyst)).data).toEqual({
      organization: { notes: null, personalDataHidden: 'PERSONAL_DATA_HIDDEN_FOR_ROLE', contacts: ['called'], contactsHidden: null },
    });
    // The region-read rule follows the subgraph's partner scope.
    expect((await ask(registry, ORGANIZATION, partner)).data).toEqual({
      organization: { notes: null, personalDataHidden: 'PERSONAL_DATA_HIDDEN_FOR_ROLE', contacts: ['called'], contactsHidden: null },
    });
    expect(loaded).toEqual(['contacts of 1', 'contacts of 1', 'contacts of 1']);

    AttachmentResolver.attachment = { id: 'a', regionCode: ASTANA };
    const file = '{ attachment { content personalDataHidden } }';
    expect((await ask(assistance, file, staff(ASTANA))).data).toEqual({ attachment: { content: 'JVBERg==', personalDataHidden: null } });
    expect((await ask(assistance, file, staff(ALMATY))).data).toEqual({ attachment: { content: null, personalDataHidden: 'OTHER_REGION' } });
    expect(loaded).toEqual(['contacts of 1', 'contacts of 1', 'contacts of 1', 'content of a']);
  });

  it('shows a record without a region yet to republican administrators only', async () => {
    RegistryOrganizationResolver.organizations = { 1: { id: '1', notes: 'x', regionCode: null } };
    expect((await ask(registry, ORGANIZATION, admin)).data).toEqual({ organization: { notes: 'x', personalDataHidden: null, contacts: ['called'], contactsHidden: null } });
    expect((await ask(registry, ORGANIZATION, staff(ASTANA))).data).toEqual({
      organization: { notes: null, personalDataHidden: 'OTHER_REGION', contacts: null, contactsHidden: 'OTHER_REGION' },
    });
    expect((await ask(registry, ORGANIZATION, analyst)).data).toEqual({
      organization: { notes: null, personalDataHidden: 'PERSONAL_DATA_HIDDEN_FOR_ROLE', contacts: null, contactsHidden: AccessRestriction.ADMIN_ONLY },
    });
    expect(loaded).toEqual(['contacts of 1']);
  });

  it('fails rather than guesses for an object without its region', async () => {
    RegistryOrganizationResolver.organizations = { 1: { id: '1', notes: 'x' } };
    const result = await ask(registry, ORGANIZATION, admin);
    expect(result.errors[0]).toMatch(/Organization object without regionCode/);
    expect(result.data?.organization).toMatchObject({ notes: null, contacts: null });
    expect(loaded).toEqual([]);
  });
});

describe('restricted fields that cannot be guarded', () => {
  it('refuses a marked field that could not be null', async () => {
    @ObjectType({ description: 'A test record.' })
    class NotNullable {
      @PersonalData()
      @Field({ description: 'Personal data. Not nullable, wrongly.' })
      name!: string;

      @Field(() => AccessRestriction, { nullable: true, description: 'Why.' })
      personalDataHidden?: AccessRestriction | null;
    }
    @Resolver()
    class NotNullableResolver {
      @Query(() => NotNullable, { description: 'One.' })
      notNullable(): NotNullable {
        return { name: 'x' };
      }
    }
    await expect(buildFederatedSchema({ resolvers: [NotNullableResolver] })).rejects.toThrow('NotNullable.name is restricted (personal-data) and must be nullable');
  });

  it('refuses a holding type without its reason field or with one that is not a nullable AccessRestriction, and a region rule without a partner scope', async () => {
    @ObjectType({ description: 'A test record.' })
    class NoReason {
      @Field(() => String, { nullable: true, description: 'Notes.' })
      @RegionRestricted('notesHidden')
      notes!: string | null;
    }
    @ObjectType({ description: 'A test record.' })
    class WrongReason {
      @Field(() => String, { nullable: true, description: 'Notes.' })
      @RegionRestricted('notesHidden')
      notes!: string | null;

      @Field(() => String, { nullable: true, description: 'Why, as text.' })
      notesHidden?: string | null;
    }
    @Resolver()
    class ReasonResolver {
      @Query(() => NoReason, { description: 'One.' })
      noReason(): NoReason {
        return { notes: null };
      }
      @Query(() => WrongReason, { description: 'One.' })
      wrongReason(): WrongReason {
        return { notes: null };
      }
    }
    @Resolver()
    class WrongReasonResolver {
      @Query(() => WrongReason, { description: 'One.' })
      wrongReasonOnly(): WrongReason {
        return { notes: null };
      }
    }
    await expect(buildFederatedSchema({ resolvers: [ReasonResolver], partnerScope: 'registry' })).rejects.toThrow(
      'NoReason.notesHidden should say why NoReason.notes is withheld but is not a field',
    );
    await expect(buildFederatedSchema({ resolvers: [WrongReasonResolver], partnerScope: 'registry' })).rejects.toThrow(
      'WrongReason.notesHidden says why WrongReason.notes is withheld and must be a nullable AccessRestriction',
    );
    // A region-restricted field needs the subgraph's partner scope to decide partners' reads.
    await expect(buildFederatedSchema({ resolvers: [RegistryOrganizationResolver] })).rejects.toThrow(
      'Organization.contacts is region-restricted: the subgraph needs a partnerScope',
    );
  });

  it('keeps the marks and the "Personal data" descriptions in step', async () => {
    @ObjectType({ description: 'A test record.' })
    class Undescribed {
      @PersonalData()
      @Field(() => String, { nullable: true, description: 'A name.' })
      name!: string | null;

      @Field(() => AccessRestriction, { nullable: true, description: 'Why.' })
      personalDataHidden?: AccessRestriction | null;
    }
    @ObjectType({ description: 'A test record.' })
    class Unmarked {
      @Field(() => String, { nullable: true, description: 'Personal data. A name, unmarked.' })
      name!: string | null;
    }
    @Resolver()
    class UndescribedResolver {
      @Query(() => Undescribed, { description: 'One.' })
      undescribed(): Undescribed {
        return { name: null };
      }
    }
    @Resolver()
    class UnmarkedResolver {
      @Query(() => Unmarked, { description: 'One.' })
      unmarked(): Unmarked {
        return { name: null };
      }
    }
    await expect(buildFederatedSchema({ resolvers: [UndescribedResolver] })).rejects.toThrow('Undescribed.name is personal data: its description must start with "Personal data"');
    await expect(buildFederatedSchema({ resolvers: [UnmarkedResolver] })).rejects.toThrow('Unmarked.name is described as personal data but not marked @PersonalData()');
  });

  it('refuses a mark on a property that is no field', async () => {
    @ObjectType({ description: 'A test record.' })
    class Stray {
      @Field(() => ID, { description: 'Its id.' })
      id!: string;

      @PersonalData()
      secret?: string;

      @Field(() => AccessRestriction, { nullable: true, description: 'Why.' })
      personalDataHidden?: AccessRestriction | null;
    }
    @Resolver()
    class StrayResolver {
      @Query(() => Stray, { description: 'One.' })
      stray(): Stray {
        return { id: '1' };
      }
    }
    await expect(buildFederatedSchema({ resolvers: [StrayResolver] })).rejects.toThrow('Stray.secret is marked as restricted (personal-data) but is not a field');
  });
});
