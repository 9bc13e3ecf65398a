import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  CapabilityDocument,
  capabilityDocument,
  CapabilityRow,
  NeedDocument,
  needDocument,
  NeedRow,
} from './search-documents';
import { SEARCH_SOURCES, SearchSources } from './search-sources';

/** The columns of a need document, the need's rows from `sources.publicNeeds`. */
function needSelect(sources: SearchSources): string {
  return `
  SELECT n.id, n."organizationId", o.name AS "organizationName", o.translations AS "organizationTranslations",
         o.city AS "organizationCity", o.verified, n.status, n.language, n.title, n.description, n.specification, n."hsCodes", n.isic,
         n.country, n.province, n."requiredCertifications", n."quantityPerYear", n.unit, n."importOrigin",
         n."bidDeadline", n."publishedAt", n."createdAt", n."updatedAt"
    FROM (${sources.publicNeeds}) n JOIN (${sources.organizations}) o ON o.id = n."organizationId"
   WHERE true`;
}

function capabilitySelect(sources: SearchSources): string {
  return `
  SELECT c.id, c."organizationId", o.name AS "organizationName", o.translations AS "organizationTranslations",
         o.city AS "organizationCity", o.verified, c.language, c.title, c.description, c."hsCodes", c.isic, c.processes, c.materials,
         c.certifications, c."capacityPerYear", c.unit, c.trl, c."localContentPercent", c.country,
         c.province, c."createdAt", c."updatedAt"
    FROM (${sources.capabilities}) c JOIN (${sources.organizations}) o ON o.id = c."organizationId"
   WHERE true`;
}

/** The digest of a selected row `s` (its text form: every column the document is built from). */
const SOURCE_VERSION = 'md5(s::text)';

/** A row as `pagesOf` reads it: with the digest of its columns. */
type VersionedRow<R> = R & { sourceVersion: string };

/** Documents in id order, and the version of the rows each was built from (same positions). */
export interface DocumentPage<D> {
  documents: D[];
  versions: string[];
}

/** A need's document depends on its row and on its exhibitions (sorted by the SQL). */
const needVersion = (sourceVersion: string, exhibitionIds: readonly string[]): string =>
  exhibitionIds.length ? `${sourceVersion}:${[...exhibitionIds].sort().join(',')}` : sourceVersion;

/**
 * The read model behind both indexes: the domains' rows through `SEARCH_SOURCES` (this lib
 * sits below the domain libs and names none of their tables). Only public columns are
 * selected, and only needs that were published and are not drafts (a draft cancelled before
 * publication stays private), so nothing confidential can reach a document.
 */
@Injectable()
export class SearchDocumentLoader {
  private readonly needSelect: string;
  private readonly capabilitySelect: string;

  constructor(
    private readonly db: DataSource,
    @Inject(SEARCH_SOURCES) private readonly sources: SearchSources,
  ) {
    this.needSelect = needSelect(sources);
    this.capabilitySelect = capabilitySelect(sources);
  }

  /** The documents of these needs that may be public; absent ids are drafts or gone. */
  async needs(ids: readonly string[]): Promise<Map<string, NeedDocument>> {
    if (ids.length === 0) return new Map();
    // The rows and their exhibitions in one statement (both take the ids as $1): a published
    // need is read three times on its way (indexing, its check, matching), two round trips each.
    const rows: Array<NeedRow & { exhibitionIdsOfNeed: string[] | null }> = await this.db.query(
      `SELECT n.*, x."exhibitionIds" AS "exhibitionIdsOfNeed"
         FROM (${this.needSelect} AND n.id = ANY($1::uuid[])) n
         LEFT JOIN (${this.sources.exhibitionIdsOfNeeds}) x ON x."needId" = n.id`,
      [[...new Set(ids)]],
    );
    return new Map(
      rows.map(({ exhibitionIdsOfNeed, ...row }) => [
        row.id,
        needDocument(row, exhibitionIdsOfNeed ?? []),
      ]),
    );
  }

