/**
 * What `npm run demo` changes from the production defaults so that a newcomer and scripted
 * clients on the same machine can act at once: e-mail verification optional, abuse limits
 * high (dozens of registrations a minute and hundreds of requests a second from 127.0.0.1
 * are not limited). Values already in the environment win.
 */
export const DEMO_ACCESS: Record<string, string> = {
  EMAIL_VERIFICATION: 'optional',
  RATE_LIMIT_WRITES_PER_MINUTE_IP: '1000000',
  RATE_LIMIT_WRITES_PER_MINUTE_USER: '1000000',
  RATE_LIMIT_REGISTER_PER_HOUR_IP: '100000',
  RATE_LIMIT_EMAILS_PER_HOUR: '10000',
  LOGIN_RATE_LIMIT: '1000',
};

export function demoAccess(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(DEMO_ACCESS).map(([name, value]) => [name, env[name] ?? value]),
  );
}
