import { Column, Entity, Index } from 'typeorm';
import { SequencedEntity, LANGUAGES } from '@niaz/core';
import type { ExhibitionStatus } from './exhibition-lifecycle';

export const EXHIBITION_LANGUAGES = LANGUAGES;
export type ExhibitionLanguage = (typeof EXHIBITION_LANGUAGES)[number];

/** Title and description in another language than the exhibition's own. */
export interface ExhibitionTranslation {
  title?: string;
  description?: string;
}

/** A part of the catalog (e.g. "machinery"); approved needs are arranged into sections. */
export interface ExhibitionSection {
  key: string;
  title: string;
  translations?: Partial<Record<ExhibitionLanguage, { title?: string }>>;
}

/**
 * An "Industry Needs Table" fair run by an organiser organisation: needs are submitted to it,
 * curated by its organisers and published as a catalog.
 */
@Entity('exhibition')
@Index('exhibition_status_created_idx', ['status', 'createdAt'])
@Index('exhibition_org_created_idx', ['organizationId', 'createdAt'])
export class Exhibition extends SequencedEntity {
  /** The organiser organisation; its members manage the exhibition. */
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  createdById: string;

  @Column({ type: 'varchar', length: 12, default: 'draft' })
  status: ExhibitionStatus;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'varchar', length: 2 })
  language: ExhibitionLanguage;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  translations: Partial<Record<ExhibitionLanguage, ExhibitionTranslation>>;

  @Column({ type: 'varchar', length: 100 })
  city: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  province: string | null;

  @Column({ type: 'varchar', length: 2 })
  country: string;

  @Column({ type: 'timestamptz', precision: 3 })
  startsAt: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  endsAt: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  submissionDeadline: Date;

  /** The sectors it gathers, as HS chapters (2 digits). */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  hsChapters: string[];

  /** The sectors it gathers, as ISIC Rev.4 classes. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  isic: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  sections: ExhibitionSection[];

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  closedAt: Date | null;
}
