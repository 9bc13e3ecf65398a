export * from './bid.entity';
export * from './bid.view';
export * from './bids.service';
export * from './bids.module';
export * from './bid-queries';
export * from './exchange-rate.entity';
