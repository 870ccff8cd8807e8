import { Paged, requireRole } from '@birge/server-kit';
import { Role } from '@birge/shared-reference';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { IdentityContext } from '../../identity.context';
import { CreateStaffAccountInput, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './dto/create-staff-account.input';
import { StaffAccountFilter } from './dto/staff-account-filter.input';
import { StaffAccountConnection } from './staff-account.connection';
import { StaffAccount } from './staff-account.type';

@Resolver(() => StaffAccount)
export class StaffAccountResolver {
  @Query(() => StaffAccount, { nullable: true, description: 'The signed-in staff account; null for an anonymous caller.' })
  me(@Ctx() ctx: IdentityContext): Promise<StaffAccount | null> {
    return ctx.services.accounts.me(ctx.identity);
  }

  @Authorized(Role.REPUBLICAN_ADMIN)
  @Paged()
  @Query(() => StaffAccountConnection, { description: 'Staff accounts, newest first, a page at a time. Republican administrators only.' })
  staffAccounts(
    @Ctx() ctx: IdentityContext,
    @Arg('filter', () => StaffAccountFilter, { nullable: true, description: 'Narrows the list; every given field must match.' }) filter?: StaffAccountFilter,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string,
  ): Promise<StaffAccountConnection> {
    return ctx.services.accounts.list(filter, first, after);
  }

  @Authorized(Role.REPUBLICAN_ADMIN)
  @Mutation(() => StaffAccount, { description: 'Creates a staff account. Republican administrators only; wrong fields come back as BAD_USER_INPUT with extensions.fields.' })
  createStaffAccount(
    @Arg('input', () => CreateStaffAccountInput, { description: 'The new account.' }) input: CreateStaffAccountInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<StaffAccount> {
    return ctx.services.accounts.create(input, requireRole(ctx, Role.REPUBLICAN_ADMIN));
  }

  @Mutation(() => Boolean, {
    description:
      'Changes the signed-in staff member’s own password; true when changed. The current password must be given (BAD_USER_INPUT WRONG_PASSWORD otherwise); ' +
      'the owner is told by email, in case it was not them. UNAUTHENTICATED without a sign-in, FORBIDDEN for a partner key.',
  })
  changePassword(
    @Arg('currentPassword', { description: 'The password the person signs in with now.' }) currentPassword: string,
    @Arg('newPassword', { description: `The new password, ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters.` }) newPassword: string,
    @Ctx() ctx: IdentityContext,
  ): Promise<boolean> {
    return ctx.services.accounts.changePassword(requireRole(ctx, Role.REPUBLICAN_ADMIN, Role.REGIONAL_STAFF, Role.ANALYST), currentPassword, newPassword);
  }

  @Authorized(Role.REPUBLICAN_ADMIN)
  @Mutation(() => StaffAccount, { description: 'Deactivates a staff account and ends its sessions. Republican administrators only; not one’s own account.' })
  deactivateStaffAccount(@Arg('id', () => ID, { description: 'The account to deactivate.' }) id: string, @Ctx() ctx: IdentityContext): Promise<StaffAccount> {
    return ctx.services.accounts.deactivate(id, requireRole(ctx, Role.REPUBLICAN_ADMIN));
  }
}
