import { TimestampColumn } from '@birge/server-kit';
import { Column, Entity, Index } from 'typeorm';
import { PlaceColumns } from './place-columns';

@Entity({ name: 'district' })
@Index(['regionCode', 'sortOrder'])
export class DistrictEntity extends PlaceColumns {
  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ type: 'text' })
  kind: 'district' | 'city' | 'city_district';

  /** The day it ceased to exist; null while it exists. Abolished districts stay for history. */
  @Column({ name: 'abolished_on', type: 'date', nullable: true })
  abolishedOn: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @TimestampColumn('updated_at', { nullable: true })
  updatedAt: Date | null;

  @Column({ name: 'updated_by', type: 'text', nullable: true })
  updatedBy: string | null;
}
