import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxEvent } from './outbox-event.entity';
import { OutboxMaintenanceProcessor } from './outbox-maintenance.processor';
import { OutboxRelayService } from './outbox-relay.service';
import { OutboxCompletionsService } from './outbox-completions.service';

/** The relay side of the outbox and its pruning: only the worker imports it. */
@Module({
  imports: [TypeOrmModule.forFeature([OutboxEvent]), DiscoveryModule],
  providers: [OutboxRelayService, OutboxMaintenanceProcessor, OutboxCompletionsService],
  exports: [OutboxRelayService, OutboxMaintenanceProcessor, OutboxCompletionsService],
})
export class OutboxRelayModule {}
