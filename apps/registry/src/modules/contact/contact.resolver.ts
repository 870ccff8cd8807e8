import { Paged, RegionRestricted, requireIdentity } from '@birge/server-kit';
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { RegistryContext } from '../../registry.context';
import { Organization } from '../organization/organization.type';
import { District } from '../region/district.type';
import { Contact, ContactConnection } from './contact.type';
import { LogContactInput } from './dto/log-contact.input';

@Resolver(() => Contact)
export class ContactResolver {
  @Authorized()
  @Mutation(() => Contact, {
    description:
      'Logs an interaction with an actor; the staff member is the signed-in user. Emits registry.contact-logged, from which ' +
      'analytics computes district coverage. Wrong fields come back as BAD_USER_INPUT with extensions.fields. ' +
      "Who may: republican administrators, the organization's own region's staff (others FORBIDDEN, OTHER_REGION), partners with registry:write; analysts never (READ_ONLY_ROLE).",
  })
  logContact(@Arg('input', () => LogContactInput, { description: 'The contact to log.' }) input: LogContactInput, @Ctx() ctx: RegistryContext): Promise<Contact> {
    return ctx.services.contacts.log(input, requireIdentity(ctx));
  }

  @FieldResolver(() => District, { nullable: true, description: 'The district the contact took place in or counts for.' })
  district(@Root() contact: Contact, @Ctx() ctx: RegistryContext): Promise<District | null> | null {
    return contact.districtCode ? ctx.services.regions.districtLoader(ctx.loaders).load(contact.districtCode) : null;
  }
}

@Resolver(() => Organization)
export class OrganizationContactsResolver {
  @RegionRestricted('contactsHidden')
  @Paged()
  @FieldResolver(() => ContactConnection, {
    nullable: true,
    description: "The contact log of this actor, newest first. Null for another region's staff, with contactsHidden saying why.",
  })
  contacts(
    @Root() organization: Organization,
    @Ctx() ctx: RegistryContext,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string,
  ): Promise<ContactConnection | null> {
    return ctx.services.contacts.pageLoader(ctx.loaders, first, after).load(organization.id);
  }
}
