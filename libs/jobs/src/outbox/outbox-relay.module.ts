import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxEvent } from './outbox-event.entity';
import { OutboxMaintenanceProcessor } from './outbox-maintenance.processor';
import { OutboxRelay } from './outbox-relay.service';
import { OutboxCompletions } from './outbox-completions.service';

/** The relay side of the outbox and its pruning: only the worker imports it. */
@Module({
  imports: [TypeOrmModule.forFeature([OutboxEvent]), DiscoveryModule],
  providers: [OutboxRelay, OutboxMaintenanceProcessor, OutboxCompletions],
  exports: [OutboxRelay, OutboxMaintenanceProcessor, OutboxCompletions],
})
export class OutboxRelayModule {}
