import { SYNONYM_FAMILIES } from '@niaz/text';
import type { SynonymFamily } from '@niaz/text';
import { Prng } from '../lib/prng';
import {
  CAPABILITY_SENTENCES,
  CERTIFICATIONS,
  CURRENCIES,
  IMPORT_ORIGINS,
  IRAN_PROVINCES,
  Lang,
  MATERIALS,
  NEED_SENTENCES,
  ORG_NAME_PARTS,
  PROCESSES,
  QUALIFIERS,
  TURKEY_PROVINCES,
} from './vocabulary';

export interface BenchSize {
  organizations: number;
  capabilities: number;
  needs: number;
}

export const FULL_SIZE: BenchSize = { organizations: 5000, capabilities: 100_000, needs: 20_000 };
export const QUICK_SIZE: BenchSize = { organizations: 500, capabilities: 10_000, needs: 2_000 };

export interface BenchOrganization {
  id: string;
  userId: string;
  email: string;
  name: string;
  language: Lang;
  kinds: Array<'manufacturer' | 'supplier'>;
  country: 'IR' | 'TR';
  province: string;
  verified: boolean;
}

export interface BenchCapability {
  id: string;
  organizationId: string;
  createdById: string;
  title: string;
  description: string;
  language: Lang;
  hsCodes: string[];
  processes: string[];
  materials: string[];
  certifications: string[];
  capacityPerYear: number;
  trl: number;
  localContentPercent: number;
  country: string;
  province: string;
}

export interface BenchNeed {
  id: string;
  organizationId: string;
  createdById: string;
  status: 'open' | 'draft';
  title: string;
  description: string;
  language: Lang;
  hsCodes: string[];
  quantityPerYear: number;
  importOrigin: string;
  annualImportValue: { amount: string; currency: string };
  requiredCertifications: string[];
  country: string;
  province: string;
  details: string;
}

export interface BenchDataSet {
  organizations: BenchOrganization[];
  capabilities: BenchCapability[];
  needs: BenchNeed[];
}

/** A language for a text written in `country`: mostly the local one, sometimes English. */
function languageOf(prng: Prng, country: 'IR' | 'TR'): Lang {
  if (prng.chance(0.2)) return 'en';
  return country === 'IR' ? 'fa' : 'tr';
}

function term(prng: Prng, family: SynonymFamily, lang: Lang): string {
  return prng.pick(family.terms[lang]);
}

/** An HS code under one of the family's headings: the heading itself or a 6-digit subheading. */
function hsCode(prng: Prng, family: SynonymFamily): string {
  const heading = prng.pick(family.hsHeadings);
  return prng.chance(0.4) ? heading : `${heading}${String(prng.int(10, 99))}`;
}

function digits(value: number, lang: Lang): string {
  return lang === 'fa'
    ? String(value).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)])
    : String(value);
}

/**
 * The bench data set: organisations of Iran and Turkey, capabilities and needs in Persian,
 * Turkish and English drawn from the industrial product families (with their HS headings),
 * provinces and certificates. The same seed always gives the same data.
 */
export function generateDataSet(size: BenchSize, seed = 1404): BenchDataSet {
  const prng = new Prng(seed);
  const organizations: BenchOrganization[] = [];
  for (let i = 0; i < size.organizations; i++) {
    const country = prng.chance(0.6) ? 'IR' : 'TR';
    const lang = languageOf(prng, country);
    const parts = ORG_NAME_PARTS[lang];
    const roll = prng.next();
    organizations.push({
      id: prng.uuid(),
      userId: prng.uuid(),
      email: `bench-${i}@bench.niaz`,
      name: `${prng.pick(parts.first)} ${prng.pick(parts.second)} ${i}`,
      language: lang,
      kinds:
        roll < 0.6 ? ['supplier'] : roll < 0.9 ? ['manufacturer'] : ['manufacturer', 'supplier'],
      country,
      province: prng.pick(country === 'IR' ? IRAN_PROVINCES : TURKEY_PROVINCES),
      verified: prng.chance(0.5),
    });
  }
  const suppliers = organizations.filter((o) => o.kinds.includes('supplier'));
  const manufacturers = organizations.filter((o) => o.kinds.includes('manufacturer'));

  const capabilities: BenchCapability[] = [];
  for (let i = 0; i < size.capabilities; i++) {
    const org = prng.pick(suppliers);
    const family = prng.pick(SYNONYM_FAMILIES);
    const lang = languageOf(prng, org.country);
    capabilities.push({
      id: prng.uuid(),
      organizationId: org.id,
      createdById: org.userId,
      title: `${term(prng, family, lang)} ${prng.pick(QUALIFIERS[lang])}`,
      description: `${prng.pick(CAPABILITY_SENTENCES[lang])}. ${term(prng, family, lang)}`,
      language: lang,
      hsCodes: [hsCode(prng, family)],
      processes: prng.sample(PROCESSES, prng.int(1, 3)),
      materials: prng.sample(MATERIALS, prng.int(1, 2)),
      certifications: prng.sample(CERTIFICATIONS, prng.int(0, 3)),
      capacityPerYear: prng.int(1, 500) * 1000,
      trl: prng.int(4, 9),
      localContentPercent: prng.int(30, 100),
      country: org.country,
      province: org.province,
    });
  }

  const needs: BenchNeed[] = [];
  for (let i = 0; i < size.needs; i++) {
    const org = prng.pick(manufacturers);
    const family = prng.pick(SYNONYM_FAMILIES);
    const lang = languageOf(prng, org.country);
    const quantity = prng.int(1, 200) * 100;
    needs.push({
      id: prng.uuid(),
      organizationId: org.id,
      createdById: org.userId,
      status: prng.chance(0.9) ? 'open' : 'draft',
      title: `${term(prng, family, lang)} ${digits(prng.int(100, 9999), lang)} ${prng.pick(QUALIFIERS[lang])}`,
      description: `${prng.pick(NEED_SENTENCES[lang])}: ${digits(quantity, lang)} ${term(prng, family, lang)}`,
      language: lang,
      hsCodes: [hsCode(prng, family)],
      quantityPerYear: quantity,
      importOrigin: prng.pick(IMPORT_ORIGINS),
      annualImportValue: {
        amount: `${prng.int(10, 5000) * 1000}.00`,
        currency: prng.pick(CURRENCIES),
      },
      requiredCertifications: prng.sample(CERTIFICATIONS, prng.int(0, 1)),
      country: org.country,
      province: org.province,
      details: `confidential drawing ${i}`,
    });
  }
  return { organizations, capabilities, needs };
}
