import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxModule } from '@niaz/jobs';
import { NeedsModule } from '@niaz/needs';
import { Bid } from './bid.entity';
import { BidComparisonController, ExchangeRatesAdminController } from './bid-comparison.controller';
import { BidComparisonService } from './bid-comparison.service';
import { ExchangeRate } from './exchange-rate.entity';
import { ExchangeRateChange } from './exchange-rate-change.entity';
import { ExchangeRatesService } from './exchange-rates.service';
import { BidsController } from './bids.controller';
import { BidsService } from './bids.service';
import { DeadlineSweepProcessor } from './deadline-sweep.processor';
import { TenderAuditController } from './tender-audit.controller';
import { TenderAuditService } from './tender-audit.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Bid, ExchangeRate, ExchangeRateChange]),
    OutboxModule,
    NeedsModule,
  ],
  controllers: [
    BidsController,
    TenderAuditController,
    BidComparisonController,
    ExchangeRatesAdminController,
  ],
  providers: [BidsService, TenderAuditService, BidComparisonService, ExchangeRatesService],
  exports: [BidsService],
})
export class BidsModule {}

/** The worker side: the deadline sweep. */
@Module({
  imports: [BidsModule],
  providers: [DeadlineSweepProcessor],
})
export class BidsWorkerModule {}
