import { Column, Entity, Index } from 'typeorm';
import { BaseEntity, numericNumberTransformer } from '@niaz/core';
import type { MatchReason } from './match-reason';

/**
 * A need–capability pair that fits, with its score in [0, 1] and the reasons, kept so that a
 * manufacturer sees why and so that nobody is told twice of the same need. Derived data:
 * rebuilt by re-matching, unique on (need, capability).
 */
@Entity('match')
@Index('match_need_capability_key', ['needId', 'capabilityId'], { unique: true })
@Index('match_need_score_idx', ['needId', 'score'])
@Index('match_capability_score_idx', ['capabilityId', 'score'])
export class Match extends BaseEntity {
  @Column({ type: 'uuid' })
  needId: string;

  @Column({ type: 'uuid' })
  capabilityId: string;

  /** The need's (buyer) organisation. */
  @Column({ type: 'uuid' })
  needOrganizationId: string;

  /** The capability's (supplier) organisation: the candidate to notify. */
  @Column({ type: 'uuid' })
  capabilityOrganizationId: string;

  @Column({ type: 'numeric', precision: 5, scale: 4, transformer: numericNumberTransformer })
  score: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  reasons: MatchReason[];
}
