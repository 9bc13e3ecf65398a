import { BidsWorkerModule } from '@niaz/bids';
import { NotificationsWorkerModule } from '@niaz/notifications';

/** The processors of each domain that the worker runs. */
export const WORKER_MODULES = [BidsWorkerModule, NotificationsWorkerModule];
