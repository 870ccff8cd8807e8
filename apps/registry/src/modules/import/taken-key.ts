/** A BIN or Qazvolunteer.kz ID that another record took while a file was imported. */

/** The unique indexes of a record's keys, and the column each keeps unique. */
const KEY_INDEXES: Record<string, 'bin' | 'qazvolunteer_id'> = { organization_bin_key: 'bin', organization_qazvolunteer_key: 'qazvolunteer_id' };

/** A unique violation (23505) of a BIN or Qazvolunteer.kz ID, from COPY or UPDATE: the column and the value. */
export function takenKey(error: unknown): { column: 'bin' | 'qazvolunteer_id'; value: string } | null {
  const pg = ((error as { driverError?: unknown })?.driverError ?? error) as { code?: string; constraint?: string; detail?: string } | null;
  if (!pg || pg.code !== '23505' || !pg.constraint) return null;
  const column = KEY_INDEXES[pg.constraint];
  const value = /^Key \([^)]*\)=\((.*)\) already exists\.?$/s.exec(pg.detail ?? '')?.[1];
  return column && value !== undefined ? { column, value } : null;
}
