import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { type IngestResult, SUPPORTED_EXTENSIONS, ingestDocument } from '../../knowledge/index.ts';
import { AppError } from '../../kernel/index.ts';
import { type Backend, withBackend } from '../backend.ts';
import type { CliContext } from '../cli-context.ts';
import { output } from '../io.ts';

interface Candidate {
  path: string;
  /** The document's identity in its collection: stable whatever directory the command runs from. */
  source: string;
}

interface Summary {
  documents: number;
  chunks: number;
  skipped: { path: string; reason: string }[];
}

export function registerIngest(program: Command, ctx: CliContext): void {
  program
    .command('ingest <paths...>')
    .description(`Indlæs filer eller mapper i vidensbanken (${SUPPORTED_EXTENSIONS.join(', ')}); uændrede filer springes over`)
    .option('--collection <id>', 'samlingens id (standard: faelles)')
    .option('--json', 'maskinlæsbart output')
    .action(async (paths: string[], opts: { collection?: string; json?: boolean }) => {
      const summary: Summary = { documents: 0, chunks: 0, skipped: [] };
      const candidates = collect(paths, summary);
      const bar = process.stderr.isTTY ? new SingleBar({ format: 'Indlæser [{bar}] {value}/{total} filer  {file}', hideCursor: true, stream: process.stderr }) : null;
      bar?.start(candidates.length, 0, { file: '' });
      await withBackend(ctx.config(), async (backend) => {
        for (const [i, c] of candidates.entries()) {
          bar?.update(i, { file: basename(c.path) });
          try {
            const result = await ingestOne(backend, c, opts.collection);
            if (result.status === 'unchanged') summary.skipped.push({ path: c.path, reason: 'uændret siden sidste indlæsning' });
            else if (result.status === 'duplicate') summary.skipped.push({ path: c.path, reason: `samme indhold er allerede indlæst som ${result.document.source}` });
            else {
              summary.documents += 1;
              summary.chunks += result.document.chunks;
            }
          } catch (err) {
            // A collection that does not exist fails every file alike: stop at once instead of listing them all.
            if (err instanceof AppError && err.code === 'not_found') throw err;
            summary.skipped.push({ path: c.path, reason: err instanceof AppError ? err.message : `uventet fejl (${(err as Error)?.name ?? 'ukendt'})` });
          }
        }
      });
      bar?.update(candidates.length, { file: '' });
      bar?.stop();
      output(summary, opts, (s: Summary) =>
        [`Indlæst: ${s.documents} dokumenter, ${s.chunks} passager.`, ...s.skipped.map((k) => `Sprunget over: ${k.path}: ${k.reason}`)].join('\n'),
      );
    });
}

async function ingestOne(backend: Backend, c: Candidate, collection: string | undefined): Promise<IngestResult> {
  const bytes = readFileSync(c.path);
  if (backend.kind === 'local') return ingestDocument(backend.app.db, backend.actor, { fileName: c.path, bytes, source: c.source, collection });
  // Multipart, not base64 in JSON: the upload limit applies to files, not the JSON body limit.
  const form = new FormData();
  form.set('source', c.source);
  if (collection) form.set('collection', collection);
  form.set('file', new Blob([bytes]), basename(c.path));
  return backend.call<IngestResult>('POST', '/api/knowledge/documents', form);
}

/** Files as given, and the supported files under each folder (hidden files and folders are left out). */
function collect(paths: string[], summary: Summary): Candidate[] {
  const out: Candidate[] = [];
  for (const p of paths) {
    let stat;
    try {
      stat = statSync(p);
    } catch {
      summary.skipped.push({ path: p, reason: 'findes ikke' });
      continue;
    }
    if (stat.isFile()) {
      out.push({ path: p, source: basename(p) });
      continue;
    }
    const root = dirname(resolve(p));
    for (const file of walk(p)) {
      if (!SUPPORTED_EXTENSIONS.includes(extname(file).toLowerCase())) {
        summary.skipped.push({ path: file, reason: `filtypen ${extname(file) || '(uden endelse)'} understøttes ikke` });
        continue;
      }
      out.push({ path: file, source: relative(root, resolve(file)) });
    }
  }
  return out;
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}
