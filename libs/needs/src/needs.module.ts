import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxModule } from '@niaz/jobs';
import { Need } from './need.entity';
import { NeedAmendment } from './need-amendment.entity';
import { NeedAuditEntry } from './need-audit-entry.entity';
import { NeedQuestion } from './need-question.entity';
import { NeedQuestionsController } from './need-questions.controller';
import { NeedQuestionsService } from './need-questions.service';
import { NeedDetailView } from './need-detail-view.entity';
import { NeedInvitation } from './need-invitation.entity';
import { NeedNda } from './need-nda.entity';
import { NeedsController } from './needs.controller';
import { NeedsService } from './needs.service';
import { NeedRepostService } from './need-repost.service';
import { NeedsImportController } from './import/needs-import.controller';
import { NeedsImportService } from './import/needs-import.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      Need,
      NeedNda,
      NeedDetailView,
      NeedInvitation,
      NeedAmendment,
      NeedAuditEntry,
      NeedQuestion,
    ]),
    OutboxModule,
  ],
  controllers: [NeedsImportController, NeedsController, NeedQuestionsController],
  providers: [NeedsService, NeedQuestionsService, NeedRepostService, NeedsImportService],
  exports: [NeedsService, NeedsImportService],
})
export class NeedsModule {}
