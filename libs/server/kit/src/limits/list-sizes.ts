import { Kind, parse, type ConstArgumentNode, type DirectiveNode } from 'graphql';

/** A field's `@listSize` (the demand-control cost spec), as the supergraph declares it. */
export interface DeclaredListSize {
  assumedSize: number | null;
  slicingArguments: string[];
  sizedFields: string[];
}

/** `@listSize` of every field that has one, by `Type.field`, read from the supergraph. */
export type ListSizes = ReadonlyMap<string, DeclaredListSize>;

function argument(directive: DirectiveNode, name: string): ConstArgumentNode['value'] | undefined {
  return (directive.arguments as readonly ConstArgumentNode[] | undefined)?.find((arg) => arg.name.value === name)?.value;
}

function strings(value: ConstArgumentNode['value'] | undefined): string[] {
  if (!value) return [];
  if (value.kind === Kind.STRING) return [value.value];
  if (value.kind === Kind.LIST) return value.values.flatMap((item) => (item.kind === Kind.STRING ? [item.value] : []));
  return [];
}

/**
 * The supergraph keeps `@listSize` on fields (the API schema served to callers does not), so the
 * gateway reads the declared sizes from the supergraph's text once, at start.
 */
export function listSizesOf(supergraphSdl: string): ListSizes {
  const sizes = new Map<string, DeclaredListSize>();
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    for (const field of definition.fields ?? []) {
      const directive = field.directives?.find((d) => d.name.value === 'listSize');
      if (!directive) continue;
      const assumed = argument(directive, 'assumedSize');
      sizes.set(`${definition.name.value}.${field.name.value}`, {
        assumedSize: assumed?.kind === Kind.INT ? Number(assumed.value) : null,
        slicingArguments: strings(argument(directive, 'slicingArguments')),
        sizedFields: strings(argument(directive, 'sizedFields')),
      });
    }
  }
  return sizes;
}
