import { UnsubscribeTokens } from './unsubscribe-token';

describe('unsubscribe tokens', () => {
  const tokens = new UnsubscribeTokens('a-secret-of-at-least-16-chars');
  const userId = '2f1c7a4e-0d7b-4c1e-9a53-7b9f7f1d2c3a';

  it('round-trips a user id', () => {
    expect(tokens.verify(tokens.sign(userId))).toBe(userId);
  });

  it('refuses a token for another user, a changed signature or another key', () => {
    const token = tokens.sign(userId);
    const other = '3f1c7a4e-0d7b-4c1e-9a53-7b9f7f1d2c3a';
    expect(tokens.verify(`${other}.${token.split('.')[1]}`)).toBeUndefined();
    expect(tokens.verify(`${token.slice(0, -2)}xx`)).toBeUndefined();
    expect(new UnsubscribeTokens('another-secret-of-16-chars').verify(token)).toBeUndefined();
  });

  it('refuses malformed tokens', () => {
    for (const bad of ['', 'x', 'not-a-uuid.abc', `${userId}.`, `${userId}.a.b`]) {
      expect(tokens.verify(bad)).toBeUndefined();
    }
  });
});
