import { Paged, requireRole } from '@birge/server-kit';
import { Role } from '@birge/shared-reference';
import { Arg, Authorized, Ctx, Directive, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { IdentityContext } from '../../identity.context';
import { requireGateway } from '../internal-caller';
import { ApiKeyConnection } from './api-key.connection';
import { ApiKey, ApiKeyVerification, CreatedApiKey } from './api-key.type';
import { CreateApiKeyInput } from './dto/create-api-key.input';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Authorized(Role.REPUBLICAN_ADMIN)
  @Paged()
  @Query(() => ApiKeyConnection, { description: 'Partner API keys, newest first, a page at a time. Republican administrators only.' })
  apiKeys(
    @Ctx() ctx: IdentityContext,
    @Arg('activeOnly', () => Boolean, { nullable: true, description: 'true: only keys that are neither revoked nor expired.' }) activeOnly?: boolean,
    @Arg('first', () => Int, { nullable: true, description: '1 to 100; 20 when omitted.' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string,
  ): Promise<ApiKeyConnection> {
    return ctx.services.apiKeys.list(activeOnly, first, after);
  }

  @Authorized(Role.REPUBLICAN_ADMIN)
  @Mutation(() => CreatedApiKey, {
    description:
      'Creates a partner API key with scopes and an expiry; the secret comes back this once. Republican administrators only; wrong fields come back as BAD_USER_INPUT with extensions.fields.',
  })
  createApiKey(
    @Arg('input', () => CreateApiKeyInput, { description: 'The key’s name, scopes, expiry and optional rate limit.' }) input: CreateApiKeyInput,
    @Ctx() ctx: IdentityContext,
  ): Promise<CreatedApiKey> {
    return ctx.services.apiKeys.create(input, requireRole(ctx, Role.REPUBLICAN_ADMIN));
  }

  @Authorized(Role.REPUBLICAN_ADMIN)
  @Mutation(() => ApiKey, { description: 'Revokes an API key: the gateway refuses it within 30 seconds. Revoking a revoked key changes nothing. Republican administrators only.' })
  revokeApiKey(@Arg('id', () => ID, { description: 'The key’s id.' }) id: string, @Ctx() ctx: IdentityContext): Promise<ApiKey> {
    return ctx.services.apiKeys.revoke(id, requireRole(ctx, Role.REPUBLICAN_ADMIN));
  }

  @Directive('@federation__inaccessible')
  @Query(() => ApiKeyVerification, { description: 'Internal: the gateway verifies an API key. Not part of the public API; the gateway’s own signed calls only.' })
  _verifyApiKey(@Arg('key', { description: 'The key as the caller sent it.' }) key: string, @Ctx() ctx: IdentityContext): Promise<ApiKeyVerification> {
    requireGateway(ctx);
    return ctx.services.apiKeys.verify(key);
  }
}
