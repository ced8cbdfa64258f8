import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SERVER_FILE = 'server.json';

/**
 * While the server holds the embedded database, the CLI talks to it over HTTP. The server leaves its
 * address and a per-process operator token in the data dir, readable by the owner only: whoever may read
 * the data dir may already read the whole database.
 */
export function publishLocalOperator(dataDir: string, url: string): { token: string; remove(): void } {
  const token = `kaiop_${randomBytes(32).toString('base64url')}`;
  const file = join(dataDir, SERVER_FILE);
  writeFileSync(file, JSON.stringify({ url, pid: process.pid, token }) + '\n', { mode: 0o600 });
  return { token, remove: () => rmSync(file, { force: true }) };
}
