import { buildSchema, isScalarType, type GraphQLSchema } from 'graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';

/** The custom scalars of the graph, with the parsing their owning subgraphs apply. */
const SCALARS = [GraphQLDateTimeISO];

/**
 * The API schema with its custom scalars parsed as the subgraphs parse them. The schema the
 * gateway serves is built from the supergraph, where a custom scalar takes any value; checking
 * inputs against this one finds a bad date at the gateway, as a 400 naming the argument, instead
 * of as a subgraph's refusal halfway through a plan.
 */
export function strictApiSchema(apiSchemaSdl: string): GraphQLSchema {
  const schema = buildSchema(apiSchemaSdl);
  for (const scalar of SCALARS) {
    const type = schema.getType(scalar.name);
    if (!isScalarType(type)) continue;
    type.parseValue = scalar.parseValue.bind(scalar);
    type.parseLiteral = scalar.parseLiteral.bind(scalar);
  }
  return schema;
}
