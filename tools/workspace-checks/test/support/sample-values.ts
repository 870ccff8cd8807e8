import { getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, type GraphQLInputType } from 'graphql';

/**
 * A value for an argument or variable of this type, as an operation of the graph would send it:
 * `first` pages of `first` items, other numbers 1, the first enum value, a list of one, an input
 * object with its required fields filled, and a (nil) UUID or an ISO time for the rest.
 */
export function sampleValue(type: GraphQLInputType, name: string, first = 100): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [sampleValue(nullable.ofType, name, first)];
  if (isEnumType(nullable)) return nullable.getValues()[0].value;
  if (isInputObjectType(nullable)) {
    return Object.fromEntries(
      Object.values(nullable.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sampleValue(field.type, field.name, first)]),
    );
  }
  switch (nullable.name) {
    case 'Int':
      return name === 'first' ? first : 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'DateTimeISO':
      return new Date(0).toISOString();
    default:
      return '00000000-0000-0000-0000-000000000000';
  }
}
