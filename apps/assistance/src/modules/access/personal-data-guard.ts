import type { RequestContext } from '@birge/server-kit';
import { personalDataRestriction, type AccessRestriction } from '@birge/shared-reference';
import { defaultFieldResolver, isNonNullType, isObjectType, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { PERSONAL_DATA_FIELDS } from './personal-data';

/** A record holding personal data carries the region it belongs to (not a GraphQL field). */
interface RegionalRecord {
  regionCode?: string | null;
}

/** Why the caller may not see the record's personal data, or null. A record without a region hides it from all but republican admins. */
function restrictionOf(record: RegionalRecord | null | undefined, context: Pick<RequestContext, 'identity'>): AccessRestriction | null {
  return personalDataRestriction(context.identity, record?.regionCode ?? null);
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
function graphQLName(target: Function): string {
  const type = getMetadataStorage().objectTypes.find((objectType) => objectType.target === target);
  if (!type) throw new Error(`${target.name} marks personal data but is not a GraphQL object type`);
  return type.name;
}

/**
 * The one place personal data is withheld: every field marked with @PersonalData resolves to
 * null, without running its resolver (so a withheld file is not even read), for callers whose
 * personalDataRestriction for the record's region is not null; the holding type's
 * `personalDataHidden` says why. Refuses to build a schema where a marked field is non-null or
 * its type has no `personalDataHidden`.
 */
export function hidePersonalData(schema: GraphQLSchema): GraphQLSchema {
  const byType = new Map<string, Set<string>>();
  for (const { target, field } of PERSONAL_DATA_FIELDS) {
    const name = graphQLName(target);
    byType.set(name, (byType.get(name) ?? new Set()).add(field));
  }
  for (const [typeName, fieldNames] of byType) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue; // declared but not part of this schema
    const fields = type.getFields();
    const hidden = fields.personalDataHidden;
    if (!hidden) throw new Error(`${typeName} holds personal data but has no personalDataHidden field`);
    hidden.resolve = (source: RegionalRecord, _args, context: RequestContext) => restrictionOf(source, context);
    for (const fieldName of fieldNames) {
      const field = fields[fieldName];
      if (!field) throw new Error(`${typeName}.${fieldName} is marked as personal data but is not a field`);
      if (isNonNullType(field.type)) throw new Error(`${typeName}.${fieldName} is personal data and must be nullable`);
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source: RegionalRecord, args, context: RequestContext, info) =>
        restrictionOf(source, context) ? null : resolve(source, args, context, info);
    }
  }
  return schema;
}
