import { enumOf, type EnumObject, type LocalizedText } from '@birge/shared-reference';
import { registerEnumType } from 'type-graphql';

export type { EnumValue } from '@birge/shared-reference';

/** The schema's description of each value of an enum, by its name; a value left out, or null, is described by its name alone. */
export type EnumValueDescriptions<V extends string> = Partial<Record<V, string | null>>;

/**
 * A GraphQL enum declared once: each value written once, with its description in the schema
 * (null for a value the schema describes by its name alone). Returns the enum object, frozen,
 * its keys its values in the order written, registered with type-graphql under `name`:
 *
 *   export const EmailDeliveryStatus = graphqlEnum('EmailDeliveryStatus', 'Where an email stands.', {
 *     QUEUED: 'Waiting to be sent.',
 *     SENT: 'The SMTP server took it.',
 *   });
 *   export type EmailDeliveryStatus = EnumValue<typeof EmailDeliveryStatus>;
 *
 * An enum whose values carry no description takes the list of its values instead
 * (`graphqlEnum('AnnouncementTopic', '…', ['GRANT', 'EVENT'])`).
 */
export function graphqlEnum<const V extends string>(name: string, description: string, values: Readonly<Record<V, string | null>> | readonly V[]): EnumObject<V> {
  const list = isList(values);
  const enumObject = enumOf(list ? values : (Object.keys(values) as V[]));
  registerGraphqlEnum(enumObject, name, description, list ? {} : values);
  return enumObject;
}

/**
 * Registers an enum declared where type-graphql is not at hand (libs/shared, the dashboard's
 * too, or a `.rules.ts` tested alone) under its GraphQL name, with the descriptions of its values.
 */
export function registerGraphqlEnum<E extends Record<string, string>>(
  enumObject: E,
  name: string,
  description: string,
  values: EnumValueDescriptions<Extract<keyof E, string>> = {},
): void {
  const described = Object.entries<string | null | undefined>(values).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  const valuesConfig = Object.fromEntries(described.map(([value, text]) => [value, { description: text }])) as Partial<Record<keyof E, { description: string }>>;
  registerEnumType(enumObject, { name, description, ...(described.length > 0 && { valuesConfig }) });
}

/** Each value described by its English label (with a full stop), so partners read the list in the published schema. */
export function labelDescriptions<V extends string>(labels: Readonly<Record<V, LocalizedText>>): Record<V, string> {
  return Object.fromEntries(Object.entries<LocalizedText>(labels).map(([value, label]) => [value, `${label.en}.`])) as Record<V, string>;
}

function isList<V extends string>(values: Readonly<Record<V, string | null>> | readonly V[]): values is readonly V[] {
  return Array.isArray(values);
}
