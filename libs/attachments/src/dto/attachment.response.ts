import { ApiProperty } from '@nestjs/swagger';
import { dateTime, nullableDateTime, nullableString, ResourceView, ViewerView } from '@niaz/core';
import { ATTACHMENT_TARGETS, AttachmentTarget } from '../attachment.entity';
import { FILE_KINDS, FileKind } from '../file-types';

export class AttachmentResponse extends ResourceView {
  @ApiProperty({ enum: ATTACHMENT_TARGETS })
  targetType: AttachmentTarget;
  @ApiProperty({ format: 'uuid' })
  targetId: string;
  @ApiProperty({ format: 'uuid' })
  organizationId: string;
  @ApiProperty()
  name: string;
  @ApiProperty()
  size: number;
  @ApiProperty({ enum: FILE_KINDS })
  kind: FileKind;
  @ApiProperty()
  contentType: string;
  @ApiProperty()
  confidential: boolean;
  @ApiProperty({ enum: ['pending', 'available'] })
  status: 'pending' | 'available';
  @nullableString({ description: 'SHA-256 of the bytes, hex' })
  checksum: string | null;
  @nullableDateTime()
  completedAt: string | null;
}

export class AttachmentUploadResponse extends AttachmentResponse {
  @ApiProperty({ description: 'PUT the bytes here with the same Content-Type and Content-Length' })
  uploadUrl: string;
  @dateTime()
  uploadExpiresAt: string;
}

export class AttachmentListResponse {
  @ApiProperty({ type: [AttachmentResponse] })
  items: AttachmentResponse[];
}

export class AttachmentDownloadUrlResponse {
  @ApiProperty({ description: 'A presigned GET; the file comes as an attachment' })
  url: string;
  @dateTime()
  expiresAt: string;
}

export class AttachmentDownloadResponse extends ViewerView {
  @dateTime()
  downloadedAt: string;
}

export class AttachmentDownloadPageResponse {
  @ApiProperty({ type: [AttachmentDownloadResponse] })
  items: AttachmentDownloadResponse[];
  @nullableString()
  nextCursor: string | null;
}
