import { api, unwrap } from './http';
import { ApiError } from './problem';
import type { components } from './schema';

/** Files on needs, bids and organisations: announce, PUT to the presigned URL, complete. */
export type Attachment = components['schemas']['AttachmentResponse'];
export type AttachmentTargetType = 'need' | 'bid' | 'capability' | 'organization';
export interface AttachmentTarget {
  type: AttachmentTargetType;
  id: string;
}

/** What the server accepts (ATTACHMENT_MAX_MB is 25 by default); it checks again from the bytes. */
export const MAX_FILE_MB = 25;
export const ACCEPTED_EXTENSIONS = [
  'pdf',
  'png',
  'jpg',
  'jpeg',
  'dxf',
  'dwg',
  'step',
  'stp',
  'zip',
];
const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  dxf: 'image/vnd.dxf',
  dwg: 'image/vnd.dwg',
  step: 'model/step',
  stp: 'model/step',
  zip: 'application/zip',
};

export const extensionOf = (name: string) => {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
};

/** The content type declared for a file: from its extension (browsers leave CAD files blank). */
export const contentTypeOf = (name: string) =>
  TYPES[extensionOf(name)] ?? 'application/octet-stream';

export const listAttachments = (target: AttachmentTarget) =>
  unwrap(
    api.GET('/api/v1/attachments', {
      params: { query: { targetType: target.type, targetId: target.id } },
    }),
  );

export const downloadUrl = (id: string) =>
  unwrap(api.GET('/api/v1/attachments/{id}/download', { params: { path: { id } } }));

export const attachmentDownloads = (id: string) =>
  unwrap(api.GET('/api/v1/attachments/{id}/downloads', { params: { path: { id } } }));

export const removeAttachment = (id: string, rationale?: string) =>
  unwrap(
    api.DELETE('/api/v1/attachments/{id}', {
      params: { path: { id }, query: rationale ? { rationale } : {} },
    }),
  );

/** PUT with progress (fetch reports none for uploads). */
function put(url: string, file: File, contentType: string, onProgress: (share: number) => void) {
  return new Promise<void>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    xhr.setRequestHeader('content-type', contentType);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () =>
      xhr.status >= 200 && xhr.status < 300
        ? resolve()
        : reject(new ApiError(xhr.status, { status: xhr.status, title: xhr.statusText }));
    xhr.onerror = () => reject(new ApiError(0, { status: 0, title: 'network' }));
    xhr.send(file);
  });
}

/** The whole upload: announce, send the bytes to storage, let the server check them. */
export async function uploadFile(
  target: AttachmentTarget,
  file: File,
  opts: { confidential?: boolean; rationale?: string },
  onProgress: (share: number) => void,
): Promise<Attachment> {
  const contentType = contentTypeOf(file.name);
  const created = await unwrap(
    api.POST('/api/v1/attachments', {
      body: {
        target,
        name: file.name,
        size: file.size,
        contentType,
        ...(opts.confidential ? { confidential: true } : {}),
        ...(opts.rationale ? { rationale: opts.rationale } : {}),
      },
    }),
  );
  await put(created.uploadUrl, file, created.contentType, onProgress);
  return unwrap(
    api.POST('/api/v1/attachments/{id}/complete', { params: { path: { id: created.id } } }),
  );
}
