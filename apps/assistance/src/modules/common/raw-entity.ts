import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

function localDate(value: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
}

/**
 * Maps a row of a hand-written statement (snake_case columns) onto an entity, using TypeORM's
 * metadata so the mapping cannot drift from the entity. `date` columns come back from pg as a
 * local-midnight Date; they are turned back into YYYY-MM-DD as TypeORM does.
 */
export function fromRaw<T extends ObjectLiteral>(dataSource: DataSource, target: EntityTarget<T>, row: Record<string, unknown>): T {
  const metadata = dataSource.getMetadata(target);
  const entity: Record<string, unknown> = {};
  for (const column of metadata.columns) {
    let value = row[column.databaseName];
    if (value instanceof Date && column.type === 'date') value = localDate(value);
    entity[column.propertyName] = value ?? null;
  }
  return entity as T;
}
