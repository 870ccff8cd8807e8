import type { RequestContext } from '@birge/server-kit';
import { personalDataRestriction, regionReadRestriction, type AccessRestriction, type Identity } from '@birge/shared-reference';
import { defaultFieldResolver, GraphQLObjectType, isNonNullType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { PERSONAL_DATA_FIELDS, PERSONAL_DATA_REASON_FIELD, REGION_RESTRICTED_FIELDS } from './personal-data';

type Rule = (identity: Identity | null, regionCode: string | null) => AccessRestriction | null;

const personalData: Rule = personalDataRestriction;
const regionRead: Rule = (identity, regionCode) => regionReadRestriction(identity, regionCode, 'registry');

/**
 * The region of the record an object belongs to. Every object holding restricted fields carries
 * the `regionCode` of its organization (not a GraphQL field); one without it is a bug, and failing
 * is safer than guessing.
 */
function regionOf(source: unknown, type: string): string {
  const regionCode = (source as { regionCode?: unknown } | null)?.regionCode;
  if (typeof regionCode !== 'string') throw new Error(`${type} object without regionCode: cannot decide who may see its restricted fields`);
  return regionCode;
}

function fieldOf(schema: GraphQLSchema, type: string, field: string): GraphQLField<unknown, RequestContext> {
  const objectType = schema.getType(type);
  const found = objectType instanceof GraphQLObjectType ? objectType.getFields()[field] : undefined;
  if (!found) throw new Error(`Restricted field ${type}.${field} is not in the schema`);
  return found as GraphQLField<unknown, RequestContext>;
}

function guard(schema: GraphQLSchema, type: string, field: string, reasonField: string, rule: Rule): void {
  const target = fieldOf(schema, type, field);
  if (isNonNullType(target.type)) throw new Error(`Restricted field ${type}.${field} must be nullable: it is null for callers who may not see it`);
  const resolve = target.resolve ?? defaultFieldResolver;
  // Decided before the field's own resolver runs, so nothing withheld is even loaded.
  target.resolve = (source, args, context, info) => (rule(context.identity, regionOf(source, type)) ? null : resolve(source, args, context, info));
  const reason = fieldOf(schema, type, reasonField);
  reason.resolve = (source, _args, context) => rule(context.identity, regionOf(source, type));
}

/**
 * The one place restricted fields are withheld, for every way an object is reached (root
 * queries, nested fields, mutation results, federated references): fields marked
 * `@PersonalData` follow personalDataRestriction and fields marked `@RegionRestricted` follow
 * regionReadRestriction, for the region of the record the object belongs to. A withheld field is
 * null and its reason field says why.
 */
export function guardRestrictedFields(schema: GraphQLSchema): GraphQLSchema {
  for (const { type, field } of PERSONAL_DATA_FIELDS) guard(schema, type, field, PERSONAL_DATA_REASON_FIELD, personalData);
  for (const { type, field, reasonField } of REGION_RESTRICTED_FIELDS) guard(schema, type, field, reasonField, regionRead);
  return schema;
}
