import { wireTime } from '@niaz/core';
import type { Attachment } from './attachment.entity';
import type { AttachmentResponse } from './dto/attachment.response';

/** The API shape of a file's metadata (the object key stays inside). */
export function attachmentView(a: Attachment): AttachmentResponse {
  return {
    id: a.id,
    createdAt: wireTime(a.createdAt),
    updatedAt: wireTime(a.updatedAt),
    targetType: a.targetType,
    targetId: a.targetId,
    organizationId: a.organizationId,
    name: a.name,
    size: a.size,
    kind: a.kind,
    contentType: a.contentType,
    confidential: a.confidential,
    status: a.status,
    checksum: a.checksum,
    completedAt: wireTime(a.completedAt),
  };
}
