import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'region' })
export class RegionEntity {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  kind: 'oblast' | 'city';

  @Column({ name: 'iso_code', type: 'text' })
  isoCode: string;

  @Column({ name: 'name_kk', type: 'text' })
  nameKk: string;

  @Column({ name: 'name_ru', type: 'text' })
  nameRu: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Column({ name: 'sort_order', type: 'int' })
  sortOrder: number;
}
