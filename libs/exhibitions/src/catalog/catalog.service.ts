import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig, ProblemException } from '@niaz/core';
import { QueueRegistry } from '@niaz/jobs';
import { organizationRowSql, type Principal } from '@niaz/identity';
import { Need, needRowSql } from '@niaz/needs';
import { DataSource, In } from 'typeorm';
import { ExhibitionSubmission } from '../exhibition-submission.entity';
import { Exhibition } from '../exhibition.entity';
import { CatalogPdf } from './catalog-pdf.entity';
import { exhibitionView } from '../exhibition.view';
import { ExhibitionsService } from '../exhibitions.service';
import { arrangeCatalog, PlacedNeed } from './arrange-catalog';
import { catalogCsv, contentDisposition } from './catalog-csv';
import type { CatalogLanguage } from './catalog-labels';
import { catalogPdfModel } from './catalog-pdf-model';
import { CatalogPdfRenderer } from './catalog-pdf.renderer';
import type { Catalog, CatalogNeed } from './catalog.types';
import { CatalogCache, catalogEtag, etagMatches } from './catalog-cache';

/** A cached catalog representation, or only its ETag when the caller's copy is current. */
export interface Cached<T> {
  etag: string;
  /** Absent when `If-None-Match` matched (answer 304). */
  value?: T;
}

const versionHash = (version: string) => createHash('sha256').update(version).digest('hex');

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
    translations: n.translations ?? {},
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
    timeZone: n.timeZone,
    organization: organization ?? null,
  };
}

/** The public catalog of an exhibition: approved needs by section, as JSON, CSV or PDF. */
@Injectable()
export class CatalogService {
  private readonly cache = new CatalogCache();

  constructor(
    private readonly dataSource: DataSource,
    private readonly exhibitions: ExhibitionsService,
    private readonly pdf: CatalogPdfRenderer,
    private readonly queues: QueueRegistry,
    private readonly config: AppConfig,
  ) {}

  /**
   * What a catalog is built from, in one cheap query: the exhibition's and its organiser's
   * `updatedAt`, and the count and latest `updatedAt` of its approved submissions, their
   * needs and the needs' organisations. Any change that can alter a catalog moves it.
   */
  async version(id: string): Promise<string> {
    const [row] = await this.dataSource.query(
      `SELECT e."updatedAt" AS e, o."updatedAt" AS o,
              (SELECT json_build_array(count(*), max(s."updatedAt"), max(n."updatedAt"), max(no."updatedAt"))
                 FROM exhibition_submission s
                 JOIN LATERAL (${needRowSql('s."needId"')}) n ON true
                 JOIN LATERAL (${organizationRowSql('n."organizationId"')}) no ON true
                WHERE s."exhibitionId" = e.id AND s.status = 'approved') AS s
         FROM exhibition e LEFT JOIN LATERAL (${organizationRowSql('e."organizationId"')}) o ON true
        WHERE e.id = $1`,
      [id],
    );
    return row ? JSON.stringify(row) : 'none';
  }

  /**
   * A representation of the catalog from the cache, built on a miss. Visibility is checked
   * on every call (drafts only for those who may preview them); the content itself does not
   * depend on the caller. `ifNoneMatch` matching the current ETag: no value (304).
   */
  private async cached<T>(
    principal: Principal | undefined,
    id: string,
    kind: string,
    ifNoneMatch: string | undefined,
    build: () => Promise<{ value: T; bytes: number }>,
  ): Promise<Cached<T>> {
    await this.exhibitions.findVisible(principal, id);
    const version = await this.version(id);
    const etag = catalogEtag(id, kind, version);
    if (etagMatches(ifNoneMatch, etag)) return { etag };
    const key = `${id}|${kind}|${version}`;
    let value = this.cache.get<T>(key);
    if (value === undefined) {
      const built = await build();
      value = built.value;
      this.cache.set(key, value, built.bytes);
    }
    return { etag, value };
  }

  cachedCatalog(
    principal: Principal | undefined,
    id: string,
    ifNoneMatch?: string,
  ): Promise<Cached<Catalog>> {
    return this.cached(principal, id, 'json', ifNoneMatch, async () => {
      const value = await this.catalog(principal, id);
      return { value, bytes: JSON.stringify(value).length * 2 };
    });
  }

  cachedCsv(
    principal: Principal | undefined,
    id: string,
    lang: CatalogLanguage | undefined,
    ifNoneMatch?: string,
  ): Promise<Cached<CatalogFile>> {
    return this.cached(principal, id, `csv:${lang ?? ''}`, ifNoneMatch, async () => {
      const value = await this.csv(principal, id, lang);
      return { value, bytes: value.body.length };
    });
  }

