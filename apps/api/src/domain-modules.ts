import { BidsModule } from '@niaz/bids';
import { CapabilitiesModule } from '@niaz/capabilities';
import { IdentityModule } from '@niaz/identity';
import { NeedsModule } from '@niaz/needs';
import { NotificationsModule } from '@niaz/notifications';

/** The product's HTTP modules, in the order their routes should appear in the docs. */
export const DOMAIN_MODULES = [
  IdentityModule,
  NeedsModule,
  CapabilitiesModule,
  BidsModule,
  NotificationsModule,
];
