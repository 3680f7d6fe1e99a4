import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ProvenanceColumns } from '../../../shared/provenance';

export type Sex = 'MALE' | 'FEMALE' | 'UNKNOWN';
export type Script = 'LATIN' | 'CYRILLIC' | 'GREEK' | 'ARABIC';

@Entity({ schema: 'persons', name: 'person' })
export class PersonEntity extends ProvenanceColumns {
  @Column({ name: 'family_name', type: 'varchar' })
  familyName!: string;

  @Column({ name: 'given_names', type: 'varchar', nullable: true })
  givenNames!: string | null;

  @Column({ name: 'family_name_latin', type: 'varchar' })
  familyNameLatin!: string;

  @Column({ name: 'given_names_latin', type: 'varchar', nullable: true })
  givenNamesLatin!: string | null;

  @Column({ type: 'varchar' })
  script!: Script;

  @Column({ name: 'name_at_birth', type: 'varchar', nullable: true })
  nameAtBirth!: string | null;

  @Column({ type: 'varchar', array: true })
  aliases!: string[];

  @Column({ type: 'varchar' })
  sex!: Sex;

  @Column({ name: 'dob_year', type: 'smallint', nullable: true })
  dobYear!: number | null;

  @Column({ name: 'dob_month', type: 'smallint', nullable: true })
  dobMonth!: number | null;

  @Column({ name: 'dob_day', type: 'smallint', nullable: true })
  dobDay!: number | null;

  @Column({ name: 'place_of_birth', type: 'varchar', nullable: true })
  placeOfBirth!: string | null;

  @Column({ name: 'country_of_birth', type: 'char', length: 2, nullable: true })
  countryOfBirth!: string | null;

  @Column({ type: 'varchar', array: true })
  nationalities!: string[];

  @Column({ name: 'warning_markers', type: 'varchar', array: true })
  warningMarkers!: string[];

  /** Every name of the person folded to upper-case Latin, for trigram search; written with the record. */
  @Column({ name: 'search_name', type: 'text' })
  searchName!: string;
}

@Entity({ schema: 'persons', name: 'alert' })
export class AlertEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @Column({ type: 'varchar' })
  kind!: string;

  @Column({ name: 'action_on_hit', type: 'varchar' })
  actionOnHit!: string;

  @Column({ type: 'varchar', nullable: true })
  offence!: string | null;

  @Column({ name: 'issuing_jurisdiction', type: 'char', length: 2 })
  issuingJurisdiction!: string;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil!: string | null;
}

export const PERSONS_ENTITIES = [PersonEntity, AlertEntity];
