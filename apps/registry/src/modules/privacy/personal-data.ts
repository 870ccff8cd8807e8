import 'reflect-metadata';

export const PERSONAL_DATA = 'birge:personal-data';

/** The field beside personal data that says why it is null (null when it is shown). */
export const PERSONAL_DATA_REASON_FIELD = 'personalDataHidden';

/** Every GraphQL field marked as personal data, by GraphQL type name. */
export const PERSONAL_DATA_FIELDS: { type: string; field: string }[] = [];

/** Every GraphQL field only readers of the record's region may see, with the field giving the reason. */
export const REGION_RESTRICTED_FIELDS: { type: string; field: string; reasonField: string }[] = [];

/**
 * Marks a field of a GraphQL type as personal data (people's names, phones, e-mails, social
 * accounts, birth dates, and free text or files about people). guardRestrictedFields returns it
 * as null, with `personalDataHidden` on the same object saying why, to callers whose
 * personalDataRestriction for the record's region is not null. The field's description starts
 * with "Personal data" so partners reading the published schema know it too (a test keeps both in
 * step). On a field resolver method, name the GraphQL type (`@PersonalData('EvidenceFile')`).
 */
export function PersonalData(type?: string): PropertyDecorator & MethodDecorator {
  return (target: object, key: string | symbol) => {
    Reflect.defineMetadata(PERSONAL_DATA, true, target, key);
    PERSONAL_DATA_FIELDS.push({ type: type ?? target.constructor.name, field: String(key) });
  };
}

/**
 * Marks a field of `type` as readable only by those who may read the record's region's
 * operational records (regionReadRestriction): others get null, with `reasonField` saying why.
 * Used on field resolver methods, so the GraphQL type is named.
 */
export function RegionRestricted(type: string, reasonField: string): MethodDecorator {
  return (_target: object, key: string | symbol) => {
    REGION_RESTRICTED_FIELDS.push({ type, field: String(key), reasonField });
  };
}

export function isPersonalData(type: { prototype: object }, field: string): boolean {
  return Reflect.getMetadata(PERSONAL_DATA, type.prototype, field) === true;
}
