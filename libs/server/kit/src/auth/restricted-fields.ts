import { AccessRestriction, personalDataRestriction, regionReadRestriction, Role, type Identity, type ScopedSubgraph } from '@birge/shared-reference';
import { defaultFieldResolver, isNonNullType, isObjectType, type GraphQLField, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { Extensions } from 'type-graphql';
import type { RequestContext } from '../context/request-context';

/** How a marked field is withheld: which rule decides, and which field beside it says why. */
export interface Restriction {
  /** `personal-data`: personalDataRestriction. `region-read`: regionReadRestriction for the subgraph's partner scope. */
  rule: 'personal-data' | 'region-read';
  reasonField: string;
}

/** A restricted field of a built schema. */
export interface RestrictedField extends Restriction {
  type: string;
  field: string;
}

/** The field beside personal data that says why it is null (null when it is shown). */
export const PERSONAL_DATA_REASON_FIELD = 'personalDataHidden';

/** A description for `personalDataHidden` that fits any type holding personal data. */
export const PERSONAL_DATA_HIDDEN_DESCRIPTION =
  'Why the personal data of this record (its fields described as "Personal data") comes back null for you: ' +
  'PERSONAL_DATA_HIDDEN_FOR_ROLE for analysts and partner systems, OTHER_REGION for staff of another region. Null when you see it.';

/** Descriptions of personal data start with this, so partners reading the published schema know it too. */
const PERSONAL_DATA_DESCRIPTION = 'Personal data';

/*
 * Where the marks live. They travel inside the type-graphql schema as extensions, so a schema
 * carries exactly the marks of the classes it was built from: two subgraphs built in one process
 * may each have an `Organization`, from different classes with different marks, and neither sees
 * the other's. A field resolver method carries its mark as a field extension (type-graphql merges
 * it only for resolvers passed to the build); a property carries it in the holding class's
 * extensions, which point back at the class, because type-graphql drops a property's own
 * extensions when the field comes from a resolver (AssistanceAttachment.contentBase64).
 */
const FIELD_MARK: Record<Restriction['rule'], string> = { 'personal-data': 'birge:personalData', 'region-read': 'birge:regionRestricted' };
const CLASS_MARKS = 'birge:restrictedProperties';
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
const PROPERTY_MARKS = new WeakMap<Function, { field: string; restriction: Restriction }[]>();
const GUARDED = new WeakMap<GraphQLSchema, readonly RestrictedField[]>();

function mark(restriction: Restriction): PropertyDecorator & MethodDecorator {
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    if (typeof key === 'symbol') throw new Error('A restricted field needs a string name');
    if (descriptor) {
      Extensions({ [FIELD_MARK[restriction.rule]]: restriction })(target, key, descriptor);
      return;
    }
    const holder = target.constructor;
    if (!PROPERTY_MARKS.has(holder)) PROPERTY_MARKS.set(holder, []);
    PROPERTY_MARKS.get(holder)?.push({ field: key, restriction });
    Extensions({ [CLASS_MARKS]: holder })(holder);
  };
}

/**
 * Marks a field as personal data (people's names, phones, e-mails, social accounts, birth dates,
 * and free text or files about people): it comes back null, with `personalDataHidden` on the same
 * object saying why, to callers whose personalDataRestriction for the record's region is not null.
 * On a property of an @ObjectType or on a field resolver method. The field must be nullable and
 * its description must start with "Personal data" (buildFederatedSchema refuses the schema
 * otherwise, and refuses a field so described but not marked).
 */
export function PersonalData(): PropertyDecorator & MethodDecorator {
  return mark({ rule: 'personal-data', reasonField: PERSONAL_DATA_REASON_FIELD });
}

/**
 * Marks a field as readable only by those who may read the record's region's operational records
 * (regionReadRestriction with the subgraph's partner scope): others get null, with `reasonField`
 * (a nullable AccessRestriction on the same type) saying why. On a property or a field resolver method.
 */
