import { Column, Entity, Index } from 'typeorm';
import { Language, OwnedEntity, QuantityColumn } from '@niaz/core';

/** A capability's title and summary in another language, written by its organisation. */
export interface CapabilityTranslation {
  title?: string;
  description?: string;
}

/** What a supplier can make: processes, materials, HS codes, capacity, readiness. */
@Entity('capability')
@Index('capability_org_created_idx', ['organizationId', 'createdAt'])
export class Capability extends OwnedEntity {
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'varchar', length: 2 })
  language: Language;

  /** The same title and summary in other languages, e.g. `{ fa: { title: "…" } }`. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  translations: Partial<Record<Language, CapabilityTranslation>>;

  @Column({ type: 'text', array: true })
  hsCodes: string[];

  @Column({ type: 'varchar', length: 4, nullable: true })
  isic: string | null;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  processes: string[];

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  materials: string[];

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  certifications: string[];

  @QuantityColumn({ nullable: true })
  capacityPerYear: number | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  unit: string | null;

  /** Technology readiness level 1–9. */
  @Column({ type: 'smallint', nullable: true })
  trl: number | null;

  @Column({ type: 'smallint', nullable: true })
  localContentPercent: number | null;

  @Column({ type: 'varchar', length: 2 })
  country: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  province: string | null;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  references: string[];
}
