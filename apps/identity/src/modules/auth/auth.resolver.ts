import { Arg, Ctx, Directive, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { IdentityContext } from '../../identity.context';
import { requireGateway } from '../internal-caller';
import { AuthSession } from './auth-session.type';

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthSession, {
    description:
      'Signs in. Wrong email or password: INVALID_CREDENTIALS (the same for an unknown email). After 5 failures in a row the address is locked for 15 minutes: ACCOUNT_LOCKED with extensions.retryAfterSeconds.',
  })
  login(
    @Arg('email', { description: 'The sign-in address (any case).' }) email: string,
    @Arg('password', { description: 'The password.' }) password: string,
    @Ctx() ctx: IdentityContext,
  ): Promise<AuthSession> {
    return ctx.services.auth.login(email, password);
  }

  @Mutation(() => AuthSession, {
    description: 'A new access token and a new refresh token for a valid refresh token, which then stops working. UNAUTHENTICATED when the session has ended.',
  })
  refreshSession(
    @Arg('refreshToken', { description: 'The refresh token of the current session; it stops working.' }) refreshToken: string,
    @Ctx() ctx: IdentityContext,
  ): Promise<AuthSession> {
    return ctx.services.auth.refresh(refreshToken);
  }

  @Mutation(() => Boolean, {
    description: 'Signs out: the refresh token stops working, and the gateway refuses the sign-in’s access tokens within 30 seconds (UNAUTHENTICATED, reason SESSION_ENDED).',
  })
  logout(@Arg('refreshToken', { description: 'The refresh token of the session to end.' }) refreshToken: string, @Ctx() ctx: IdentityContext): Promise<boolean> {
    return ctx.services.auth.logout(refreshToken);
  }

  @Directive('@federation__inaccessible')
  @Query(() => Boolean, {
    description: 'Internal: whether the sign-in an access token was issued for still goes on. Not part of the public API; the gateway’s own signed calls only.',
  })
  _sessionActive(@Arg('sessionId', () => ID, { description: 'The access token’s session id (sid).' }) sessionId: string, @Ctx() ctx: IdentityContext): Promise<boolean> {
    requireGateway(ctx);
    return ctx.services.auth.sessionActive(sessionId);
  }
}