  async capabilities(ids: readonly string[]): Promise<Map<string, CapabilityDocument>> {
    if (ids.length === 0) return new Map();
    const rows: CapabilityRow[] = await this.db.query(
      `${this.capabilitySelect} AND c.id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, capabilityDocument(r)]));
  }

  async need(id: string): Promise<NeedDocument | undefined> {
    return (await this.needs([id])).get(id);
  }

  async capability(id: string): Promise<CapabilityDocument | undefined> {
    return (await this.capabilities([id])).get(id);
  }

  /** Every need and capability id of an organisation (its name or verified flag changed). */
  async idsOfOrganization(
    organizationId: string,
  ): Promise<{ needs: string[]; capabilities: string[] }> {
    const needs: Array<{ id: string }> = await this.db.query(
      `SELECT id FROM (${this.sources.publicNeeds}) n WHERE "organizationId" = $1`,
      [organizationId],
    );
    const capabilities: Array<{ id: string }> = await this.db.query(
      `SELECT id FROM (${this.sources.capabilities}) c WHERE "organizationId" = $1`,
      [organizationId],
    );
    return { needs: needs.map((r) => r.id), capabilities: capabilities.map((r) => r.id) };
  }

  /**
   * Which of these ids (without `ids`: which ids at all) are public documents now (cheap: no
   * document is built).
   */
  async publicIds(kind: 'needs' | 'capabilities', ids?: readonly string[]): Promise<Set<string>> {
    const source = kind === 'needs' ? this.sources.publicNeeds : this.sources.capabilities;
    const rows: Array<{ id: string }> = ids
      ? await this.db.query(`SELECT id FROM (${source}) s WHERE id = ANY($1::uuid[])`, [[...ids]])
      : await this.db.query(`SELECT id FROM (${source}) s`);
    return new Set(rows.map((r) => r.id));
  }

  async count(): Promise<{ needs: number; capabilities: number }> {
    const [{ needs, capabilities }] = await this.db.query(
      `SELECT (SELECT count(*) FROM (${this.sources.publicNeeds}) n)::int AS needs,
              (SELECT count(*) FROM (${this.sources.capabilities}) c)::int AS capabilities`,
    );
    return { needs, capabilities };
  }

  /** All public needs in id order, `size` at a time (keyset, so rows added meanwhile are fine). */
  async *needBatches(size: number): AsyncGenerator<NeedDocument[]> {
    for await (const page of this.needPages(size)) yield page.documents;
  }

  async *capabilityBatches(size: number): AsyncGenerator<CapabilityDocument[]> {
    for await (const page of this.capabilityPages(size)) yield page.documents;
  }

  /**
   * `needBatches` with the version of what each document was built from (see
   * `changedVersions`). The next page is read while this one is built, so PostgreSQL works
   * beside the text normalisation instead of before it.
   */
  async *needPages(size: number): AsyncGenerator<DocumentPage<NeedDocument>> {
    for await (const rows of this.pagesOf<VersionedRow<NeedRow>>(this.needSelect, 'n', size)) {
      const exhibitions = await this.exhibitionIdsOfNeeds(rows.map((r) => r.id));
      const documents: NeedDocument[] = [];
      const versions: string[] = [];
      for (const r of rows) {
        const ids = exhibitions.get(r.id) ?? [];
        documents.push(needDocument(r, ids));
        versions.push(needVersion(r.sourceVersion, ids));
      }
      yield { documents, versions };
    }
  }

  async *capabilityPages(size: number): AsyncGenerator<DocumentPage<CapabilityDocument>> {
    for await (const rows of this.pagesOf<VersionedRow<CapabilityRow>>(
      this.capabilitySelect,
      'c',
      size,
    ))
      yield { documents: rows.map(capabilityDocument), versions: rows.map((r) => r.sourceVersion) };
  }

  /** The rows of `select` in id order, `size` at a time, each with its `sourceVersion`. */
  private async *pagesOf<R extends { id: string }>(
    select: string,
    alias: 'n' | 'c',
    size: number,
  ): AsyncGenerator<R[]> {
    const sql = `SELECT s.*, ${SOURCE_VERSION} AS "sourceVersion"
      FROM (${select} AND ${alias}.id > $1 ORDER BY ${alias}.id LIMIT $2) s ORDER BY s.id`;
    const read = (after: string): Promise<R[]> => {
      const rows: Promise<R[]> = this.db.query(sql, [after, size]);
      // Awaited by the next turn; a reader that stops early leaves it unread, not unhandled.
      rows.catch(() => undefined);
      return rows;
    };
    let next = read('00000000-0000-0000-0000-000000000000');
    for (;;) {
      const rows = await next;
      if (rows.length === 0) return;
      const full = rows.length === size;
      if (full) next = read(rows[rows.length - 1].id);
      yield rows;
      if (!full) return;
    }
  }

  /**
   * The version of every public need (or capability) changed (itself or its organisation)
   * at or after `since`, as `needPages`/`capabilityPages` gave it, and the ids of all public
   * ones: a rebuild compares them with what it wrote without building any document again.
   * Versions are digests of the selected row (and of the exhibition ids of a need), so equal
   * versions mean equal documents.
   */
  async changedVersions(
    kind: 'needs' | 'capabilities',
    since: Date,
  ): Promise<{ changed: Map<string, string>; publicIds: Set<string> }> {
    const [select, alias] =
      kind === 'needs' ? [this.needSelect, 'n'] : [this.capabilitySelect, 'c'];
    const rows: Array<{ id: string; sourceVersion: string }> = await this.db.query(
      `SELECT s.id, ${SOURCE_VERSION} AS "sourceVersion"
         FROM (${select} AND (${alias}."updatedAt" >= $1 OR o."updatedAt" >= $1)) s`,
      [since],
    );
    const changed = new Map<string, string>();
    if (kind === 'capabilities') for (const r of rows) changed.set(r.id, r.sourceVersion);
    else
      for (let i = 0; i < rows.length; i += 5000) {
        const chunk = rows.slice(i, i + 5000);
        const exhibitions = await this.exhibitionIdsOfNeeds(chunk.map((r) => r.id));
        for (const r of chunk)
          changed.set(r.id, needVersion(r.sourceVersion, exhibitions.get(r.id) ?? []));
      }
    return { changed, publicIds: await this.publicIds(kind) };
  }

  /** The database clock, so "changed since" never depends on this host's clock. */
  async now(): Promise<Date> {
    const [{ now }] = await this.db.query(`SELECT now() AS now`);
    return new Date(now);
  }

  /** Each public document's id and `updatedAt`, as PostgreSQL says the index should hold them. */
  async versions(kind: 'needs' | 'capabilities'): Promise<Array<{ id: string; updatedAt: Date }>> {
    const rows = kind === 'needs' ? this.sources.publicNeeds : this.sources.capabilities;
    return this.db.query(`SELECT id, "updatedAt" FROM (${rows}) r`);
  }

  /** The needs approved for an exhibition (whatever its status): re-indexed when it changes. */
  async needIdsOfExhibition(exhibitionId: string): Promise<string[]> {
    const rows: Array<{ needId: string }> = await this.db.query(this.sources.needIdsOfExhibition, [
      exhibitionId,
    ]);
    return rows.map((r) => r.needId);
  }

  private async needDocuments(rows: NeedRow[]): Promise<NeedDocument[]> {
    const exhibitions = await this.exhibitionIdsOfNeeds(rows.map((r) => r.id));
    return rows.map((r) => needDocument(r, exhibitions.get(r.id) ?? []));
  }

  /** Every given need with its exhibition ids (an empty array when it stands in none). */
  private async exhibitionIdsOfNeeds(needIds: string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>(needIds.map((id) => [id, []]));
    if (needIds.length === 0) return out;
    const rows: Array<{ needId: string; exhibitionIds: string[] }> = await this.db.query(
      this.sources.exhibitionIdsOfNeeds,
      [needIds],
    );
    for (const r of rows) out.set(r.needId, r.exhibitionIds);
    return out;
  }
}
