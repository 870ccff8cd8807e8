import { buildSchema, parse } from 'graphql';
import { listSizesOf } from './list-sizes';
import { OperationCost, UNDECLARED_LIST_SIZE } from './operation-cost';

// The supergraph keeps @listSize; the API schema built from it has no such directives.
const SUPERGRAPH = `
type Query {
  regions: [Region!]! @join__field(graph: REGISTRY) @listSize(assumedSize: 20, requireOneSlicingArgument: false)
  organizations(first: Int, after: String): OrganizationConnection! @listSize(assumedSize: 20, slicingArguments: ["first"], sizedFields: ["edges"], requireOneSlicingArgument: false)
  tags: [String!]!
  undeclared: [Region!]!
}
type Region { code: ID! districts: [District!]! @listSize(assumedSize: 40, requireOneSlicingArgument: false) }
type District { code: ID! region: Region! }
type OrganizationConnection { edges: [OrganizationEdge!]! totalCount: Int! }
type OrganizationEdge { node: Organization! }
type Organization { id: ID! region: Region! }
`;
const schema = buildSchema(SUPERGRAPH.replace(/@(join__field|listSize)\([^)]*\)/g, ''));
const cost = new OperationCost(schema, listSizesOf(SUPERGRAPH));
const of = (query: string, variables?: Record<string, unknown>) => cost.of(parse(query), undefined, variables);

describe('OperationCost', () => {
  it('counts what is selected under a list once per element of its declared size', () => {
    expect(of('{ regions { code } }')).toBe(1 + 20 * 1);
    expect(of('{ regions { code districts { code } } }')).toBe(1 + 20 * (1 + 1 + 40 * 1));
  });

  it('prices a cycle between lists at what it would build, level by level', () => {
    const cycle = '{ regions { districts { region { districts { region { districts { code } } } } } } }';
    // Each level: regions (20) -> districts (40) -> region (1) -> districts (40) -> region (1) -> districts (40)
    const districts = 1 + 40 * 1;
    const level2 = 1 + 40 * (1 + districts);
    const level1 = 1 + 40 * (1 + level2);
    expect(of(cycle)).toBe(1 + 20 * level1);
    expect(of(cycle)).toBeGreaterThan(1_000_000);
  });

  it('sizes a connection by first (a literal or a variable), else its default page, and counts its edges once', () => {
    const page = 'query($first: Int) { organizations(first: $first) { totalCount edges { node { id } } } }';
    const perElement = 1 + (1 + (1 + 1));
    expect(of(page, { first: 5 })).toBe(1 + 5 * perElement);
    expect(of('{ organizations(first: 100) { totalCount edges { node { id } } } }')).toBe(1 + 100 * perElement);
    expect(of(page, {})).toBe(1 + 20 * perElement);
  });

  it('counts a list with no declared size at a high default, and lists of scalars as one field', () => {
    expect(of('{ undeclared { code } }')).toBe(1 + UNDECLARED_LIST_SIZE);
    expect(of('{ tags }')).toBe(1);
  });

  it('counts fragments like the fields they stand for, and introspection as nothing', () => {
    expect(of('{ regions { ...R } } fragment R on Region { code districts { code } }')).toBe(of('{ regions { code districts { code } } }'));
    expect(of('{ __schema { types { fields { name } } } }')).toBe(0);
  });
});
