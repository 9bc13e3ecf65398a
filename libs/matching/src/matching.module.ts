import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CapabilitiesModule } from '@niaz/capabilities';
import { OutboxModule } from '@niaz/jobs';
import { NeedsModule } from '@niaz/needs';
import { SearchQueryModule } from '@niaz/search';
import { Match } from './match.entity';
import { Matcher } from './matcher';
import { MatchesController } from './matches.controller';
import { MatchesService } from './matches.service';
import { MatchingProcessor } from './matching.processor';
import { MatchingService } from './matching.service';

/**
 * The matching engine's HTTP side: GET /needs/:id/matches and /capabilities/:id/matches.
 * Exports the Match repository for the libs that read matches (notifications).
 */
@Module({
  imports: [TypeOrmModule.forFeature([Match]), NeedsModule, CapabilitiesModule],
  controllers: [MatchesController],
  providers: [MatchesService],
  exports: [TypeOrmModule],
})
export class MatchingModule {}

/** The worker side: queue `matching` (need → capabilities and back, score, reasons). */
@Module({
  imports: [TypeOrmModule.forFeature([Match]), SearchQueryModule, OutboxModule],
  providers: [Matcher, MatchingService, MatchingProcessor],
  exports: [MatchingService, Matcher],
})
export class MatchingWorkerModule {}
