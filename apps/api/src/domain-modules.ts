import { AttachmentsModule } from '@niaz/attachments';
import { BidsModule } from '@niaz/bids';
import { CapabilitiesModule } from '@niaz/capabilities';
import { ExhibitionsModule } from '@niaz/exhibitions';
import { HsModule } from '@niaz/hs';
import { IdentityModule } from '@niaz/identity';
import { MatchingModule } from '@niaz/matching';
import { MeetingsModule } from '@niaz/meetings';
import { NeedsModule } from '@niaz/needs';
import { SearchModule } from '@niaz/search';
import { NotificationsModule } from '@niaz/notifications';
import { OpenDataModule } from '@niaz/open-data';

/** The product's HTTP modules, in the order their routes should appear in the docs. */
export const DOMAIN_MODULES = [
  IdentityModule,
  NeedsModule,
  CapabilitiesModule,
  BidsModule,
  ExhibitionsModule,
  MeetingsModule,
  SearchModule,
  HsModule,
  MatchingModule,
  NotificationsModule,
  AttachmentsModule,
  OpenDataModule,
];
