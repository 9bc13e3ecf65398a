/**
 * Why a capability fits a need: a stable code with its parameters (so that messages can be
 * written in the reader's language) and the English sentence the API shows by default.
 * Examples: `{code: 'hs_heading', params: {code: '8482'}, text: 'same HS heading 8482'}`,
 * `{code: 'keyword', params: {a: 'rulman', b: 'بلبرینگ'}, text: 'keyword rulman ~ بلبرینگ'}`.
 */
export const MATCH_REASON_CODES = [
  'hs_code',
  'hs_heading',
  'hs_chapter',
  'keyword',
  'words',
  'isic',
  'isic_division',
  'certification',
  'certification_missing',
  'province',
  'country',
  'capacity',
  'verified',
] as const;
export type MatchReasonCode = (typeof MATCH_REASON_CODES)[number];

export interface MatchReason {
  code: MatchReasonCode;
  params: Record<string, string | number>;
  text: string;
}
