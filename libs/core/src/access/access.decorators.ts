import type { FastifyRequest } from 'fastify';
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

export const RATE_LIMIT_KEY = 'niaz:rate-limit';
/** The tighter limits some routes carry on top of the per-address and per-user write limits. */
export type RateLimitName = 'register' | 'email';
/** Counts this route against a tighter limit (see identity's RateLimits). */
export const RateLimit = (name: RateLimitName) => SetMetadata(RATE_LIMIT_KEY, name);

export const VERIFIED_EMAIL_KEY = 'niaz:verified-email';
/**
 * Only accounts whose e-mail address is verified may call (when EMAIL_VERIFICATION is
 * `required`): publishing, bidding, accepting NDAs. Others get 403 `email-unverified`.
 */
export const RequiresVerifiedEmail = () => SetMetadata(VERIFIED_EMAIL_KEY, true);

/**
 * The api's global guards for one route (identity's `GlobalGuards.of`: who may call it, then
 * the abuse limits), for the hot routes answered by Fastify outside Nest's pipeline, where
 * the global guards do not run. Given to them by the api, so that a lib below identity needs
 * no import.
 */
export type AdmitRequest = (request: FastifyRequest) => Promise<void>;
