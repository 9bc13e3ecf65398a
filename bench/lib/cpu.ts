import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Client } from 'pg';

/** Clock ticks per second of /proc's utime and stime (almost always 100). */
const TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** utime + stime of a process (all its threads) in ms; undefined once it is gone. */
export function cpuMsOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count from its end.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat(5), i.e. 11 and 12 after the state field.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS;
  } catch {
    return undefined;
  }
}

export type CpuByProcess = Record<string, number>;

/**
 * CPU time spent by the processes behind one bench run, read from /proc: the api, the
 * worker, Meilisearch, Redis (when this run started them) and the PostgreSQL backends
 * connected to the run's database (summed; the bench's own connections, named
 * `niaz-bench`, are left out). Work of other users of a shared PostgreSQL is not counted.
 */
export class CpuMeter {
  constructor(
    private readonly pids: Record<string, number | undefined>,
    private readonly pg: { adminUrl: string; database: string },
  ) {}

  async snapshot(): Promise<{ processes: CpuByProcess; backends: Map<number, number> }> {
    const processes: CpuByProcess = {};
    for (const [name, pid] of Object.entries(this.pids))
      if (pid) processes[name] = cpuMsOf(pid) ?? 0;
    const backends = new Map<number, number>();
    const client = new Client({ connectionString: this.pg.adminUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity
          WHERE datname = $1 AND backend_type = 'client backend'
            AND application_name IS DISTINCT FROM 'niaz-bench'`,
        [this.pg.database],
      );
      for (const { pid } of rows) {
        const ms = cpuMsOf(pid);
        if (ms !== undefined) backends.set(pid, ms);
      }
    } finally {
      await client.end();
    }
    return { processes, backends };
  }

  /** Runs `work` and returns the CPU ms each process spent meanwhile. */
  async measure<T>(work: () => Promise<T>): Promise<{ result: T; cpu: CpuByProcess }> {
    const before = await this.snapshot();
    const result = await work();
    const after = await this.snapshot();
    const cpu: CpuByProcess = {};
    for (const [name, ms] of Object.entries(after.processes))
      cpu[name] = ms - (before.processes[name] ?? 0);
    // A backend opened meanwhile counts whole; one closed meanwhile is lost (pools keep theirs).
    let pg = 0;
    for (const [pid, ms] of after.backends) pg += ms - (before.backends.get(pid) ?? 0);
    cpu.postgres = pg;
    return { result, cpu };
  }
}

/** "api 8.1 · worker 12.0 · …" per unit of work, largest first. */
export function describeCpu(cpu: CpuByProcess, per: number): string {
  return Object.entries(cpu)
    .sort((a, b) => b[1] - a[1])
    .map(([name, ms]) => `${name} ${(ms / per).toFixed(1)}`)
    .join(' · ');
}

export const totalCpu = (cpu: CpuByProcess) => Object.values(cpu).reduce((a, b) => a + b, 0);
