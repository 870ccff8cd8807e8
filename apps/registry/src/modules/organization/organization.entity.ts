import { AuditedColumns, TimestampColumn } from '@birge/server-kit';
import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/** A contact person as stored in organization.contact_people (jsonb). Personal data. */
export interface ContactPersonRecord {
  name: string;
  role: string | null;
  phones: string[];
  emails: string[];
  socialLinks: string[];
  /** Agreed to receive the front office's announcements at these e-mails; absent on records stored before consent was asked: no. */
  emailConsent?: boolean;
  /** ISO 8601: when the consent was recorded (kept while it stays given). */
  emailConsentAt?: string | null;
}

@Entity({ name: 'organization' })
export class OrganizationEntity extends AuditedColumns {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'name_kk', type: 'text', nullable: true })
  nameKk: string | null;

  @Column({ name: 'name_ru', type: 'text', nullable: true })
  nameRu: string | null;

  @Column({ name: 'name_latin', type: 'text', nullable: true })
  nameLatin: string | null;

  @Column({ type: 'text' })
  kind: string;

  @Column({ name: 'legal_form', type: 'text', nullable: true })
  legalForm: string | null;

  @Column({ type: 'text', nullable: true })
  bin: string | null;

  @Column({ name: 'qazvolunteer_id', type: 'text', nullable: true })
  qazvolunteerId: string | null;

  @Column({ name: 'region_code', type: 'text' })
  regionCode: string;

  @Column({ name: 'district_code', type: 'text', nullable: true })
  districtCode: string | null;

  @Column({ type: 'text', array: true })
  directions: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  categories: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  modes: string[];

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'contact_people', type: 'jsonb', default: () => "'[]'" })
  contactPeople: ContactPersonRecord[];

  @Column({ name: 'volunteer_count', type: 'int', nullable: true })
  volunteerCount: number | null;

  @Column({ name: 'founded_on', type: 'date', nullable: true })
  foundedOn: string | null;

  @Column({ type: 'text', default: 'ACTIVE' })
  status: string;

  @Column({ name: 'verification_status', type: 'text', default: 'UNVERIFIED' })
  verificationStatus: string;

  @TimestampColumn('verified_at', { nullable: true })
  verifiedAt: Date | null;

  @Column({ name: 'last_contact_on', type: 'date', nullable: true })
  lastContactOn: string | null;

  @Column({ name: 'search_key', type: 'text', default: '' })
  searchKey: string;

  @Column({ name: 'duplicate_key', type: 'text', default: '' })
  duplicateKey: string;

  @VersionColumn()
  version: number;
}
