import { AttachmentsWorkerModule } from '@niaz/attachments';
import { BidsWorkerModule } from '@niaz/bids';
import { ExhibitionsWorkerModule } from '@niaz/exhibitions';
import { MatchingWorkerModule } from '@niaz/matching';
import { NotificationsWorkerModule } from '@niaz/notifications';
import { SearchWorkerModule } from '@niaz/search';

/** The processors of each domain that the worker runs. */
export const WORKER_MODULES = [
  BidsWorkerModule,
  SearchWorkerModule,
  MatchingWorkerModule,
  NotificationsWorkerModule,
  ExhibitionsWorkerModule,
  AttachmentsWorkerModule,
];
