import { IdentityModule } from '@niaz/identity';

/** The product's HTTP modules, in the order their routes should appear in the docs. */
export const DOMAIN_MODULES = [IdentityModule];