  /**
   * The PDF the worker typeset for the current version of the catalog. The api never
   * typesets: when the stored PDF is missing or older, it asks the worker (one job per
   * version) and waits for it, up to CATALOG_PDF_WAIT_MS; then 503, try again.
   */
  async cachedPdf(
    principal: Principal | undefined,
    id: string,
    lang: CatalogLanguage | undefined,
    ifNoneMatch?: string,
  ): Promise<Cached<CatalogFile>> {
    const e = await this.exhibitions.findVisible(principal, id);
    const language = (lang ?? e.language) as CatalogLanguage;
    const version = versionHash(await this.version(id));
    const etag = catalogEtag(id, `pdf:${language}`, version);
    if (etagMatches(ifNoneMatch, etag)) return { etag };
    const key = `${id}|pdf:${language}|${version}`;
    let value = this.cache.get<CatalogFile>(key);
    if (value === undefined) {
      const stored =
        (await this.storedPdf(id, language, version)) ??
        (await this.typeset(id, language, version));
      value = {
        body: stored.body,
        contentType: 'application/pdf',
        // Inline: browsers show the catalog; the name still serves "save as".
        disposition: contentDisposition(`exhibition-${id}.pdf`, `${stored.title}.pdf`, 'inline'),
      };
      this.cache.set(key, value, stored.body.length);
    }
    return { etag, value };
  }

  private async storedPdf(id: string, language: string, version: string) {
    return this.dataSource
      .getRepository(CatalogPdf)
      .findOne({ where: { exhibitionId: id, language, version }, select: ['title', 'body'] });
  }

  /** Asks the worker for this version and waits until it is stored. */
  private async typeset(id: string, language: CatalogLanguage, version: string) {
    await this.queues.add(
      'catalogs.pdf',
      { exhibitionId: id, language },
      {
        jobId: `pdf-${id}-${language}-${version.slice(0, 16)}`,
        removeOnComplete: true,
        removeOnFail: true,
      },
    );
    const deadline = Date.now() + this.config.env.CATALOG_PDF_WAIT_MS;
    for (let wait = 50; Date.now() < deadline; wait = Math.min(wait * 2, 500)) {
      await new Promise((r) => setTimeout(r, wait));
      const stored = await this.storedPdf(id, language, version);
      if (stored) return stored;
    }
    throw new ProblemException(
      503,
      'catalog-pending',
      'Service unavailable',
      'The catalog PDF is being typeset; try again in a few seconds.',
    );
  }

  /**
   * Worker side: typesets `id`'s catalog in `language` unless the stored PDF is already of
   * the current version, and stores it. Returns whether it typeset.
   */
  async renderPdf(id: string, language: CatalogLanguage): Promise<boolean> {
    const e = await this.dataSource.getRepository(Exhibition).findOneBy({ id });
    if (!e) return false;
    const version = versionHash(await this.version(id));
    const current = await this.dataSource
      .getRepository(CatalogPdf)
      .findOne({ where: { exhibitionId: id, language }, select: ['version'] });
    if (current?.version === version) return false;
    const catalog = await this.build(e);
    const now = new Date();
    const model = catalogPdfModel(catalog, language, now, this.config.env.PUBLIC_URL);
    const body = this.pdf.render(model, now);
    await this.dataSource.query(
      `INSERT INTO catalog_pdf ("exhibitionId", language, version, title, body, "renderedAt")
       VALUES ($1, $2, $3, $4, $5, now())
       ON CONFLICT ("exhibitionId", language)
       DO UPDATE SET version = excluded.version, title = excluded.title, body = excluded.body, "renderedAt" = now()`,
      [id, language, version, model.cover.title.text.slice(0, 300), body],
    );
    return true;
  }

  /** The exhibition's own language (the PDF typeset first when the catalog changes). */
  async languageOf(id: string): Promise<CatalogLanguage | undefined> {
    const e = await this.dataSource.getRepository(Exhibition).findOneBy({ id });
    return e?.language as CatalogLanguage | undefined;
  }

  async catalog(principal: Principal | undefined, id: string): Promise<Catalog> {
    return this.build(await this.exhibitions.findVisible(principal, id));
  }

  /** The catalog of `e`, whoever asks (callers check visibility first). */
  private async build(e: Exhibition): Promise<Catalog> {
    const id = e.id;
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
            translations: true,
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
            timeZone: true,
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
}
