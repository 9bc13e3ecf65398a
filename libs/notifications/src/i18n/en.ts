/** English messages. Keys are flat (dots are part of the key). */
export const en: Record<string, string> = {
  'need.matched.title': 'A need that fits you: {{needTitle}}',
  'need.matched.body':
    '“{{needTitle}}” fits your capability “{{capabilityTitle}}” (match score {{score}}).',
  'bid.received.title': 'New bid on {{needTitle}}',
  'bid.received.body': 'A supplier submitted a sealed bid on your need “{{needTitle}}”.',
  'bid.withdrawn.title': 'A bid was withdrawn: {{needTitle}}',
  'bid.withdrawn.body': 'A supplier withdrew its bid on your need “{{needTitle}}”.',
  'bid.shortlisted.title': 'Your bid was shortlisted: {{needTitle}}',
  'bid.shortlisted.body': 'The buyer shortlisted your bid on “{{needTitle}}”.',
  'bid.rejected.title': 'Your bid was not accepted: {{needTitle}}',
  'bid.rejected.body': 'The buyer rejected your bid on “{{needTitle}}”.',
  'bid.awarded.title': 'You won: {{needTitle}}',
  'bid.awarded.body': 'The buyer awarded your bid on “{{needTitle}}”.',
  'need.invitation.title': 'Invitation to bid: {{needTitle}}',
  'need.invitation.body': '{{buyerName}} invites you to bid on “{{needTitle}}”.',
  'need.deadline.title': 'Bidding closes soon: {{needTitle}}',
  'need.deadline.body': 'Bids on “{{needTitle}}” close on {{deadline}}. You have not bid yet.',
  'need.amended.title': 'Terms changed: {{needTitle}} — re-confirm your bid',
  'need.amended.body':
    'The buyer amended “{{needTitle}}” ({{rationale}}). Your bid is not opened unless you re-confirm it before {{deadline}}.',
  'need.answered.title': 'A question was answered: {{needTitle}}',
  'need.answered.body':
    'The buyer answered a clarification on “{{needTitle}}”; read it on the need.',
  'need.closed.title': 'Need closed: {{needTitle}}',
  'need.closed.body': 'The buyer closed “{{needTitle}}”.',
  'need.closed.title_cancelled': 'Need cancelled: {{needTitle}}',
  'need.closed.body_cancelled': 'The buyer cancelled “{{needTitle}}”.',
  'exhibition.published.title': 'Exhibition published: {{exhibitionTitle}}',
  'exhibition.published.body':
    '“{{exhibitionTitle}}” in {{city}} is published; it opens on {{startsAt}}.',
  'exhibition.invitation.title': 'Invitation to an exhibition: {{exhibitionTitle}}',
  'exhibition.invitation.body':
    '{{organiserName}} invites you to submit your needs to “{{exhibitionTitle}}” in {{city}} by {{submissionDeadline}}.',
  'submission.created.title': 'New submission: {{needTitle}}',
  'submission.created.body': '“{{needTitle}}” was submitted to “{{exhibitionTitle}}”.',
  'submission.resubmitted.title': 'Submission updated: {{needTitle}}',
  'submission.resubmitted.body':
    '“{{needTitle}}” was changed and submitted again to “{{exhibitionTitle}}”.',
  'submission.approved.title': 'Your need is in the exhibition: {{needTitle}}',
  'submission.approved.body': '“{{needTitle}}” was approved for “{{exhibitionTitle}}”.',
  'submission.rejected.title': 'Submission not accepted: {{needTitle}}',
  'submission.rejected.body': '“{{needTitle}}” was not accepted for “{{exhibitionTitle}}”.',
  'submission.changes_requested.title': 'Changes requested: {{needTitle}}',
  'submission.changes_requested.body':
    'The organiser of “{{exhibitionTitle}}” asks for changes to “{{needTitle}}”.',
  'webhook.disabled.title': 'Webhook disabled',
  'webhook.disabled.body':
    'After {{failures}} failed deliveries in a row, the webhook {{url}} was disabled. Fix the receiver, then enable it again.',
  'common.reason': 'Reason: {{reason}}',
  'reasonCode.another-bid-awarded': 'another bid was awarded.',
  'common.why': 'Why it fits:',
  'common.open': 'Open in Niaz',
  'email.unsubscribe': 'Stop these e-mails',
  'email.footer': 'You receive this because you have an account on Niaz.',
  'digest.title': 'Your Niaz digest ({{count}} notices)',
  'messenger.linked':
    'This chat is now linked to your Niaz account. Your notifications will arrive here.',
  'messenger.invalid': 'This code is not valid or has expired. Make a new one on Niaz.',
  'messenger.unlinked': 'This chat no longer receives Niaz notifications.',
  'unsubscribe.confirm':
    'Stop all Niaz e-mails to this account? In-app notices keep arriving; you can turn e-mail on again in your notification settings.',
  'unsubscribe.button': 'Stop e-mails',
  'unsubscribe.done':
    'You will no longer receive Niaz e-mails. You can turn them on again in your notification settings.',
};
