import { Injectable } from '@nestjs/common';
import type { Principal } from '@niaz/identity';
import { Need } from '@niaz/needs';
import { DataSource, In } from 'typeorm';
import { ExhibitionSubmission } from '../exhibition-submission.entity';
import { exhibitionView } from '../exhibition.view';
import { ExhibitionsService } from '../exhibitions.service';
import { arrangeCatalog, PlacedNeed } from './arrange-catalog';
import { catalogCsv, contentDisposition } from './catalog-csv';
import type { CatalogLanguage } from './catalog-labels';
import { catalogPdfModel } from './catalog-pdf-model';
import { CatalogPdfRenderer } from './catalog-pdf.renderer';
import type { Catalog, CatalogNeed } from './catalog.types';

/** Needs that ended this way are left out of a catalog even when approved. */
const HIDDEN_NEED_STATUSES = ['draft', 'cancelled'];

export interface CatalogFile {
  body: Buffer;
  contentType: string;
  disposition: string;
}

const money = (amount: string | null, currency: string | null) =>
  amount !== null && currency ? { amount, currency } : null;

/** Public fields only: this is what anonymous readers get. `details` is never read here. */
function catalogNeed(
  n: Need,
  s: ExhibitionSubmission,
  organization: { id: string; name: string } | undefined,
): CatalogNeed {
  return {
    id: n.id,
    submissionId: s.id,
    featured: s.featured,
    order: s.order,
    title: n.title,
    description: n.description,
    language: n.language,
    status: n.status,
    hsCodes: n.hsCodes,
    isic: n.isic,
    quantityPerYear: n.quantityPerYear,
    unit: n.unit,
    importOrigin: n.importOrigin,
    annualImportValue: money(n.annualImportValueAmount, n.annualImportValueCurrency),
    targetPrice: money(n.targetPriceAmount, n.targetPriceCurrency),
    requiredCertifications: n.requiredCertifications,
    minLocalContentPercent: n.minLocalContentPercent,
    bidDeadline: n.bidDeadline,
    country: n.country,
    province: n.province,
    organization: organization ?? null,
  };
}

/** The public catalog of an exhibition: approved needs by section, as JSON, CSV or PDF. */
@Injectable()
export class CatalogService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exhibitions: ExhibitionsService,
    private readonly pdf: CatalogPdfRenderer,
  ) {}

  async catalog(principal: Principal | undefined, id: string): Promise<Catalog> {
    const e = await this.exhibitions.findVisible(principal, id);
    const submissions = await this.dataSource
      .getRepository(ExhibitionSubmission)
      .findBy({ exhibitionId: id, status: 'approved' });
    const needIds = submissions.map((s) => s.needId);
    // Only public columns are selected, so `details` cannot slip into a catalog.
    const needs = needIds.length
      ? await this.dataSource.getRepository(Need).find({
          where: { id: In(needIds) },
          select: {
            id: true,
            organizationId: true,
            status: true,
            title: true,
            description: true,
            language: true,
            hsCodes: true,
            isic: true,
            quantityPerYear: true,
            unit: true,
            importOrigin: true,
            annualImportValueAmount: true,
            annualImportValueCurrency: true,
            targetPriceAmount: true,
            targetPriceCurrency: true,
            requiredCertifications: true,
            minLocalContentPercent: true,
            bidDeadline: true,
            country: true,
            province: true,
          },
        })
      : [];
    const byId = new Map(
      needs.filter((n) => !HIDDEN_NEED_STATUSES.includes(n.status)).map((n) => [n.id, n]),
    );
    const orgs = await this.exhibitions.organizationRefs([
      e.organizationId,
      ...needs.map((n) => n.organizationId),
    ]);
    const placed: PlacedNeed[] = submissions.flatMap((s) => {
      const n = byId.get(s.needId);
      return n
        ? [
            {
              section: s.section,
              decidedAt: s.decidedAt,
              need: catalogNeed(n, s, orgs.get(n.organizationId)),
            },
          ]
        : [];
    });
    return {
      exhibition: exhibitionView(e, orgs.get(e.organizationId)),
      sections: arrangeCatalog(e.sections, placed),
      total: placed.length,
      generatedAt: new Date().toISOString(),
    };
  }

  async csv(
    principal: Principal | undefined,
    id: string,
    lang?: CatalogLanguage,
  ): Promise<CatalogFile> {
    const catalog = await this.catalog(principal, id);
    return {
      body: Buffer.from(catalogCsv(catalog, lang), 'utf8'),
      contentType: 'text/csv; charset=utf-8',
      disposition: contentDisposition(`exhibition-${id}.csv`, `${catalog.exhibition.title}.csv`),
    };
  }

  async pdfFile(
    principal: Principal | undefined,
    id: string,
    lang?: CatalogLanguage,
  ): Promise<CatalogFile> {
    const catalog = await this.catalog(principal, id);
    const now = new Date();
    const model = catalogPdfModel(catalog, lang ?? catalog.exhibition.language, now);
    return {
      body: this.pdf.render(model, now),
      contentType: 'application/pdf',
      // Inline: browsers show the catalog; the name still serves "save as".
      disposition: contentDisposition(
        `exhibition-${id}.pdf`,
        `${model.cover.title.text}.pdf`,
        'inline',
      ),
    };
  }
}
