import type { components } from './schema';
import { api, apiFetch, unwrap } from './http';
import { ApiError, type ProblemBody } from './problem';

/** Meetings at fairs (issue 19): participants, requests, scheduling, agendas, invitations. */
export type Participant = components['schemas']['ParticipantResponse'];
export type MeetingRequest = components['schemas']['MeetingRequestResponse'];
export type Meeting = components['schemas']['MeetingResponse'];
export type Agenda = components['schemas']['AgendaResponse'];
export type ScheduleResult = components['schemas']['ScheduleResultResponse'];
export type NeedsImport = components['schemas']['NeedsImportResponse'];
export type InvitationPreview = components['schemas']['InvitationPreviewResponse'];

const path = (id: string) => ({ params: { path: { id } } });

export const listParticipants = (id: string) =>
  unwrap(api.GET('/api/v1/exhibitions/{id}/participants', path(id))).then((r) => r.items);

export const registerParticipant = (id: string, organizationId: string) =>
  unwrap(
    api.POST('/api/v1/exhibitions/{id}/participants', { ...path(id), body: { organizationId } }),
  );

export const approveParticipant = (id: string, pid: string) =>
  unwrap(
    api.POST('/api/v1/exhibitions/{id}/participants/{pid}/approve', {
      params: { path: { id, pid } },
    }),
  );

export const listRequests = (id: string, box?: 'incoming' | 'outgoing') =>
  unwrap(
    api.GET('/api/v1/exhibitions/{id}/meeting-requests', {
      params: { path: { id }, query: { box, limit: 100 } },
    }),
  ).then((r) => r.items);

export const requestMeeting = (
  id: string,
  body: { toOrganizationId: string; message: string; needId?: string },
) => unwrap(api.POST('/api/v1/exhibitions/{id}/meeting-requests', { ...path(id), body }));

export const acceptRequest = (rid: string, slotStart?: string) =>
  unwrap(
    api.POST('/api/v1/meeting-requests/{rid}/accept', {
      params: { path: { rid } },
      body: slotStart ? { slotStart } : {},
    }),
  );

export const declineRequest = (rid: string, reason: string) =>
  unwrap(
    api.POST('/api/v1/meeting-requests/{rid}/decline', {
      params: { path: { rid } },
      body: { reason },
    }),
  );

export const getAgenda = (id: string) =>
  unwrap(api.GET('/api/v1/exhibitions/{id}/agenda', { params: { path: { id }, query: {} } }));

export const scheduleAll = (id: string) =>
  unwrap(api.POST('/api/v1/exhibitions/{id}/schedule', path(id)));

export const publishSchedule = (id: string) =>
  unwrap(api.POST('/api/v1/exhibitions/{id}/schedule/publish', path(id)));

export const markMeeting = (mid: string, status: 'held' | 'no_show') =>
  unwrap(api.PATCH('/api/v1/meetings/{mid}', { params: { path: { mid } }, body: { status } }));

export const lockMeeting = (mid: string, locked: boolean) =>
  unwrap(api.PATCH('/api/v1/meetings/{mid}', { params: { path: { mid } }, body: { locked } }));

export const recordOutcome = (mid: string, rating: number, followUp: 'nda' | 'bid' | 'none') =>
  unwrap(
    api.POST('/api/v1/meetings/{mid}/outcome', {
      params: { path: { mid } },
      body: { rating, followUp },
    }),
  );

export const inviteByEmail = (id: string, emails: string[], language: 'fa' | 'tr' | 'en') =>
  unwrap(
    api.POST('/api/v1/exhibitions/{id}/invitations/email', {
      ...path(id),
      body: { emails, language },
    }),
  );

export const previewInvitation = (token: string) =>
  unwrap(api.GET('/api/v1/meeting-invitations/{token}', { params: { path: { token } } }));

export const acceptInvitation = (token: string, organizationId: string) =>
  unwrap(api.POST('/api/v1/meeting-invitations/accept', { body: { token, organizationId } }));

async function problemOf(res: Response): Promise<ApiError> {
  const body = (await res.json().catch(() => ({}))) as ProblemBody;
  return new ApiError(res.status, body);
}

/** Downloads the agenda as `.ics` or `.pdf` (with the sign-in) and saves it. */
export async function downloadAgenda(id: string, kind: 'ics' | 'pdf'): Promise<void> {
  const res = await apiFetch(new Request(`/api/v1/exhibitions/${id}/agenda.${kind}`));
  if (!res.ok) throw await problemOf(res);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = `agenda.${kind}`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const setNeedsImportConsent = (id: string, pid: string, consent: boolean) =>
  unwrap(
    api.PUT('/api/v1/exhibitions/{id}/participants/{pid}/needs-import-consent', {
      params: { path: { id, pid } },
      body: { consent },
    }),
  );

/** Whose needs an import is for: your own manufacturer, or (organisers) a consenting participant. */
export interface ImportFor {
  exhibitionId: string;
  participantId: string;
}

/**
 * `POST /needs/import` or, for an organiser, `POST …/participants/:pid/needs-import`: the
 * preview (`dryRun`) or the import of an XLSX/CSV file of needs.
 */
export async function importNeeds(
  file: File,
  dryRun: boolean,
  onBehalf?: ImportFor,
): Promise<NeedsImport> {
  const form = new FormData();
  form.append('file', file);
  const base = onBehalf
    ? `/api/v1/exhibitions/${onBehalf.exhibitionId}/participants/${onBehalf.participantId}/needs-import`
    : '/api/v1/needs/import';
  const res = await apiFetch(
    new Request(`${base}${dryRun ? '?dryRun=true' : ''}`, { method: 'POST', body: form }),
  );
  if (!res.ok) throw await problemOf(res);
  return (await res.json()) as NeedsImport;
}
