import { getNamedType, getNullableType, isListType, isObjectType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { ListSizes } from './list-sizes';

/**
 * The size counted for a list that declares no `@listSize`: high on purpose, so that a list added
 * without a declared bound makes operations over it expensive rather than free. (A workspace check
 * keeps every list of the graph declared.)
 */
export const UNDECLARED_LIST_SIZE = 1000;

/**
 * The cost model: an operation costs the number of fields it can make the services resolve.
 * Each field counts 1, and what is selected under a list counts once per element, the list's
 * size being its slicing argument (`first`) when given, else its declared `assumedSize`. A
 * connection's `edges` are counted at the connection's size (its `sizedFields`), once.
 * Introspection counts nothing here: graphql-js's MaxIntrospectionDepthRule bounds it.
 */
export class OperationCost {
  private readonly sizedByParent = new Set<string>();
  private readonly estimator: ComplexityEstimator;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly listSizes: ListSizes,
  ) {
    for (const [key, size] of listSizes) {
      if (!size.sizedFields.length) continue;
      const [typeName, fieldName] = key.split('.');
      const owner = schema.getType(typeName);
      const field = isObjectType(owner) ? owner.getFields()[fieldName] : undefined;
      const returned = field ? getNamedType(field.type) : undefined;
      if (returned) for (const sized of size.sizedFields) this.sizedByParent.add(`${returned.name}.${sized}`);
    }
    this.estimator = ({ type, field, args, childComplexity }) => {
      if (type.name.startsWith('__') || field.name.startsWith('__')) return 0;
      return 1 + this.sizeOf(`${type.name}.${field.name}`, isListType(getNullableType(field.type)), args) * childComplexity;
    };
  }

  /** Whether the field is a connection's list, counted at the connection's size (its `sizedFields`). */
  isSizedByParent(key: string): boolean {
    return this.sizedByParent.has(key);
  }

  /** How many times what is selected under this field is counted. */
  private sizeOf(key: string, isList: boolean, args: Record<string, unknown>): number {
    const declared = this.listSizes.get(key);
    if (declared) {
      for (const name of declared.slicingArguments) {
        const value = args[name];
        if (typeof value === 'number' && Number.isFinite(value)) return Math.max(0, value);
      }
      return declared.assumedSize ?? UNDECLARED_LIST_SIZE;
    }
    if (!isList || this.sizedByParent.has(key)) return 1;
    return UNDECLARED_LIST_SIZE;
  }

  /** The cost of the operation to execute; throws a GraphQLError on variables that do not fit. */
  of(document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown> | undefined): number {
    return getComplexity({ schema: this.schema, query: document, operationName, variables: variables ?? {}, estimators: [this.estimator] });
  }
}
