import { Column, Entity, Index } from 'typeorm';
import { SequencedEntity } from '@niaz/core';
import type { FileKind } from './file-types';

export const ATTACHMENT_TARGETS = ['need', 'bid', 'capability', 'organization'] as const;
export type AttachmentTarget = (typeof ATTACHMENT_TARGETS)[number];
/** `pending` until the upload is checked; pending rows past their upload window are swept. */
export type AttachmentStatus = 'pending' | 'available';

const bigintNumber = {
  to: (v: number) => v,
  from: (v: string | null) => (v === null ? null : Number(v)),
};

/** A file on a need, a bid, a capability or an organisation: metadata here, bytes in object storage. */
@Entity('attachment')
@Index('attachment_target_idx', ['targetType', 'targetId', 'createdAt'])
@Index('attachment_status_created_idx', ['status', 'createdAt'])
export class Attachment extends SequencedEntity {
  @Column({ type: 'varchar', length: 12 })
  targetType: AttachmentTarget;

  @Column({ type: 'uuid' })
  targetId: string;

  /** The organisation that owns the target (and so the file). */
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  uploadedById: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'bigint', transformer: bigintNumber })
  size: number;

  @Column({ type: 'varchar', length: 8 })
  kind: FileKind;

  @Column({ type: 'varchar', length: 40 })
  contentType: string;

  /** Need files behind the NDA; organisation and capability files for members only. */
  @Column({ type: 'boolean', default: false })
  confidential: boolean;

  @Column({ type: 'varchar', length: 10, default: 'pending' })
  status: AttachmentStatus;

  /** SHA-256 of the stored bytes, hex; set when the upload is checked. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  checksum: string | null;

  @Column({ type: 'varchar', length: 200 })
  objectKey: string;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  completedAt: Date | null;

  /** A published need's file: the amendment's reason, recorded when the upload completes. */
  @Column({ type: 'text', nullable: true })
  amendmentRationale: string | null;
}
