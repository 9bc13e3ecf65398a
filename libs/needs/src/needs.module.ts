import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxModule } from '@niaz/jobs';
import { Need } from './need.entity';
import { NeedAmendment } from './need-amendment.entity';
import { NeedDetailView } from './need-detail-view.entity';
import { NeedInvitation } from './need-invitation.entity';
import { NeedNda } from './need-nda.entity';
import { NeedsController } from './needs.controller';
import { NeedsService } from './needs.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Need, NeedNda, NeedDetailView, NeedInvitation, NeedAmendment]),
    OutboxModule,
  ],
  controllers: [NeedsController],
  providers: [NeedsService],
  exports: [NeedsService],
})
export class NeedsModule {}
