/** The LISTEN/NOTIFY channel of one schema, so test schemas do not wake each other. */
export function outboxChannel(schema: string): string {
  return `niaz_outbox_${schema}`;
}

/** BullMQ job ids derive from the outbox row: a row relayed twice makes one job per queue. */
export function outboxJobId(rowId: string, queue: string): string {
  return `ob-${rowId}-${queue}`;
}
