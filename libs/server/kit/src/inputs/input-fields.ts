import { IsInt, IsNotEmpty, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, Int } from 'type-graphql';

/** What `@Field` takes for a field's GraphQL type, e.g. `() => ID` or `() => [Direction]`. */
type FieldType = NonNullable<Parameters<typeof Field>[0]>;

/**
 * The fields every write input repeats, each one GraphQL field with its class-validator checks and
 * their messages, so an input says only what is its own. A check that differs (a minimum length,
 * a range) is written on the field as before.
 */

/** Several property decorators applied as one, in the order given: a field's GraphQL declaration and its checks. */
export function allOf(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
}

/** A required id of a record (`ID!`), refused unless it is a UUID: `notAnId` says whose, e.g. "is not a guide id (a UUID)". */
export function IdField(description: string, notAnId: string): PropertyDecorator {
  return allOf(
    Field(() => ID, { description }),
    IsUUID('all', { message: notAnId }),
  );
}

/** The version of the record the caller last read (`Int!`), compared by the service to refuse a stale write. */
export function VersionField(description: string): PropertyDecorator {
  return allOf(
    Field(() => Int, { description }),
    IsInt({ message: 'must be an integer' }),
  );
}

/** An optional field (null or omitted for none) of the given GraphQL type; further checks are written on the field. */
export function OptionalField(type: FieldType, description: string): PropertyDecorator {
  return allOf(Field(type, { nullable: true, description }), IsOptional());
}

/** Optional free text (`String`, null or omitted for none) of at most `max` characters. */
export function OptionalTextField(max: number, description: string): PropertyDecorator {
  return allOf(
    Field(() => String, { nullable: true, description }),
    IsOptional(),
    MaxLength(max, { message: `must be at most ${max} characters` }),
  );
}

/** Required text (`String!`) of 1 to `max` characters. */
export function RequiredTextField(max: number, description: string): PropertyDecorator {
  return allOf(
    Field(() => String, { description }),
    IsNotEmpty({ message: 'is required' }),
    MaxLength(max, { message: `must be at most ${max} characters` }),
  );
}
