import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A contact of a front office with an actor, as analytics knows it from `registry.contact-logged`. */
@Entity({ name: 'contact_fact' })
export class ContactFactEntity {
  @PrimaryColumn({ name: 'contact_id', type: 'uuid' })
  contactId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ name: 'district_code', type: 'text', nullable: true })
  districtCode: string | null;

  @Column({ type: 'text' })
  kind: string;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn: string;

  @Column({ name: 'told_about_offer', type: 'boolean' })
  toldAboutOffer: boolean;
}
