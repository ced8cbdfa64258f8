import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { startTestServer, type TestServer, type TestUser } from '../support/test-server.ts';

export const CHROMIUM = '/usr/bin/chromium';
const WEB = fileURLToPath(new URL('../../web/', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Why the browser tests cannot run here, or null when they can. */
export function browserUnavailable(): string | null {
  return existsSync(CHROMIUM) ? null : `Chromium mangler (${CHROMIUM}); installér Debian-pakken chromium for at køre browsertestene.`;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isBuilt(): boolean {
  const index = join(WEB, 'dist', 'index.html');
  const sources = Math.max(newestMtime(join(WEB, 'src')), statSync(join(WEB, 'index.html')).mtimeMs);
  return existsSync(index) && statSync(index).mtimeMs >= sources;
}

/**
 * The server serves web/dist, so the tests build it when it is missing or older than its sources. Test files
 * run in parallel; a lock folder keeps two of them from emptying dist under each other.
 */
async function ensureWebBuilt(): Promise<void> {
  const lock = join(WEB, '.build-lock');
  for (let waited = 0; !isBuilt(); waited += 200) {
    try {
      mkdirSync(lock);
    } catch {
      if (waited > 120_000) throw new Error('web/.build-lock blev ikke frigivet; slet mappen, hvis ingen build kører.');
      await new Promise((r) => setTimeout(r, 200));
      continue;
    }
    try {
      if (!isBuilt()) execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', 'web', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
    } finally {
      rmdirSync(lock);
    }
  }
}

export interface E2E {
  server: TestServer;
  browser: Browser;
  /** A fresh browser context (own cookies) at a desktop or phone size. */
  newPage(size?: 'desktop' | 'phone'): Promise<Page>;
  login(page: Page, user: TestUser): Promise<void>;
  close(): Promise<void>;
}

export async function startE2E(opts: { env?: Record<string, string> } = {}): Promise<E2E> {
  await ensureWebBuilt();
  const server = await startTestServer(opts.env ? { env: opts.env } : {});
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    server,
    browser,
    async newPage(size = 'desktop') {
      const context = await browser.newContext({
        viewport: size === 'phone' ? { width: 390, height: 844 } : { width: 1280, height: 900 },
        locale: 'da-DK',
        baseURL: server.url,
      });
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      return page;
    },
    async login(page, user) {
      await page.goto('/log-ind');
      await page.getByLabel('Brugernavn').fill(user.username);
      await page.getByLabel('Adgangskode').fill(user.password);
      await page.getByRole('button', { name: 'Log ind' }).click();
      await page.getByRole('button', { name: 'Log ud' }).waitFor();
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** axe-core's serious and critical violations on the page as it is now, as readable lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}
