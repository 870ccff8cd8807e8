import { API_KEY_SCOPES } from '@birge/shared-reference';
import { ListSize } from '@birge/server-kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A partner system’s API key. Its secret is shown once, when it is created, and never again.' })
export class ApiKey {
  @Field(() => ID, { description: 'The key’s id; audit entries of calls made with it carry it as keyId.' })
  id: string;

  @Field({ description: 'What the key is for, e.g. the partner system’s name.' })
  name: string;

  @Field({ description: 'The public start of the key (bgk_ and 12 hex digits), to tell keys apart; not a secret.' })
  prefix: string;

  @ListSize(API_KEY_SCOPES.length)
  @Field(() => [String], { description: 'What the key may reach: registry:read, registry:write, assistance:read, assistance:write, analytics:read.' })
  scopes: string[];

  @Field(() => Int, { nullable: true, description: 'Requests per minute the gateway allows with this key; null: the gateway’s default.' })
  rateLimitPerMinute: number | null;

  @Field({ description: 'After this time the key is refused.' })
  expiresAt: Date;

  @Field({ description: 'When the key was created.' })
  createdAt: Date;

  @Field(() => ID, { description: 'The administrator who created the key.' })
  createdBy: string;

  @Field(() => Date, { nullable: true, description: 'When the key was revoked; null while it is not.' })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'The last time the gateway verified the key for a call (to within 30 seconds); null if never used.' })
  lastUsedAt: Date | null;

  @Field({ description: 'True while the key is neither revoked nor expired.' })
  active: boolean;
}

@ObjectType({ description: 'A new API key with its secret. Store the secret now: it is not shown again.' })
export class CreatedApiKey {
  @Field(() => ApiKey, { description: 'The key as it is stored.' })
  apiKey: ApiKey;

  @Field({ description: 'The whole key, to send as `X-Api-Key: <secret>` (or `Authorization: ApiKey <secret>`). Shown only this once.' })
  secret: string;
}

@Directive('@federation__inaccessible')
@ObjectType({ description: 'Internal: the gateway’s check of an API key.' })
export class ApiKeyVerification {
  @Field({ description: 'True when the key exists, its secret matches, and it is neither revoked nor expired.' })
  valid: boolean;

  @Field(() => String, { nullable: true, description: 'Why not: UNKNOWN_KEY, REVOKED or EXPIRED.' })
  reason: string | null;

  @Field(() => ID, { nullable: true, description: 'The key’s id when valid.' })
  keyId: string | null;

  @ListSize(API_KEY_SCOPES.length)
  @Field(() => [String], { nullable: true, description: 'The key’s scopes when valid.' })
  scopes: string[] | null;

  @Field(() => Int, { nullable: true, description: 'The key’s own rate limit, if it has one.' })
  rateLimitPerMinute: number | null;

  @Field(() => Date, { nullable: true, description: 'When the key expires.' })
  expiresAt: Date | null;
}
