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
