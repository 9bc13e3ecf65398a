/**
 * A need as Open Contracting data (OCDS 1.1). Pure: the service gathers the facts, this maps
 * them. Only public facts enter: never the need's `details`, never a bid before opening,
 * never a file.
 */

export interface OcdsOrganization {
  id: string;
  name: string;
  country?: string | null;
  province?: string | null;
}

export interface OcdsNeedFacts {
  id: string;
  title: string;
  description: string;
  language: string;
  hsCodes: string[];
  quantityPerYear: number | null;
  unit: string | null;
  annualImportValue: { amount: string; currency: string } | null;
  publishedAt: Date;
  bidDeadline: Date;
  buyer: OcdsOrganization;
}

export interface OcdsAmendmentFact {
  id: string;
  date: Date;
  rationale: string;
  description: string;
  /** The release the amendment changed, and the release that carries it. */
  amendsReleaseID?: string;
  releaseID?: string;
}

export interface OcdsAwardFact {
  bidId: string;
  date: Date;
  value: { amount: string; currency: string };
  supplier: OcdsOrganization;
}

/** One event of the need's life, as the audit trail recorded it. */
export type OcdsEvent =
  'publish' | 'amend' | 'update' | 'startEvaluation' | 'expire' | 'close' | 'award' | 'cancel';

export interface OcdsReleaseInput {
  ocid: string;
  releaseId: string;
  date: Date;
  event: OcdsEvent;
  need: OcdsNeedFacts;
  amendments: OcdsAmendmentFact[];
  /** Organisations that bid; given only once the bids are opened. */
  tenderers: OcdsOrganization[] | null;
  award: OcdsAwardFact | null;
}

const TAGS: Record<OcdsEvent, string> = {
  publish: 'tender',
  amend: 'tenderAmendment',
  update: 'tenderUpdate',
  startEvaluation: 'tenderUpdate',
  expire: 'tenderUpdate',
  close: 'tenderUpdate',
  award: 'award',
  cancel: 'tenderCancellation',
};

const TENDER_STATUS: Record<OcdsEvent, string> = {
  publish: 'active',
  amend: 'active',
  update: 'active',
  startEvaluation: 'active',
  expire: 'unsuccessful',
  close: 'unsuccessful',
  award: 'complete',
  cancel: 'cancelled',
};

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });

function party(org: OcdsOrganization, roles: string[]) {
  const address: Record<string, string> = {};
  if (org.province) address.region = org.province;
  if (org.country) address.countryName = countryNames.of(org.country) ?? org.country;
  return {
    id: org.id,
    name: org.name,
    ...(Object.keys(address).length ? { address } : {}),
    roles,
  };
}

const ref = (org: OcdsOrganization) => ({ id: org.id, name: org.name });
const amount = (a: string) => Number(a);

export function ocidOf(prefix: string, needId: string): string {
  return `${prefix}-${needId}`;
}

/** One release: the need's tender as it stood at `date`, tagged by the event. */
export function buildRelease(input: OcdsReleaseInput) {
  const { need } = input;
  const parties = new Map<string, ReturnType<typeof party>>();
  parties.set(need.buyer.id, party(need.buyer, ['buyer', 'procuringEntity']));
  for (const t of input.tenderers ?? []) {
    const existing = parties.get(t.id);
    if (existing) existing.roles.push('tenderer');
    else parties.set(t.id, party(t, ['tenderer']));
  }
  if (input.award) {
    const s = input.award.supplier;
    const existing = parties.get(s.id);
    if (existing) existing.roles.push('supplier');
    else parties.set(s.id, party(s, ['supplier']));
  }
  const [first, ...rest] = need.hsCodes;
  return {
    ocid: input.ocid,
    id: input.releaseId,
    date: input.date.toISOString(),
    tag: [TAGS[input.event]],
    initiationType: 'tender',
    language: need.language,
    parties: [...parties.values()],
    buyer: ref(need.buyer),
    tender: {
      id: need.id,
      title: need.title,
      description: need.description,
      status: TENDER_STATUS[input.event],
      procuringEntity: ref(need.buyer),
      items: [
        {
          id: '1',
          description: need.title,
          classification: { scheme: 'HS', id: first ?? '' },
          ...(rest.length
            ? { additionalClassifications: rest.map((id) => ({ scheme: 'HS', id })) }
            : {}),
          ...(need.quantityPerYear !== null ? { quantity: need.quantityPerYear } : {}),
          ...(need.unit ? { unit: { name: need.unit } } : {}),
        },
      ],
      ...(need.annualImportValue
        ? {
            value: {
              amount: amount(need.annualImportValue.amount),
              currency: need.annualImportValue.currency,
            },
          }
        : {}),
      procurementMethod: 'open',
      mainProcurementCategory: 'goods',
      tenderPeriod: {
        startDate: need.publishedAt.toISOString(),
        endDate: need.bidDeadline.toISOString(),
      },
      ...(input.amendments.length
        ? {
            amendments: input.amendments.map((a) => ({
              id: a.id,
              date: a.date.toISOString(),
              rationale: a.rationale,
              description: a.description,
              ...(a.amendsReleaseID ? { amendsReleaseID: a.amendsReleaseID } : {}),
              ...(a.releaseID ? { releaseID: a.releaseID } : {}),
            })),
          }
        : {}),
      ...(input.tenderers
        ? { numberOfTenderers: input.tenderers.length, tenderers: input.tenderers.map(ref) }
        : {}),
    },
    ...(input.award
      ? {
          awards: [
            {
              id: input.award.bidId,
              status: 'active',
              date: input.award.date.toISOString(),
              value: {
                amount: amount(input.award.value.amount),
                currency: input.award.value.currency,
              },
              suppliers: [ref(input.award.supplier)],
            },
          ],
        }
      : {}),
  };
}

export type OcdsRelease = ReturnType<typeof buildRelease>;

export function packageMeta(uri: string, publisherName: string) {
  return {
    uri,
    version: '1.1',
    publishedDate: new Date().toISOString(),
    publisher: { name: publisherName },
  };
}
