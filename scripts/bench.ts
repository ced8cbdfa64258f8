// `npm run bench`: the platform's speed and size figures as one JSON object on stdout.
// Each file in scripts/bench/ exports `bench()` returning its module's figures.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('./bench/', import.meta.url));
const only = process.argv.slice(2);
const figures: Record<string, unknown> = {};
for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
  const name = file.replace(/\.ts$/, '');
  if (only.length && !only.includes(name)) continue;
  process.stderr.write(`bench: ${name} …\n`);
  const mod = (await import(new URL(`./bench/${file}`, import.meta.url).href)) as { bench(): Promise<Record<string, unknown>> };
  try {
    figures[name] = await mod.bench();
  } catch (err) {
    figures[name] = { error: (err as Error).message };
  }
}
process.stdout.write(JSON.stringify(figures, null, 2) + '\n');
