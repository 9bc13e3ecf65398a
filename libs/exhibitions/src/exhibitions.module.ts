import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Organization } from '@niaz/identity';
import { OutboxModule } from '@niaz/jobs';
import { Need } from '@niaz/needs';
import { CatalogController } from './catalog/catalog.controller';
import { CatalogPdfRenderer } from './catalog/catalog-pdf.renderer';
import { CatalogService } from './catalog/catalog.service';
import { CatalogPdf } from './catalog/catalog-pdf.entity';
import { CatalogPdfProcessor } from './catalog/catalog-pdf.processor';
import { ExhibitionInvitation } from './exhibition-invitation.entity';
import { ExhibitionStatsService } from './exhibition-stats.service';
import { ExhibitionSubmission } from './exhibition-submission.entity';
import { Exhibition } from './exhibition.entity';
import { ExhibitionsController } from './exhibitions.controller';
import { ExhibitionsService } from './exhibitions.service';
import { SubmissionsController } from './submissions.controller';
import { SubmissionsService } from './submissions.service';

/** Exhibitions for organisers: curation of needs, public catalogs (JSON, CSV, PDF), figures. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Exhibition,
      ExhibitionSubmission,
      ExhibitionInvitation,
      Need,
      Organization,
      CatalogPdf,
    ]),
    OutboxModule,
  ],
  // Submissions first: its static `GET /exhibitions/submissions` reads better before `:id`.
  controllers: [SubmissionsController, ExhibitionsController, CatalogController],
  providers: [
    ExhibitionsService,
    SubmissionsService,
    CatalogService,
    CatalogPdfRenderer,
    ExhibitionStatsService,
  ],
  exports: [ExhibitionsService, CatalogService],
})
export class ExhibitionsModule {}

/** The worker side: catalog PDFs are typeset here, never in the api. */
@Module({
  imports: [ExhibitionsModule],
  providers: [CatalogPdfProcessor],
})
export class ExhibitionsWorkerModule {}
