import { Field, ObjectType } from 'type-graphql';
import { StaffAccount } from '../account/staff-account.type';

@ObjectType({ description: 'What a sign-in or a refresh gives: a short-lived access token and the refresh token that renews it.' })
export class AuthSession {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>` to the gateway; valid 15 minutes.' })
  accessToken: string;

  @Field({ description: 'When the access token stops working.' })
  expiresAt: Date;

  @Field({ description: 'Exchange with refreshSession for a new pair before or after the access token runs out; single use, valid 30 days. Keep it secret.' })
  refreshToken: string;

  @Field({ description: 'When the refresh token stops working.' })
  refreshTokenExpiresAt: Date;

  @Field(() => StaffAccount, { description: 'The account signed in.' })
  account: StaffAccount;
}
