import 'reflect-metadata';

export const PERSONAL_DATA = 'birge:personal-data';

/** Every GraphQL field marked as personal data, by type (class) name. */
export const PERSONAL_DATA_FIELDS: { type: string; field: string }[] = [];

/**
 * Marks a field of a GraphQL type as personal data (people's names, phones, e-mails, social
 * accounts, birth dates). The security issue uses this list to hide such fields from roles that
 * must not see them; the field's description starts with "Personal data" so partners reading the
 * published schema know it too (a test keeps both in step).
 */
export function PersonalData(): PropertyDecorator {
  return (target, key) => {
    Reflect.defineMetadata(PERSONAL_DATA, true, target, key);
    PERSONAL_DATA_FIELDS.push({ type: target.constructor.name, field: String(key) });
  };
}

export function isPersonalData(type: { prototype: object }, field: string): boolean {
  return Reflect.getMetadata(PERSONAL_DATA, type.prototype, field) === true;
}