export function RegionRestricted(reasonField: string): PropertyDecorator & MethodDecorator {
  return mark({ rule: 'region-read', reasonField });
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
function propertyMarksOf(holder: Function): { field: string; restriction: Restriction }[] {
  const marks: { field: string; restriction: Restriction }[] = [];
  for (let type = holder; type && type !== Function.prototype; type = Object.getPrototypeOf(type)) marks.push(...(PROPERTY_MARKS.get(type) ?? []));
  return marks;
}

/** The restricted fields of a schema built by type-graphql, read from the marks its classes carry. */
export function markedFields(schema: GraphQLSchema): RestrictedField[] {
  const found: RestrictedField[] = [];
  const add = (type: string, field: string, restriction: Restriction) => {
    if (!found.some((f) => f.type === type && f.field === field && f.rule === restriction.rule)) found.push({ type, field, ...restriction });
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
    const holder = type.extensions[CLASS_MARKS] as Function | undefined;
    for (const { field, restriction } of holder ? propertyMarksOf(holder) : []) add(type.name, field, restriction);
    for (const field of Object.values(type.getFields())) {
      for (const key of Object.values(FIELD_MARK)) {
        const restriction = field.extensions[key] as Restriction | undefined;
        if (restriction) add(type.name, field.name, restriction);
      }
    }
  }
  return found;
}

/** The fields buildFederatedSchema withholds in this schema (empty for a schema it did not build). */
export function restrictedFieldsOf(schema: GraphQLSchema): readonly RestrictedField[] {
  return GUARDED.get(schema) ?? [];
}

/**
 * The region of the record an object belongs to. Every object holding restricted fields carries
 * the `regionCode` of its record (not a GraphQL field); null while the record has no region yet.
 * An object without it is a bug, and failing is safer than guessing.
 */
function regionOf(source: unknown, type: string): string | null {
  const regionCode = (source as { regionCode?: unknown } | null)?.regionCode;
  if (typeof regionCode !== 'string' && regionCode !== null) throw new Error(`${type} object without regionCode: cannot decide who may see its restricted fields`);
  return regionCode;
}

type Rule = (identity: Identity | null, regionCode: string | null) => AccessRestriction | null;

function ruleOf(restriction: RestrictedField, scopedAs: ScopedSubgraph | undefined): Rule {
  let rule: Rule = personalDataRestriction;
  if (restriction.rule === 'region-read') {
    if (!scopedAs) throw new Error(`${restriction.type}.${restriction.field} is region-restricted: the subgraph needs a partnerScope to decide partners' reads`);
    rule = (identity, regionCode) => regionReadRestriction(identity, regionCode, scopedAs);
  }
  // A record without a region yet (an assistance request of an organization not yet in the
  // directory) is for republican administrators only, whatever the rule says of "no region".
  return (identity, regionCode) => {
    const restriction = rule(identity, regionCode);
    if (restriction || regionCode !== null || identity?.role === Role.REPUBLICAN_ADMIN) return restriction;
    return AccessRestriction.ADMIN_ONLY;
  };
}

function fieldOf(type: GraphQLObjectType, name: string, why: string): GraphQLField<unknown, RequestContext> {
  const field = type.getFields()[name];
  if (!field) throw new Error(`${type.name}.${name} ${why} but is not a field`);
  return field as GraphQLField<unknown, RequestContext>;
}

function checkDescriptions(schema: GraphQLSchema, fields: RestrictedField[]): void {
  const personal = new Set(fields.filter((f) => f.rule === 'personal-data').map((f) => `${f.type}.${f.field}`));
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const name = `${type.name}.${field.name}`;
      const described = field.description?.startsWith(PERSONAL_DATA_DESCRIPTION) ?? false;
      if (personal.has(name) && !described) throw new Error(`${name} is personal data: its description must start with "${PERSONAL_DATA_DESCRIPTION}"`);
      if (!personal.has(name) && described) throw new Error(`${name} is described as personal data but not marked @PersonalData()`);
    }
  }
}

/**
 * The one place restricted fields are withheld, for every way an object is reached (root
 * queries, nested fields, mutation results, federated references): each marked field of
 * `fields` follows its rule for the region of the record the object belongs to; a withheld field
 * is null, decided before its own resolver runs (a withheld file is never read), and its reason
 * field says why. Refuses a schema where a marked field could not be null or its type has no
 * reason field. Applied by buildFederatedSchema, with the marks of the type-graphql schema.
 */
export function guardRestrictedFields(schema: GraphQLSchema, fields: RestrictedField[], scopedAs: ScopedSubgraph | undefined): GraphQLSchema {
  const reasons = new Map<string, Restriction['rule']>();
  checkDescriptions(schema, fields);
  for (const restriction of fields) {
    const type = schema.getType(restriction.type);
    if (!isObjectType(type)) throw new Error(`Restricted field ${restriction.type}.${restriction.field}: ${restriction.type} is not an object type of the schema`);
    const target = fieldOf(type, restriction.field, `is marked as restricted (${restriction.rule})`);
    if (isNonNullType(target.type))
      throw new Error(`${type.name}.${target.name} is restricted (${restriction.rule}) and must be nullable: it is null for callers who may not see it`);
    const reason = fieldOf(type, restriction.reasonField, `should say why ${type.name}.${target.name} is withheld`);
    const reasonType = reason.type;
    if (isNonNullType(reasonType) || String(reasonType) !== 'AccessRestriction') {
      throw new Error(`${type.name}.${reason.name} says why ${type.name}.${target.name} is withheld and must be a nullable AccessRestriction`);
    }
    const key = `${type.name}.${reason.name}`;
    if (reasons.has(key) && reasons.get(key) !== restriction.rule) throw new Error(`${key} cannot give the reason for two different rules`);
    if (fields.some((f) => f.type === type.name && f.field === reason.name)) throw new Error(`${key} gives a reason and cannot be restricted itself`);
    reasons.set(key, restriction.rule);

    const rule = ruleOf(restriction, scopedAs);
    const resolve = target.resolve ?? defaultFieldResolver;
    // Decided before the field's own resolver runs, so nothing withheld is even loaded.
    target.resolve = (source, args, context, info) => (rule(context.identity, regionOf(source, type.name)) ? null : resolve(source, args, context, info));
    reason.resolve = (source, _args, context) => rule(context.identity, regionOf(source, type.name));
  }
  GUARDED.set(schema, fields);
  return schema;
}
