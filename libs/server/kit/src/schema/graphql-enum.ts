import { enumOf, type EnumObject } from '@birge/shared-reference';
import { registerEnumType } from 'type-graphql';

export type { EnumValue } from '@birge/shared-reference';

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
  const descriptions: Readonly<Record<string, string | null>> = isList(values) ? {} : values;
  const enumObject = enumOf(isList(values) ? values : (Object.keys(values) as V[]));
  const described = Object.entries(descriptions).filter((entry): entry is [string, string] => entry[1] !== null);
  const valuesConfig: Partial<Record<V, { description: string }>> = Object.fromEntries(described.map(([value, text]) => [value, { description: text }])) as Partial<
    Record<V, { description: string }>
  >;
  registerEnumType(enumObject, { name, description, ...(described.length > 0 && { valuesConfig }) });
  return enumObject;
}

function isList<V extends string>(values: Readonly<Record<V, string | null>> | readonly V[]): values is readonly V[] {
  return Array.isArray(values);
}
