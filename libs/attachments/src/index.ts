export * from './attachment.entity';
export * from './attachment-download.entity';
export * from './file-types';
export * from './object-storage.service';
export * from './attachments.service';
export * from './attachments.module';
export * from './zip-check';
