import { isPublicAddress, webhookUrlProblem } from './public-address';

describe('webhook address checks (SSRF)', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '64:ff9b::a00:1',
    '2002:a00:1::1',
    'ff02::1',
    'not-an-ip',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['8.8.8.8', '1.1.1.1', '185.143.232.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])(
    'accepts %s',
    (address) => {
      expect(isPublicAddress(address)).toBe(true);
    },
  );

  it('accepts only https URLs to public hosts by default', () => {
    expect(webhookUrlProblem('https://hooks.example.com/niaz', false)).toBeUndefined();
    expect(webhookUrlProblem('http://hooks.example.com/niaz', false)).toMatch(/https/);
    expect(webhookUrlProblem('https://127.0.0.1/x', false)).toMatch(/public/);
    expect(webhookUrlProblem('https://[::1]/x', false)).toMatch(/public/);
    expect(webhookUrlProblem('https://localhost/x', false)).toMatch(/public/);
    expect(webhookUrlProblem('https://intranet/x', false)).toMatch(/public/);
    expect(webhookUrlProblem('https://user:pw@hooks.example.com/', false)).toMatch(/credentials/);
    expect(webhookUrlProblem('ftp://hooks.example.com/', false)).toMatch(/https/);
    expect(webhookUrlProblem('not a url', false)).toMatch(/absolute/);
  });

  it('accepts public IPv6 literals and still refuses private, mapped and NAT64 ones', () => {
    expect(webhookUrlProblem('https://[2001:4860:4860::8888]/', false)).toBeUndefined();
    expect(webhookUrlProblem('https://[2606:4700:4700::1111]:8443/hook', false)).toBeUndefined();
    expect(webhookUrlProblem('https://8.8.8.8/hook', false)).toBeUndefined();
    for (const literal of [
      '[::1]',
      '[::]',
      '[fe80::1]',
      '[fc00::1]',
      '[fd12:3456::1]',
      '[::ffff:127.0.0.1]',
      '[::ffff:10.0.0.1]',
      '[::ffff:7f00:1]',
      '[64:ff9b::7f00:1]',
      '[64:ff9b::a00:1]',
      '[64:ff9b:1::1]',
      '[2002:7f00:1::1]',
      '[2001:db8::1]',
      '[::127.0.0.1]',
      '[ff02::1]',
    ]) {
      expect([literal, webhookUrlProblem(`https://${literal}/x`, false)]).toEqual([
        literal,
        'url must point to a public address',
      ]);
    }
  });

  it('allows http and loopback when private targets are allowed (demo, tests)', () => {
    expect(webhookUrlProblem('http://127.0.0.1:8080/hook', true)).toBeUndefined();
    expect(webhookUrlProblem('ftp://127.0.0.1/', true)).toMatch(/http/);
  });
});
