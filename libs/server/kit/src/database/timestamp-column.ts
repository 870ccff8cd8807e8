import { Column } from 'typeorm';

/**
 * A point in time as every table keeps one: `timestamptz` to the millisecond, what a JavaScript
 * Date holds (a column of more precision would give back times that compare unequal).
 */
export function TimestampColumn(name: string, options: { nullable?: boolean } = {}): PropertyDecorator {
  return Column({ name, type: 'timestamptz', precision: 3, ...options });
}
