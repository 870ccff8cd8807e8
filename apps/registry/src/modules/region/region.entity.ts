import { Column, Entity } from 'typeorm';
import { PlaceColumns } from './place-columns';

@Entity({ name: 'region' })
export class RegionEntity extends PlaceColumns {
  @Column({ type: 'text' })
  kind: 'oblast' | 'city';

  @Column({ name: 'iso_code', type: 'text' })
  isoCode: string;
}
