import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { QueueJob } from '@niaz/jobs';
import type { CatalogLanguage } from './catalog-labels';
import { CatalogService } from './catalog.service';

/**
 * Queue `catalogs`: typesets catalog PDFs in the worker, never in the api. When a catalog
 * changes (published, closed, a submission decided) its PDF in the exhibition's language is
 * typeset at once; other languages, and changes no event announces (an approved need
 * edited), when the api first asks for them (job `catalogs.pdf`, one per version).
 */
@Processor('catalogs')
export class CatalogPdfProcessor extends WorkerHost {
  private readonly logger = new Logger(CatalogPdfProcessor.name);

  constructor(private readonly catalogs: CatalogService) {
    super();
  }

  async process(job: QueueJob<'catalogs'>): Promise<boolean> {
    switch (job.name) {
      case 'catalogs.pdf':
        return this.catalogs.renderPdf(job.data.exhibitionId, job.data.language);
      case 'exhibition.published':
      case 'exhibition.closed':
      case 'submission.decided': {
        const language = await this.catalogs.languageOf(job.data.exhibitionId);
        if (!language) return false;
        const typeset = await this.catalogs.renderPdf(
          job.data.exhibitionId,
          language as CatalogLanguage,
        );
        if (typeset)
          this.logger.log(`catalog PDF of ${job.data.exhibitionId} (${language}) typeset`);
        return typeset;
      }
      default: {
        const unhandled: never = job;
        throw new Error(`catalogs: unknown job ${(unhandled as { name: string }).name}`);
      }
    }
  }
}
