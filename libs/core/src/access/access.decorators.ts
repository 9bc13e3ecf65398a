import { SetMetadata } from '@nestjs/common';

/**
 * Route access metadata, read by identity's global guard. It lives in core so that libs
 * below the domain (search) can mark their routes without importing identity.
 */
export const PUBLIC_KEY = 'niaz:public';
export const ADMIN_KEY = 'niaz:admin';

/** Anyone may call; a valid token, if sent, still identifies the caller. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Platform admins only. */
export const AdminOnly = () => SetMetadata(ADMIN_KEY, true);
