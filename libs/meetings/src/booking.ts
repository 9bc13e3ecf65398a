import { problems } from '@niaz/core';
import { EntityManager, In, MoreThan } from 'typeorm';
import { ExhibitionParticipant } from './exhibition-participant.entity';
import { settingsSlots } from './meeting-context';
import { Meeting } from './meeting.entity';
import { MeetingSettings } from './meeting-settings.entity';

/**
 * Where a meeting of `a` and `b` may go at `slotStart`: the slot must be one of the grid's
 * (else 400 naming `field`), neither side busy or unavailable then, and a table free (the one
 * asked for, or the first free). Callers hold the settings row lock.
 */
export async function bookableTable(
  m: EntityManager,
  settings: MeetingSettings,
  slotStart: Date,
  a: string,
  b: string,
  options: { field: string; exceptMeetingId?: string; tableKey?: string; tableField?: string },
): Promise<string> {
  const slot = settingsSlots(settings).find((s) => s.start === slotStart.getTime());
  if (!slot)
    throw problems.validation([
      {
        field: options.field,
        code: 'outside-blocks',
        message: `${options.field} is not the start of a meeting slot inside a block`,
      },
    ]);
  if (options.tableKey && !settings.tables.some((t) => t.key === options.tableKey))
    throw problems.validation([
      {
        field: options.tableField ?? 'tableKey',
        code: 'unknown-table',
        message: `${options.tableField ?? 'tableKey'} names no table of this exhibition`,
      },
    ]);
  const sameSlot = (
    await m.find(Meeting, {
      where: { exhibitionId: settings.exhibitionId, slotStart },
      select: {
        id: true,
        requesterOrganizationId: true,
        recipientOrganizationId: true,
        tableKey: true,
      },
    })
  ).filter((x) => x.id !== options.exceptMeetingId);
  if (
    sameSlot.some((x) =>
      [x.requesterOrganizationId, x.recipientOrganizationId].some((o) => o === a || o === b),
    )
  )
    throw problems.conflict('One side already has a meeting in this slot.', 'slot-taken');
  const participants = await m.find(ExhibitionParticipant, {
    where: { exhibitionId: settings.exhibitionId, organizationId: In([a, b]) },
    select: { id: true, unavailable: true },
  });
  const iso = slotStart.toISOString();
  if (participants.some((p) => p.unavailable.includes(iso)))
    throw problems.conflict('One side is unavailable in this slot.', 'slot-unavailable');
  const used = new Set(sameSlot.map((x) => x.tableKey));
  if (options.tableKey) {
    if (used.has(options.tableKey))
      throw problems.conflict('This table is taken in this slot.', 'table-taken');
    return options.tableKey;
  }
  const free = settings.tables.find((t) => !used.has(t.key));
  if (!free) throw problems.conflict('Every table is taken in this slot.', 'no-table-free');
  return free.key;
}

/**
 * The earliest slot still to come in which neither `a` nor `b` is busy or unavailable and a
 * table is free; 409 `no-common-slot` when the grid has none left. The pair's later meetings
 * and unavailability are read once and the grid walked in memory; bookableTable checks the
 * slot found. Callers hold the settings row lock.
 */
export async function earliestCommonSlot(
  m: EntityManager,
  settings: MeetingSettings,
  a: string,
  b: string,
): Promise<{ slotStart: Date; tableKey: string }> {
  const now = new Date();
  const booked = await m.find(Meeting, {
    where: { exhibitionId: settings.exhibitionId, slotStart: MoreThan(now) },
    select: {
      id: true,
      slotStart: true,
      requesterOrganizationId: true,
      recipientOrganizationId: true,
      tableKey: true,
    },
  });
  const participants = await m.find(ExhibitionParticipant, {
    where: { exhibitionId: settings.exhibitionId, organizationId: In([a, b]) },
    select: { id: true, unavailable: true },
  });
  const unavailable = new Set(participants.flatMap((p) => p.unavailable));
  const bySlot = new Map<number, Meeting[]>();
  for (const x of booked) {
    if (!x.slotStart) continue;
    const start = x.slotStart.getTime();
    bySlot.set(start, [...(bySlot.get(start) ?? []), x]);
  }
  for (const slot of settingsSlots(settings)) {
    if (slot.start <= now.getTime()) continue;
    const slotStart = new Date(slot.start);
    if (unavailable.has(slotStart.toISOString())) continue;
    const there = bySlot.get(slot.start) ?? [];
    const busy = there.some((x) =>
      [x.requesterOrganizationId, x.recipientOrganizationId].some((o) => o === a || o === b),
    );
    const used = new Set(there.map((x) => x.tableKey));
    if (busy || settings.tables.every((t) => used.has(t.key))) continue;
    return {
      slotStart,
      tableKey: await bookableTable(m, settings, slotStart, a, b, { field: 'slotStart' }),
    };
  }
  throw problems.conflict('The two sides share no free slot with a free table.', 'no-common-slot');
}
