// The web UI's download size: what a browser must fetch before the first screen (the entry script, the
// chunks it preloads and the stylesheet), gzipped, against the budget of 350 KB.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUDGET_KB = 350;
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

export async function bench(): Promise<Record<string, unknown>> {
  const out = mkdtempSync(join(tmpdir(), 'kai-web-bench-'));
  try {
    const t0 = performance.now();
    execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', 'web', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    const buildMs = Math.round(performance.now() - t0);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    const initial = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
    const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="\/([^"]+\.css)"/g)].map((m) => m[1]!);
    const size = (files: string[]) => files.reduce((sum, f) => sum + gzipSync(readFileSync(join(out, f))).length, 0);
    const raw = (files: string[]) => files.reduce((sum, f) => sum + readFileSync(join(out, f)).length, 0);
    const allJs = readdirSync(join(out, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
    const lazy = allJs.filter((f) => !initial.includes(f));
    const largestLazy = Math.max(0, ...lazy.map((f) => gzipSync(readFileSync(join(out, f))).length));
    const initialJsGzipKb = kb(size(initial));
    return {
      buildMs,
      initialJsGzipKb,
      initialJsRawKb: kb(raw(initial)),
      initialCssGzipKb: kb(size(css)),
      budgetKb: BUDGET_KB,
      withinBudget: initialJsGzipKb <= BUDGET_KB,
      lazyChunks: lazy.length,
      largestLazyChunkGzipKb: kb(largestLazy),
      allJsGzipKb: kb(size(allJs)),
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
