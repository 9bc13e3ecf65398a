import { BidsWorkerModule } from '@niaz/bids';

/** The processors of each domain that the worker runs. */
export const WORKER_MODULES = [BidsWorkerModule];
