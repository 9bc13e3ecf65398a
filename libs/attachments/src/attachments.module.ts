import './problem-wording';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BidsModule } from '@niaz/bids';
import { NeedsModule } from '@niaz/needs';
import { Attachment } from './attachment.entity';
import { AttachmentDownload } from './attachment-download.entity';
import { AttachmentsProcessor } from './attachments.processor';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsService } from './attachments.service';
import { ObjectStorage } from './object-storage.service';

@Module({
  imports: [TypeOrmModule.forFeature([Attachment, AttachmentDownload]), NeedsModule, BidsModule],
  controllers: [AttachmentsController],
  providers: [AttachmentsService, ObjectStorage],
  exports: [AttachmentsService, ObjectStorage],
})
export class AttachmentsModule {}

/** The worker side: the sweep of abandoned uploads. */
@Module({
  imports: [AttachmentsModule],
  providers: [AttachmentsProcessor],
})
export class AttachmentsWorkerModule {}
