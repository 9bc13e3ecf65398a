import type { WorkerOptions } from 'bullmq';

/**
 * Worker options of the notification processors. `@Processor` takes them when the class is
 * decorated, before Nest's config exists, so they are read from the environment here; the
 * same variables are validated at boot (env.schema.ts), which stops a bad value anyway.
 * Concurrency is set again from the validated config when the worker starts.
 */
export function notificationWorkerOptions(): Partial<WorkerOptions> {
  const lock = Number(process.env.NOTIFY_LOCK_MS);
  const lockDuration = Number.isInteger(lock) && lock >= 1000 ? lock : 30_000;
  return {
    autorun: true,
    lockDuration,
    // Look for stalled jobs (a worker that died) as often as a lock can expire.
    stalledInterval: Math.min(30_000, lockDuration),
  };
}
