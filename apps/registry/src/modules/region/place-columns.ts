import { Column, PrimaryColumn } from 'typeorm';

/** The columns a region and a district both have: their KATO code, their name in the three languages, their place in lists. */
export abstract class PlaceColumns {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ name: 'name_kk', type: 'text' })
  nameKk: string;

  @Column({ name: 'name_ru', type: 'text' })
  nameRu: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Column({ name: 'sort_order', type: 'int' })
  sortOrder: number;
}
