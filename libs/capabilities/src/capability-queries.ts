/** Read port: every capability's row (search documents). */
export function capabilitiesSql(): string {
  return `SELECT * FROM capability capabilities_port`;
}

/** Read port: one capability's row, as a SELECT for `LATERAL (…) c ON true`. */
export function capabilityRowSql(capability: string): string {
  return `SELECT * FROM capability capability_row_port WHERE capability_row_port.id = ${capability}`;
}
