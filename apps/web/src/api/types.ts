import type { components } from './schema';

type S = components['schemas'];
export type Need = S['NeedResponse'];
export type NeedStatus = Need['status'];
export type CreateNeed = S['CreateNeedDto'];
export type UpdateNeed = S['UpdateNeedDto'];
export type Bid = S['BidResponse'];
export type BidStatus = Bid['status'];
export type CreateBid = S['CreateBidDto'];
export type Capability = S['CapabilityResponse'];
export type CreateCapability = S['CreateCapabilityDto'];
export type UpdateCapability = S['UpdateCapabilityDto'];
export type Organization = S['OrganizationResponse'];
export type OrganizationKind = Organization['kinds'][number];
export type Me = S['MeResponse'];
export type Membership = S['MembershipResponse'];
export type RegisterPayload = S['RegisterDto'];
export type DetailView = S['DetailViewResponse'];
export type MoneyValue = S['MoneyView'];

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type NeedSearchHit = S['NeedSearchHit'];
export type CapabilitySearchHit = S['CapabilitySearchHit'];
export type NeedSearchPage = S['NeedSearchPage'];
export type CapabilitySearchPage = S['CapabilitySearchPage'];
export type NeedMatch = S['NeedMatchView'];
export type CapabilityMatch = S['CapabilityMatchView'];
export type Notification = S['NotificationView'];
export type Inbox = S['InboxPage'];
export type NotificationPreferences = S['PreferencesResponse'];
export type UpdatePreferences = S['UpdatePreferencesDto'];
export type Webhook = S['WebhookResponse'];
export type WebhookWithSecret = S['WebhookWithSecretResponse'];
export type CreateWebhook = S['CreateWebhookDto'];
export type WebhookEvent = NonNullable<CreateWebhook['events']>[number];
export type MessengerLink = S['MessengerLinkResponse'];
export type MessengerLinkCreated = S['MessengerLinkCreatedResponse'];
export type Exhibition = S['ExhibitionResponse'];
export type ExhibitionStatus = Exhibition['status'];
export type ExhibitionSection = S['ExhibitionSectionView'];
export type CreateExhibition = S['CreateExhibitionDto'];
export type UpdateExhibition = S['UpdateExhibitionDto'];
export type ExhibitionInvitation = S['ExhibitionInvitationResponse'];
export type Submission = S['SubmissionResponse'];
export type SubmissionStatus = Submission['status'];
export type Catalog = S['CatalogResponse'];
export type CatalogSection = S['CatalogSectionView'];
export type CatalogNeed = S['CatalogNeedView'];
export type ExhibitionStats = S['ExhibitionStatsResponse'];
