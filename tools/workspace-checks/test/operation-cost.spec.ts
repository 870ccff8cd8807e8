/**
 * The gateway prices operations with the lists' declared sizes (@listSize). These checks keep
 * the model whole: every list of the graph declares its size (or is a connection's edges, sized
 * by the connection), and every operation the dashboard sends fits the default cost limit with
 * its largest pages, so the limit refuses abuse and never the product's own screens.
 */
import { listSizesOf, OperationCost } from '@birge/server-kit';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  Kind,
  typeFromAST,
  type DocumentNode,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from 'graphql';
import { sampleValue } from './support/sample-values';

const ROOT = path.resolve(__dirname, '../../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const supergraph = read('apps/gateway/supergraph.graphql');
const api = buildSchema(read('apps/gateway/api-schema.graphql'));
const sizes = listSizesOf(supergraph);
/** The gateway's default (gateway.config.ts, MAX_OPERATION_COST). */
const DEFAULT_MAX_COST = Number(/MAX_OPERATION_COST: .*\.default\(([\d_]+)\)/.exec(read('apps/gateway/src/gateway.config.ts'))?.[1].replace(/_/g, ''));

function dashboardDocuments(): [string, DocumentNode][] {
  const generated = read('apps/dashboard/src/gql/graphql.ts');
  return [...generated.matchAll(/^export const (\w+Document) = (\{.*\}) as unknown as /gm)].map(([, name, json]) => [name, JSON.parse(json) as DocumentNode]);
}

/**
 * Documents whose pages the dashboard keeps smaller than 100, because each item selects large
 * lists of its own: a page of joint events carries every event's invitations (up to 100, each with
 * its organization, state body or sponsor), so the page is 10 events (JOINT_EVENTS_PAGE_SIZE); a
 * larger page is refused by the gateway's cost limit with a coded error.
 */
const SMALLER_PAGES: Record<string, number> = { JointEventsDocument: 10 };

describe('the cost model of the graph', () => {
  it('knows the size of every list an operation can select', () => {
    const cost = new OperationCost(api, sizes);
    const undeclared: string[] = [];
    for (const type of Object.values(api.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const isListOfObjects = isListType(getNullableType(field.type)) && isObjectType(getNamedType(field.type));
        if (isListOfObjects && !sizes.has(`${type.name}.${field.name}`) && !cost.isSizedByParent(`${type.name}.${field.name}`)) undeclared.push(`${type.name}.${field.name}`);
      }
    }
    expect(undeclared).toEqual([]);
  });

  it('lets every dashboard operation through at its largest pages', () => {
    expect(DEFAULT_MAX_COST).toBeGreaterThan(0);
    const cost = new OperationCost(api, sizes);
    const documents = dashboardDocuments();
    expect(documents.length).toBeGreaterThan(20);
    const over = documents.flatMap(([name, document]) => {
      const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      const variables = Object.fromEntries(
        (operation?.variableDefinitions ?? []).map((v) => [v.variable.name.value, sampleValue(typeFromAST(api, v.type as never) as GraphQLInputType, v.variable.name.value)]),
      );
      if (name in SMALLER_PAGES && 'first' in variables) variables.first = SMALLER_PAGES[name];
      const price = cost.of(document, undefined, variables);
      return price > DEFAULT_MAX_COST ? [`${name}: ${price}`] : [];
    });
    expect(over).toEqual([]);
  });
});
