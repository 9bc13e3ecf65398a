/**
 * Why a capability fits a need: a stable code with its parameters (so that messages can be
 * written in the reader's language) and the English sentence the API shows by default.
 * Examples: `{code: 'hs_heading', params: {code: '8482'}, text: 'same HS heading 8482'}`,
 * `{code: 'keyword', params: {a: 'rulman', b: 'بلبرینگ'}, text: 'keyword rulman ~ بلبرینگ'}`.
 */
export interface MatchReason {
  code: string;
  params: Record<string, string | number>;
  text: string;
}
