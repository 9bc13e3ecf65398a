import type { Attachment } from './attachment.entity';

/** The API shape of a file's metadata (the object key stays inside). */
export function attachmentView(a: Attachment) {
  return {
    id: a.id,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
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
    completedAt: a.completedAt ? a.completedAt.toISOString() : null,
  };
}
