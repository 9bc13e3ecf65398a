/** Read port: a need's title, as an SQL scalar subquery of the expression `need` (its id). */
export function needTitleSql(need: string): string {
  return `(SELECT need_port.title FROM need need_port WHERE need_port.id = ${need})`;
}

/** Read port: one need's row, as a SELECT for `FROM (…) n`. */
export function needRowSql(need: string): string {
  return `SELECT * FROM need need_row_port WHERE need_row_port.id = ${need}`;
}

/** Read port: an amendment's id, need and rationale. */
export function needAmendmentSql(amendment: string): string {
  return `SELECT amendment_port.id, amendment_port."needId", amendment_port.rationale
           FROM need_amendment amendment_port WHERE amendment_port.id = ${amendment}`;
}

/** Read port: a clarification question's id, need and whether its answer is for NDA signers only. */
export function needQuestionSql(question: string): string {
  return `SELECT question_port.id, question_port."needId", question_port."ndaOnly"
           FROM need_question question_port WHERE question_port.id = ${question}`;
}

/** Read port: the organisations that signed a need's NDA, as a SELECT yielding "organizationId". */
export function ndaSignersSql(need: string): string {
  return `SELECT nda_port."organizationId" FROM need_nda nda_port WHERE nda_port."needId" = ${need}`;
}

/**
 * Read port: of the needs whose ids the SQL `needIds` yields, those whose bids are opened
 * (`bidsOpened` in SQL: at or past the deadline, or published with visible bids).
 */
export function openedNeedIdsSql(needIds: string): string {
  return `SELECT opened_port.id FROM need opened_port
           WHERE opened_port.id IN (${needIds})
             AND (opened_port."bidsVisibleBeforeDeadline" OR opened_port."bidDeadline" <= now())`;
}

/**
 * Read port: the needs that may be public (search documents): published once
 * (`wasPublished`, in SQL) and not back in draft. A cancelled, never-published draft is not.
 */
export function publicNeedsSql(): string {
  return `SELECT * FROM need public_port WHERE public_port.status <> 'draft' AND public_port."publishedAt" IS NOT NULL`;
}

/** Read port: the rows of the needs whose ids the SQL `needIds` yields (a SELECT or an expression). */
export function needsInSql(needIds: string): string {
  return `SELECT * FROM need needs_in_port WHERE needs_in_port.id IN (${needIds})`;
}

/** Read port: every open need's row (the deadline sweep). */
export function openNeedsSql(): string {
  return `SELECT * FROM need open_port WHERE open_port.status = 'open'`;
}

/** Read port: the organisations invited to bid on a need, as a SELECT yielding "organizationId". */
export function invitedOrganizationsSql(need: string): string {
  return `SELECT invited_port."organizationId" FROM need_invitation invited_port WHERE invited_port."needId" = ${need}`;
}
