import { Module } from '@nestjs/common';
import { IdentityModule } from '@niaz/identity';
import { QueueBoard } from './queue-board.service';

/** The queue dashboard (Bull Board) at /admin/queues, admins only. */
@Module({
  imports: [IdentityModule],
  providers: [QueueBoard],
})
export class QueueBoardModule {}
