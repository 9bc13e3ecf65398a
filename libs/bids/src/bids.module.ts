import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxModule } from '@niaz/jobs';
import { NeedsModule } from '@niaz/needs';
import { Bid } from './bid.entity';
import { BidsController } from './bids.controller';
import { BidsService } from './bids.service';
import { DeadlineSweepProcessor } from './deadline-sweep.processor';
import { TenderAuditController } from './tender-audit.controller';
import { TenderAuditService } from './tender-audit.service';

@Module({
  imports: [TypeOrmModule.forFeature([Bid]), OutboxModule, NeedsModule],
  controllers: [BidsController, TenderAuditController],
  providers: [BidsService, TenderAuditService],
  exports: [BidsService],
})
export class BidsModule {}

/** The worker side: the deadline sweep. */
@Module({
  imports: [BidsModule],
  providers: [DeadlineSweepProcessor],
})
export class BidsWorkerModule {}
