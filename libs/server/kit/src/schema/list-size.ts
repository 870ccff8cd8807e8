import { Directive } from 'type-graphql';
import { DEFAULT_PAGE_SIZE } from '../pagination/keyset';

/**
 * Every list in the graph declares how long it can be, with the federation `@listSize`
 * directive (the demand-control cost spec that Apollo Router and Hive Gateway enforce too). The
 * gateway's cost model multiplies what is selected under a list by that size, so a query that
 * nests lists in a cycle (regions → districts → region → districts → …) is priced at what it
 * would really build, and refused before execution when it costs too much.
 */

/**
 * The length assumed for a record's history (a timeline, status changes, checks, registrations):
 * not capped by a rule, so the cost model counts it at this and the request budget
 * (requestBudgetPlugin) stops the rare record that is longer from costing more than allowed.
 */
export const ASSUMED_HISTORY_LENGTH = 100;

/** The length assumed for small lists attached to a record (files, referrals, ids). */
export const ASSUMED_ATTACHED_ITEMS = 20;

/** A list whose largest size is known: reference data, enum values, or a limit the service enforces. */
export function ListSize(largest: number): MethodDecorator & PropertyDecorator {
  if (!Number.isInteger(largest) || largest < 1) throw new Error(`ListSize needs a positive whole number, got ${largest}`);
  return Directive(`@listSize(assumedSize: ${largest}, requireOneSlicingArgument: false)`);
}

/**
 * A cursor connection: its `edges` are as many as `first` asks for (the kit's pageSize bounds it),
 * or the default page when `first` is not given.
 */
export function Paged(): MethodDecorator & PropertyDecorator {
  return Directive(`@listSize(assumedSize: ${DEFAULT_PAGE_SIZE}, slicingArguments: ["first"], sizedFields: ["edges"], requireOneSlicingArgument: false)`);
}
