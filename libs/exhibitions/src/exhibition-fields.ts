import type { UpdateExhibitionDto } from './dto/exhibition.dto';
import type { Exhibition, ExhibitionSection } from './exhibition.entity';

/**
 * Maps payload fields onto the entity: dates parsed, the country upper-cased, nested objects
 * as plain JSON. Fields the caller left out are left alone. (Compiled with tsc for ES2022, a
 * DTO instance carries every declared field as an own key set to `undefined`, so a plain
 * `Object.assign` would wipe what the caller did not send.)
 */
export function applyExhibitionFields(e: Exhibition, dto: UpdateExhibitionDto): void {
  const { startsAt, endsAt, submissionDeadline, country, sections, translations, ...rest } = dto;
  Object.assign(e, Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)));
  if (startsAt !== undefined) e.startsAt = new Date(startsAt);
  if (endsAt !== undefined) e.endsAt = new Date(endsAt);
  if (submissionDeadline !== undefined) e.submissionDeadline = new Date(submissionDeadline);
  if (country !== undefined) e.country = country.toUpperCase();
  if (translations !== undefined) e.translations = JSON.parse(JSON.stringify(translations));
  if (sections !== undefined)
    e.sections = sections.map((s) => JSON.parse(JSON.stringify(s)) as ExhibitionSection);
}
