import { SequenceColumn } from '@niaz/core';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One download of a confidential or sealed file, so the owner sees who took what, when. */
@Entity('attachment_download')
@Index('attachment_download_attachment_idx', ['attachmentId', 'downloadedAt'])
export class AttachmentDownload {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Creation order within a millisecond (lists and cursors). */
  @SequenceColumn()
  seq: string;

  @Column({ type: 'uuid' })
  attachmentId: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  downloadedAt: Date;
}
