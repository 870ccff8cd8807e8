import 'reflect-metadata';

const PERSONAL_DATA = 'birge:assistance:personal-data';

/** Every field marked as personal data: the class that declares it (type-graphql keys its metadata by it) and the property. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const PERSONAL_DATA_FIELDS: { target: Function; field: string }[] = [];

/**
 * Marks a field of a GraphQL type as personal data. In assistance that is what people write into
 * a case (a request's description, comments and reasons, referral notes and answers, the outcome
 * note, the requester's rating comment, a booking's purpose) and the files attached to it: they
 * routinely carry the names and phones of an organization's people and cannot be checked
 * mechanically. hidePersonalData (personal-data-guard.ts) returns such a field as null, with the
 * reason in the holding type's `personalDataHidden`, to callers who may not see it. The field
 * must be nullable and its description must start with "Personal data" (a test keeps them so).
 */
export function PersonalData(): PropertyDecorator {
  return (target, key) => {
    Reflect.defineMetadata(PERSONAL_DATA, true, target, key);
    PERSONAL_DATA_FIELDS.push({ target: target.constructor, field: String(key) });
  };
}

export function isPersonalData(type: { prototype: object }, field: string): boolean {
  return Reflect.getMetadata(PERSONAL_DATA, type.prototype, field) === true;
}

/** The description of `personalDataHidden` on every type holding personal data. */
export const PERSONAL_DATA_HIDDEN_DESCRIPTION =
  'Why the personal data of this record (its fields described as "Personal data") comes back null for you: ' +
  'PERSONAL_DATA_HIDDEN_FOR_ROLE for analysts and partner systems, OTHER_REGION for staff of another region. Null when you see it.';
