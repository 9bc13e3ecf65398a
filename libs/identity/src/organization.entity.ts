import { Column, Entity } from 'typeorm';
import { BaseEntity, Language } from '@niaz/core';

export const ORGANIZATION_KINDS = ['manufacturer', 'supplier', 'organiser'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** A profile text in another language than the organisation's own. */
export interface OrganizationTranslation {
  name?: string;
  description?: string;
}

@Entity('organization')
export class Organization extends BaseEntity {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'varchar', length: 2, default: 'fa' })
  language: Language;

  /** The same profile in other languages, e.g. `{ tr: { name: "…" } }`. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  translations: Partial<Record<Language, OrganizationTranslation>>;

  @Column({ type: 'text', array: true })
  kinds: OrganizationKind[];

  @Column({ type: 'varchar', length: 2 })
  country: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  province: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  city: string | null;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  isic: string[];

  @Column({ type: 'varchar', length: 300, nullable: true })
  website: string | null;

  /** Certificate number of a knowledge-based firm (شرکت دانش‌بنیان), checked by an admin. */
  @Column({ type: 'varchar', length: 50, nullable: true })
  knowledgeBasedCertificate: string | null;

  @Column({ type: 'boolean', default: false })
  verified: boolean;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  verifiedAt: Date | null;

  /**
   * Set when a verified organisation changed its name, kinds or knowledge-based certificate:
   * `verified` was cleared, and this says what changed and when, for the owner and for the
   * admins' re-verification queue. Cleared when an admin verifies again.
   */
  @Column({ type: 'jsonb', nullable: true })
  verificationLost: {
    at: string;
    changes: Record<string, { before: unknown; after: unknown }>;
  } | null;
}
