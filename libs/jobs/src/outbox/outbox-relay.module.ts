import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxEvent } from './outbox-event.entity';
import { OutboxMaintenanceProcessor } from './outbox-maintenance.processor';
import { OutboxRelay } from './outbox-relay.service';

/** The relay side of the outbox and its pruning: only the worker imports it. */
@Module({
  imports: [TypeOrmModule.forFeature([OutboxEvent])],
  providers: [OutboxRelay, OutboxMaintenanceProcessor],
  exports: [OutboxRelay, OutboxMaintenanceProcessor],
})
export class OutboxRelayModule {}
