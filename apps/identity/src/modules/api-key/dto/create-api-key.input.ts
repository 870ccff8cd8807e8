import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: 'A new partner API key.' })
export class CreateApiKeyInput {
  @Field({ description: 'What the key is for, e.g. the partner system’s name (2 to 200 characters).' })
  name: string;

  @Field(() => [String], {
    description: 'At least one of registry:read, registry:write, assistance:read, assistance:write, analytics:read. Without a write scope the key is read-only.',
  })
  scopes: string[];

  @Field({ description: 'When the key stops working: in the future, at most 366 days from now.' })
  expiresAt: Date;

  @Field(() => Int, { nullable: true, description: 'Requests per minute the gateway allows with this key (1 to 100000); omitted: the gateway’s default.' })
  rateLimitPerMinute?: number | null;
}
