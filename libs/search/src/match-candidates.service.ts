import { Injectable } from '@nestjs/common';
import { familyToken, findFamilyMatches, normalizeText } from '@niaz/text';
import type { MultiSearchQuery } from 'meilisearch';
import { IndexKey, MeiliService } from './meili.service';
import { CapabilityDocument, CODE_AND_PLACE_FIELDS, NeedDocument } from './search-documents';
import { allOf, anyOf, noneOf } from './search-filter';
import { contentTokens, orderQueryWords, REQUEST_WORDS } from './search-terms';

/**
 * Words of the subject's own text searched at once: each one costs typo and prefix look-ups
 * (the word search was most of a matching job's Meilisearch time: 17 ms at 6 words, 9 ms at
 * 3, on 10k capabilities), and the first words of a title say the most. The evaluation gives
 * the same figures at 3 as at 6.
 */
const QUERY_WORDS = 3;
const MAX_FAMILY_QUERIES = 4;
/** Subjects whose searches share one multi-search request (see gatherMany). */
const SUBJECTS_PER_REQUEST = 5;

/** What a candidate search starts from: a need or a capability, as documents. */
export interface CandidateSubject {
  organizationId: string;
  /** HS codes as declared (any length). */
  declaredHsCodes: string[];
  searchTitle: string;
  /** The rest of the subject's text, normalised (description, processes, materials). */
  searchBody: string;
}

export function needSubject(need: NeedDocument): CandidateSubject {
  return {
    organizationId: need.organizationId,
    declaredHsCodes: need.declaredHsCodes,
    searchTitle: need.searchTitle,
    searchBody: need.searchDescription,
  };
}

export function capabilitySubject(capability: CapabilityDocument): CandidateSubject {
  return {
    organizationId: capability.organizationId,
    declaredHsCodes: capability.declaredHsCodes,
    searchTitle: capability.searchTitle,
    searchBody: [
      capability.searchProcesses,
      capability.searchMaterials,
      capability.searchDescription,
    ].join('\n'),
  };
}

/**
 * What the scorer reads of a candidate (libs/matching): a candidate search retrieves only
 * these, not the display texts, which halves what Meilisearch writes and the worker parses.
 */
const SCORED_FIELDS = [
  'id',
  'organizationId',
  'status',
  'verified',
  ...CODE_AND_PLACE_FIELDS,
  'quantityPerYear',
  'capacityPerYear',
  'unit',
  'searchTitle',
  'searchDescription',
  'searchProcesses',
  'searchMaterials',
];

/**
 * The searches that gather candidates for one subject, in one multi-search:
 *  - the first words of its title (then of the rest) that name no product family, relaxed
 *    by term frequency, so that partial overlaps (part numbers, materials) are found;
 *  - each product family its text names, by its token (`بلبرینگ` → `xfambearing`, which
 *    documents naming rulman, bearing… carry), searched alone so that a family mentioned late
 *    in a long text still counts;
 *  - every document sharing an HS heading (or a longer declared code) with it, with no
 *    words at all: a Persian need and a Turkish capability linked only by HS 8482 meet here.
 * Never the subject's own organisation; needs only while open. Exported for unit tests.
 */
export function candidateQueries(
  subject: CandidateSubject,
  target: IndexKey,
  limit: number,
): Array<Omit<MultiSearchQuery, 'indexUid'>> {
  const filter = allOf([
    noneOf('organizationId', [subject.organizationId]),
    target === 'needs' ? anyOf('status', ['open']) : null,
  ]);
  const base = { filter, limit, attributesToRetrieve: SCORED_FIELDS };
  // Family terms are searched alone below; the word searches take the other words (part
  // numbers, materials, specifics), which carry no synonyms and so stay cheap.
  const families = findFamilyMatches(`${subject.searchTitle}\n${subject.searchBody}`);
  const familyWords = new Set(families.flatMap(({ term }) => normalizeText(term).split(' ')));
  // Request words (`sourcing`, `تامین`) name no product: a word search kept to the rarest
  // word (`frequency`) would otherwise look for them alone.
  const leftOut = new Set([...familyWords, ...REQUEST_WORDS]);
  const titleWords = contentTokens(subject.searchTitle, leftOut);
  const bodyWords = contentTokens(subject.searchBody, new Set([...leftOut, ...titleWords]));
  const queries: Array<Omit<MultiSearchQuery, 'indexUid'>> = [];
  const words = [...titleWords, ...bodyWords].slice(0, QUERY_WORDS);
  // Relaxed from the least telling word (`last` after orderQueryWords): `frequency` kept the
  // rarest word, often an attribute (`raw` of `raw honey`), and lost the product.
  if (words.length)
    queries.push({ ...base, q: orderQueryWords(words.join(' ')), matchingStrategy: 'last' });
  // A family's token finds every document whose text names the family, in any language.
  for (const { family } of families.slice(0, MAX_FAMILY_QUERIES)) {
    queries.push({ ...base, q: familyToken(family), matchingStrategy: 'all' });
  }
  const codes = new Set<string>();
  for (const code of subject.declaredHsCodes) {
    if (code.length >= 4) codes.add(code.slice(0, 4));
    if (code.length >= 6) codes.add(code.slice(0, 6));
  }
  if (codes.size) {
    queries.push({
      ...base,
      q: '',
      limit: limit * 2,
      filter: allOf([filter, anyOf('hsCodes', [...codes])]),
    });
  }
  return queries;
}

