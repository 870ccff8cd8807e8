import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isListType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/** What one request may cost a service at most, whatever the cost model at the gateway let through. */
export interface RequestBudget {
  /** Fields resolved plus objects listed in one request (every field of every object of every list counts once). */
  maxResolvedFields: number;
  /** How long one request may execute before it is stopped. */
  deadlineMs: number;
}

export const REQUEST_TOO_LARGE = 'REQUEST_TOO_LARGE';
export const REQUEST_DEADLINE_EXCEEDED = 'REQUEST_DEADLINE_EXCEEDED';

/**
 * The path the stopping error carries. With a path, graphql-js passes the one error object on as
 * it is (locatedError) instead of building a new error, with its stack, for each of the maybe
 * many fields already under way: stopping must cost less than going on.
 */
const STOPPED: readonly string[] = [];

/** How often (in resolved fields) the clock is read: reading it on every field would cost more than the check. */
const CLOCK_EVERY = 256;

const BUDGET = Symbol('birge.requestBudget');

/** One request's spending; once over, every further charge throws the same coded error. */
class Spending {
  private spent = 0;
  private nextClock = CLOCK_EVERY;
  exceeded: GraphQLError | null = null;

  constructor(
    private readonly budget: RequestBudget,
    private readonly deadline: number,
  ) {}

  charge(units: number): void {
    if (this.exceeded) throw this.exceeded;
    this.spent += units;
    if (this.spent > this.budget.maxResolvedFields) {
      this.exceeded = new GraphQLError(`This request asks for more than ${this.budget.maxResolvedFields} fields: ask for fewer fields or smaller pages`, {
        extensions: { code: REQUEST_TOO_LARGE, maxResolvedFields: this.budget.maxResolvedFields },
        path: STOPPED,
      });
    } else if (this.spent >= this.nextClock) {
      this.nextClock = this.spent + CLOCK_EVERY;
      if (performance.now() > this.deadline) {
        this.exceeded = new GraphQLError(`This request ran longer than ${this.budget.deadlineMs} ms and was stopped: ask for less at once`, {
          extensions: { code: REQUEST_DEADLINE_EXCEEDED, deadlineMs: this.budget.deadlineMs },
          path: STOPPED,
        });
      }
    }
    if (this.exceeded) throw this.exceeded;
  }
}

const listsOfObjects = (type: Parameters<typeof getNullableType>[0]) => isListType(getNullableType(type)) && isCompositeType(getNamedType(type));

/**
 * The fields one element of a list costs: each field selected under it, through fragments and
 * nested objects, except what a nested list of objects selects (that list charges its own length
 * when it resolves). Fragments on other types count too: an over-estimate, never an under-one.
 */
function fieldsPerElement(itemType: GraphQLCompositeType, selectionSets: readonly SelectionSetNode[], info: GraphQLResolveInfo): number {
  let count = 0;
  const visit = (parent: GraphQLCompositeType, selectionSet: SelectionSetNode, seen: ReadonlySet<string>) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? info.schema.getType(selection.typeCondition.name.value) : parent;
        visit(condition && isCompositeType(condition) ? condition : parent, selection.selectionSet, seen);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = info.fragments[selection.name.value];
        if (!fragment || seen.has(selection.name.value)) continue;
        const condition = info.schema.getType(fragment.typeCondition.name.value);
        visit(condition && isCompositeType(condition) ? condition : parent, fragment.selectionSet, new Set([...seen, selection.name.value]));
      } else {
        count += 1;
        const field = 'getFields' in parent ? parent.getFields()[selection.name.value] : undefined;
        const target = field && getNamedType(field.type);
        if (selection.selectionSet && field && target && isCompositeType(target) && !listsOfObjects(field.type)) visit(target, selection.selectionSet, seen);
      }
    }
  };
  for (const selectionSet of selectionSets) visit(itemType, selectionSet, new Set());
  return count;
}

/** Worked out once per field of a parsed operation (Apollo keeps parsed documents). */
const perElement = new WeakMap<FieldNode, number>();

function charged<T>(context: unknown, info: GraphQLResolveInfo, value: T): T {
  if (!Array.isArray(value)) return value;
  const spending = (context as { [BUDGET]?: Spending } | null)?.[BUDGET];
  if (!spending) return value;
  const node = info.fieldNodes[0] as FieldNode;
  let fields = perElement.get(node);
  if (fields === undefined) {
    const selectionSets = info.fieldNodes.flatMap((fieldNode) => (fieldNode.selectionSet ? [fieldNode.selectionSet] : []));
    fields = 1 + fieldsPerElement(getNamedType(info.returnType) as GraphQLCompositeType, selectionSets, info);
    perElement.set(node, fields);
  }
  spending.charge(value.length * fields);
  return value;
}

/**
 * Makes every list of objects charge its elements, each with the fields selected under it, to the
 * request's budget as soon as it is resolved, before graphql-js builds anything for them: a list
 * that would go past the budget is refused whole, instead of each of its elements failing one by
 * one (which, for lists of lists, can cost as much memory as answering). The fields outside any
 * list are bounded by the operation's own size (the gateway limits it). Changes the schema's
 * fields in place.
 */
export function chargeListsToBudget(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!listsOfObjects(field.type)) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const result = resolve(source, args, context, info);
        return result instanceof Promise ? result.then((value) => charged(context, info, value)) : charged(context, info, result);
      };
    }
  }
  return schema;
}

/**
 * Stops a request that builds more than its budget allows, so that no single request can hold a
 * service's memory or time: every element of a list of objects counts one and one more for each
 * field selected under it (chargeListsToBudget), and the clock is read as the charges add up;
 * past the limit or the deadline every further list fails at once, and the answer is replaced by
 * one coded error instead of a partial result. There is no hook on every resolved field: such a
 * hook makes Apollo wrap every field of the schema (see operationCachePolicyPlugin for what
 * leaving both per-field hooks out saves).
 */
export function requestBudgetPlugin<TContext extends BaseContext>(budget: RequestBudget): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      let spending: Spending | null = null;
      return {
        async executionDidStart({ contextValue }) {
          const own = new Spending(budget, performance.now() + budget.deadlineMs);
          spending = own;
          Object.defineProperty(contextValue, BUDGET, { value: own, configurable: true });
        },
        async willSendResponse({ response }) {
          const exceeded = spending?.exceeded;
          if (!exceeded || response.body.kind !== 'single') return;
          // An execution error (HTTP 200, data null), so the gateway passes the code on as it is.
          response.body.singleResult = { data: null, errors: [{ message: exceeded.message, extensions: exceeded.extensions }] };
        },
      };
    },
  };
}
