/**
 * Meilisearch filter strings. Every value that reaches a filter passes through
 * `filterValue`, the one escaping function: it always quotes, and backslash-escapes
 * backslashes and double quotes, so a value can never close its string and add a clause
 * (`" OR status = "draft` stays one literal). Attribute names are constants of the code,
 * never input.
 */
export type FilterAttribute =
  | 'id'
  | 'hsCodes'
  | 'hsChapters'
  | 'isic'
  | 'country'
  | 'province'
  | 'certifications'
  | 'status'
  | 'exhibitionIds'
  | 'verified'
  | 'organizationId';

export type FilterScalar = string | number | boolean;

export function filterValue(value: FilterScalar): string {
  return `"${String(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** `attr = v`, or `attr IN [v1, v2]` (OR within one field); null when there is no value. */
export function anyOf(
  attribute: FilterAttribute,
  values: readonly FilterScalar[] | undefined,
): string | null {
  const distinct = [...new Set(values ?? [])];
  if (distinct.length === 0) return null;
  if (distinct.length === 1) return `${attribute} = ${filterValue(distinct[0])}`;
  return `${attribute} IN [${distinct.map(filterValue).join(', ')}]`;
}

export function noneOf(
  attribute: FilterAttribute,
  values: readonly FilterScalar[] | undefined,
): string | null {
  const inner = anyOf(attribute, values);
  return inner === null ? null : `NOT (${inner})`;
}

/** AND across fields; each clause parenthesised. Empty → undefined (no filter). */
export function allOf(clauses: ReadonlyArray<string | null | undefined>): string | undefined {
  const present = clauses.filter((c): c is string => !!c);
  if (present.length === 0) return undefined;
  return present.map((c) => `(${c})`).join(' AND ');
}