/**
 * The query method matching uses: candidates from the other index for a need or a
 * capability. Retrieval only (recall); matching scores every candidate itself, so that a
 * pair has one score whichever side computed it.
 */
@Injectable()
export class MatchCandidatesService {
  constructor(private readonly meili: MeiliService) {}

  async capabilitiesForNeed(need: NeedDocument, limit = 50): Promise<CapabilityDocument[]> {
    return this.gather<CapabilityDocument>('capabilities', needSubject(need), limit);
  }

  /**
   * The candidates of many needs in ONE multi-search (one request, one parse, one queue
   * slot in Meilisearch) instead of one per need; the same queries as capabilitiesForNeed,
   * so each need gets the same candidates as alone.
   */
  async capabilitiesForNeeds(
    needs: readonly NeedDocument[],
    limit = 50,
  ): Promise<CapabilityDocument[][]> {
    return this.gatherMany<CapabilityDocument>('capabilities', needs.map(needSubject), limit);
  }

  /**
   * A capability's open needs. The needs index is first let apply the writes it accepted
   * before now: a need whose matching ran before this capability was searchable had its
   * indexing enqueued before that matching (see SearchIndexProcessor), so it is found here.
   */
  async needsForCapability(capability: CapabilityDocument, limit = 50): Promise<NeedDocument[]> {
    await this.meili.settled('needs');
    return this.gather<NeedDocument>('needs', capabilitySubject(capability), limit);
  }

  private async gather<T extends { id: string }>(
    target: IndexKey,
    subject: CandidateSubject,
    limit: number,
  ): Promise<T[]> {
    return (await this.gatherMany<T>(target, [subject], limit))[0];
  }

  private async gatherMany<T extends { id: string }>(
    target: IndexKey,
    subjects: readonly CandidateSubject[],
    limit: number,
  ): Promise<T[][]> {
    const indexUid = this.meili.uid(target);
    const perSubject = subjects.map((s) =>
      candidateQueries(s, target, limit).map((q) => ({ ...q, indexUid })),
    );
    // A multi-search runs its queries one after the other on one thread: a few subjects per
    // request, the requests side by side, keep both Meilisearch cores at work.
    const chunks: Array<Array<Array<MultiSearchQuery>>> = [];
    for (let i = 0; i < perSubject.length; i += SUBJECTS_PER_REQUEST)
      chunks.push(perSubject.slice(i, i + SUBJECTS_PER_REQUEST));
    const answered = await Promise.all(
      chunks.map(async (chunk) => {
        const queries = chunk.flat();
        if (queries.length === 0) return chunk.map(() => [] as T[]);
        const { results } = await this.meili.client.multiSearch({ queries });
        let at = 0;
        return chunk.map((mine) => merged<T>(results.slice(at, (at += mine.length))));
      }),
    );
    return answered.flat();
  }
}

/** The hits of one subject's searches, each document once (first seen wins). */
function merged<T extends { id: string }>(results: ReadonlyArray<{ hits: unknown[] }>): T[] {
  const byId = new Map<string, T>();
  for (const result of results)
    for (const hit of result.hits) {
      const {
        _formatted: _f,
        _matchesPosition: _m,
        _rankingScore: _r,
        ...doc
      } = hit as T & {
        _formatted?: unknown;
        _matchesPosition?: unknown;
        _rankingScore?: unknown;
      };
      if (!byId.has(doc.id as string)) byId.set(doc.id as string, doc as unknown as T);
    }
  return [...byId.values()];
}
