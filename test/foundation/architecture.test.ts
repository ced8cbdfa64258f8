import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

// The dependency rules of DESIGN.md, checked on every run so they cannot quietly erode.
const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const MODULES = ['kernel', 'db', 'access', 'audit', 'privacy', 'policy', 'models', 'usage', 'gateway', 'tasks', 'knowledge'];
// The composition roots may reach anywhere; migrations.ts and db/schema.ts only gather module tables.
const ROOTS = new Set(['main.ts', 'app.ts', 'seed.ts', 'migrations.ts', 'db/schema.ts']);

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

const files = sourceFiles(SRC).map((path) => {
  const rel = relative(SRC, path);
  const imports = [...readFileSync(path, 'utf8').matchAll(/(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g)]
    .map((m) => relative(SRC, resolve(dirname(path), (m[1] ?? m[2])!)));
  return { rel, area: rel.split('/')[0]!, imports, text: readFileSync(path, 'utf8') };
});

test('modules meet only at each other\'s index.ts', () => {
  const violations: string[] = [];
  for (const f of files) {
    if (!MODULES.includes(f.area) || ROOTS.has(f.rel)) continue;
    for (const target of f.imports) {
      const area = target.split('/')[0]!;
      if (area === f.area || !MODULES.includes(area)) continue;
      const allowed = target === `${area}/index.ts` || (area === 'db' && f.rel.endsWith('/migrations.ts') && target === 'db/index.ts');
      if (!allowed) violations.push(`${f.rel} → ${target}`);
    }
  }
  assert.deepEqual(violations, []);
});

test('no module imports the server or the CLI', () => {
  const violations = files
    .filter((f) => MODULES.includes(f.area))
    .flatMap((f) => f.imports.filter((t) => t.startsWith('server/') || t.startsWith('cli/')).map((t) => `${f.rel} → ${t}`));
  assert.deepEqual(violations, []);
});

test('the kernel depends on no module', () => {
  const violations = files.filter((f) => f.area === 'kernel').flatMap((f) => f.imports.filter((t) => !t.startsWith('kernel/')).map((t) => `${f.rel} → ${t}`));
  assert.deepEqual(violations, []);
});

test('process.env is read only at the entry points', () => {
  const readers = files.filter((f) => /process\.env/.test(f.text)).map((f) => f.rel);
  assert.deepEqual(readers.filter((r) => r !== 'main.ts' && r !== 'cli/main.ts'), []);
});
