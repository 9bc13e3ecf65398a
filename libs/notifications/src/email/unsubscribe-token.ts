import { createHmac, timingSafeEqual } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Signed, non-expiring tokens for the e-mail unsubscribe link (`<userId>.<HMAC>`): they work
 * without logging in and only turn e-mail off. The key is derived from UNSUBSCRIBE_KEY (no
 * default: see loadAppConfig); rotating it voids old links (harmless: e-mails carry fresh ones).
 */
export class UnsubscribeTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('niaz/unsubscribe-email/v1').digest();
  }

  sign(userId: string): string {
    return `${userId}.${this.mac(userId)}`;
  }

  /** The user id of a valid token, or undefined. */
  verify(token: string): string | undefined {
    const [userId, mac, extra] = token.split('.');
    if (extra !== undefined || !userId || !mac || !UUID.test(userId)) return undefined;
    const expected = Buffer.from(this.mac(userId));
    const given = Buffer.from(mac);
    return expected.length === given.length && timingSafeEqual(expected, given)
      ? userId
      : undefined;
  }

  private mac(userId: string): string {
    return createHmac('sha256', this.key).update(userId.toLowerCase()).digest('base64url');
  }
}
