import 'reflect-metadata';
import { Role, type Identity } from '@birge/shared-reference';
import { graphql, type GraphQLSchema } from 'graphql';
import pino from 'pino';
import { Directive, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { createRequestContext } from '../context/request-context';
import { buildFederatedSchema } from '../schema/build-federated-schema';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A probe entity.' })
class Probe {
  @Field(() => ID, { description: 'Its id.' })
  id!: string;
}

@Resolver()
class ProbeResolver {
  @Query(() => Probe, { description: 'A probe entity.' })
  probeEntity(): Probe {
    return { id: '1' };
  }

  @Query(() => String, { description: 'A probe read.' })
  probe(): string {
    return 'read';
  }

  @Mutation(() => String, { description: 'A probe change.' })
  poke(): string {
    return 'written';
  }
}

const partner = (...scopes: string[]): Identity => ({ userId: 'key', role: Role.PARTNER, regionCode: null, scopes, keyId: 'key' });
const analyst: Identity = { userId: 'n', role: Role.ANALYST, regionCode: null };

async function run(schema: GraphQLSchema, source: string, identity: Identity | null) {
  const result = await graphql({ schema, source, contextValue: createRequestContext('r', identity, pino({ level: 'silent' })) });
  return {
    data: result.data,
    codes: (result.errors ?? []).map((e) => [
      e.extensions?.code ?? e.originalError?.constructor.name,
      (e.originalError as { details?: { reason?: string } } | undefined)?.details?.reason,
    ]),
  };
}

describe('partner scopes inside a subgraph', () => {
  let scoped: GraphQLSchema;
  let unscoped: GraphQLSchema;

  beforeAll(async () => {
    scoped = await buildFederatedSchema({
      resolvers: [ProbeResolver],
      partnerScope: 'registry',
      referenceResolvers: { Probe: { __resolveReference: (reference: { id: string }) => reference } },
    });
    unscoped = await buildFederatedSchema({ resolvers: [ProbeResolver] });
  });

  it('lets a read scope read and refuses it a change', async () => {
    expect((await run(scoped, '{ probe }', partner('registry:read'))).data).toEqual({ probe: 'read' });
    const refused = await run(scoped, 'mutation { poke }', partner('registry:read'));
    expect(refused.data).toBeNull();
    expect(refused.codes).toEqual([['ForbiddenError', 'MISSING_SCOPE']]);
    expect((await run(scoped, 'mutation { poke }', partner('registry:write'))).data).toEqual({ poke: 'written' });
  });

  it('refuses a key scoped for another subgraph, entity references included', async () => {
    expect((await run(scoped, '{ probe }', partner('assistance:read'))).codes).toEqual([['ForbiddenError', 'MISSING_SCOPE']]);
    expect((await run(scoped, '{ _entities(representations: [{ __typename: "Probe", id: "1" }]) { __typename } }', partner('assistance:read'))).codes).toEqual([
      ['ForbiddenError', 'MISSING_SCOPE'],
    ]);
  });

  it('refuses partners everything in a subgraph no scope names, but still serves the SDL', async () => {
    expect((await run(unscoped, '{ probe }', partner('registry:write'))).codes).toEqual([['ForbiddenError', 'MISSING_SCOPE']]);
    const sdl = await run(unscoped, '{ _service { sdl } }', partner());
    expect(sdl.codes).toEqual([]);
  });

  it('leaves staff roles to the subgraph’s own rules', async () => {
    expect((await run(unscoped, '{ probe }', analyst)).data).toEqual({ probe: 'read' });
  });
});
