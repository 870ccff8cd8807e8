import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity({ name: 'district' })
@Index(['regionCode', 'sortOrder'])
export class DistrictEntity {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ type: 'text' })
  kind: 'district' | 'city' | 'city_district';

  @Column({ name: 'name_kk', type: 'text' })
  nameKk: string;

  @Column({ name: 'name_ru', type: 'text' })
  nameRu: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Column({ name: 'sort_order', type: 'int' })
  sortOrder: number;
}
