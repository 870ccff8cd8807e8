/**
 * An enum is a frozen object whose keys are its values (`{ OPEN: 'OPEN', ... } as const`), built
 * from the values written once, in order:
 *
 *   export const NeedKind = enumOf(['MOVEMENT', 'FRONT_OFFICE']);
 *   export type NeedKind = EnumValue<typeof NeedKind>;
 *
 * `NeedKind.MOVEMENT`, `Object.values(NeedKind)`, `Record<NeedKind, …>`, TypeORM's `enum:` and
 * class-validator's `IsEnum` read it as they read a TypeScript enum. The server registers it in
 * GraphQL with its descriptions (the kit's `graphqlEnum`, or `registerEnumType` for a shared one).
 */
export function enumOf<const V extends string>(values: readonly V[]): EnumObject<V> {
  return Object.freeze(Object.fromEntries(values.map((value) => [value, value]))) as EnumObject<V>;
}

/** The object of an enum of these values: each value under its own name. */
export type EnumObject<V extends string> = { readonly [K in V]: K };

/** The type of an enum's values: `export type X = EnumValue<typeof X>`. */
export type EnumValue<E> = E[keyof E];
