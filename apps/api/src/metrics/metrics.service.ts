import { Injectable } from '@nestjs/common';
import { QueueRegistry } from '@niaz/jobs';
import { Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics of the api: HTTP durations by route and the depth of every queue. */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  readonly httpDuration: Histogram<'method' | 'route' | 'status'>;

  constructor(queues: QueueRegistry) {
    collectDefaultMetrics({ register: this.registry, prefix: 'niaz_api_' });
    this.httpDuration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request duration by method, route pattern and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [this.registry],
    });
    new Gauge({
      name: 'niaz_queue_jobs',
      help: 'Jobs per queue and state',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
      async collect() {
        await Promise.all(
          queues.all().map(async ([name, queue]) => {
            try {
              const counts = await queue.getJobCounts(
                'waiting',
                'active',
                'delayed',
                'failed',
                'completed',
              );
              for (const [state, n] of Object.entries(counts)) this.set({ queue: name, state }, n);
            } catch {
              // Redis away: the readiness check says so; metrics keep answering.
            }
          }),
        );
      },
    });
  }

  observe(method: string, route: string, status: number, seconds: number): void {
    this.httpDuration.observe({ method, route, status: String(status) }, seconds);
  }
}
