// Start-up on the embedded database: time from process start to /health answering, and RSS after start,
// for a fresh data dir (runs initdb, migrations and seeds) and for a reopened one.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServerProcess } from '../../test/support/server-process.ts';

const round = (n: number) => Math.round(n * 100) / 100;

function rssMb(pid: number): number {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  return Math.round(kb / 1024);
}

async function measure(dataDir: string) {
  const t0 = performance.now();
  const server = await startServerProcess({ KAI_DATA_DIR: dataDir, KAI_DATABASE_URL: '', KAI_RATE_LIMIT_PER_MINUTE: '0' });
  const readyMs = Math.round(performance.now() - t0);
  const rss = rssMb(server.child.pid!);
  const latencies: number[] = [];
  for (let i = 0; i < 200; i++) {
    const s = performance.now();
    await fetch(new URL('/health', server.url));
    latencies.push(performance.now() - s);
  }
  await server.stop();
  latencies.sort((a, b) => a - b);
  return { readyMs, rssMb: rss, healthP50Ms: round(latencies[100]!), healthP95Ms: round(latencies[190]!) };
}

export async function bench() {
  const dataDir = mkdtempSync(join(tmpdir(), 'kai-bench-'));
  try {
    return { freshStart: await measure(dataDir), restart: await measure(dataDir) };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
