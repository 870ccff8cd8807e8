import { Arg, Mutation, Resolver, Ctx } from 'type-graphql';
import type { IdentityContext } from '../../identity.context';
import { AuthSession } from './auth-session.type';

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthSession, {
    description:
      'Signs in. Wrong email or password: INVALID_CREDENTIALS (the same for an unknown email). After 5 failures in a row the address is locked for 15 minutes: ACCOUNT_LOCKED with extensions.retryAfterSeconds.',
  })
  login(@Arg('email', { description: 'The sign-in address (any case).' }) email: string, @Arg('password', { description: 'The password.' }) password: string, @Ctx() ctx: IdentityContext): Promise<AuthSession> {
    return ctx.services.auth.login(email, password);
  }

  @Mutation(() => AuthSession, { description: 'A new access token and a new refresh token for a valid refresh token, which then stops working. UNAUTHENTICATED when the session has ended.' })
  refreshSession(@Arg('refreshToken', { description: 'The refresh token of the current session; it stops working.' }) refreshToken: string, @Ctx() ctx: IdentityContext): Promise<AuthSession> {
    return ctx.services.auth.refresh(refreshToken);
  }

  @Mutation(() => Boolean, { description: 'Signs out: the refresh token stops working. The access token runs out by itself within 15 minutes.' })
  logout(@Arg('refreshToken', { description: 'The refresh token of the session to end.' }) refreshToken: string, @Ctx() ctx: IdentityContext): Promise<boolean> {
    return ctx.services.auth.logout(refreshToken);
  }
}
