import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../../src/app.ts';
import { cliOperator, parseConfig } from '../../src/kernel/index.ts';
import { ingestDocument, searchKnowledge } from '../../src/knowledge/index.ts';
import { parseDocument } from '../../src/knowledge/parse/parse-document.ts';
import { minimalPdf } from '../../src/knowledge/testing/minimal-pdf.ts';
import { createTestDatabase } from '../../test/support/test-database.ts';

const LAWS = fileURLToPath(new URL('../../../shared/data/laws/', import.meta.url));

/** Questions staff might type: topics, phrases and citations across the acts in ../shared/data/laws. */
const QUERIES = [
  'partshøring før afgørelse', 'begrundelse for afgørelser', 'aktindsigt i egen sag', 'klagefrist', 'tavshedspligt',
  'Forvaltningsloven § 19, stk. 2', 'serviceloven § 85', 'magtanvendelse over for børn', 'hjælp til forsørgelse',
  'kontanthjælp til unge under 30 år', 'sagsbehandlingstid på det sociale område', 'underretning om børn', 'kommunalbestyrelsens møder',
  'borgmesterens opgaver', 'inhabilitet', 'videregivelse af personoplysninger', 'behandling af cpr-nummer', 'tilsyn med kommunerne',
  'hjemmehjælp og personlig pleje', 'merudgifter ved forsørgelse af børn med handicap', 'anbringelse uden for hjemmet', 'plejefamilie',
  'notatpligt', 'fortrolige oplysninger', 'klage til Ankestyrelsen', 'ret til at lade sig repræsentere', 'handleplan for unge',
  'boligstøtte og særlig støtte', 'sanktion ved udeblivelse', 'økonomisk udvalg', 'offentlighed i forvaltningen', 'journalisering',
  'bisidder', 'genoptagelse af sagen', 'vejledningspligt', 'samtykke fra forældremyndighedens indehaver', 'borgerstyret personlig assistance',
  'hjælpemidler', 'Barnets lov § 32', 'Aktivloven § 13, stk. 7',
];

const mulberry32 = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/** The sentences of every act, to recombine into synthetic provisions. */
function lawSentences(): string[] {
  if (!existsSync(LAWS)) throw new Error('../shared/data/laws mangler');
  return readdirSync(LAWS)
    .filter((f) => f.endsWith('.md'))
    .flatMap((f) => readFileSync(join(LAWS, f), 'utf8').split('\n').filter((l) => l.startsWith('§')))
    .flatMap((l) => l.split(/(?<=\.)\s+(?=[A-ZÆØÅ])/))
    .filter((s) => s.length > 30);
}

/**
 * A synthetic act in the law layout: real legal sentences recombined at random, so the index holds the
 * vocabulary and length distribution of law texts without 100k copies of the same provisions.
 */
function syntheticLaw(n: number, sections: number, sentences: string[], random: () => number): Buffer {
  const pick = () => sentences[Math.floor(random() * sentences.length)]!;
  const body = Array.from({ length: sections }, (_, s) => {
    const stk = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, k) => `${k ? `Stk. ${k + 1}. ` : ''}${pick()} ${pick()}`).join(' ');
    return `### § ${s + 1}\n\n§ ${s + 1}. ${stk}\n`;
  });
  return Buffer.from(`# Bekendtgørelse af syntetisk lov nr. ${n}\n\n## Kapitel 1\n\n${body.join('\n')}`);
}

async function queryLatency(app: Awaited<ReturnType<typeof createApp>>) {
  for (const q of QUERIES) await searchKnowledge(app.db, cliOperator, { query: q });
  const times: number[] = [];
  const cpu = process.cpuUsage();
  for (let round = 0; round < 3; round++) {
    for (const q of QUERIES) {
      const t = performance.now();
      await searchKnowledge(app.db, cliOperator, { query: q });
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => Number(times[Math.min(times.length - 1, Math.floor(times.length * p))]!.toFixed(2));
  const used = process.cpuUsage(cpu);
  // The embedded database runs in this process, so CPU time per query shows the work done even when
  // other processes compete for the cores and stretch the wall-clock figures.
  return { queries: times.length, p50Ms: at(0.5), p95Ms: at(0.95), cpuMsPerQuery: Number(((used.user + used.system) / 1000 / times.length).toFixed(2)) };
}

/** Ingestion speed for PDFs, and search latency at 10k and 100k chunks, on the embedded database (and PostgreSQL when KAI_DATABASE_URL is set). */
export async function bench(): Promise<Record<string, unknown>> {
  const result: Record<string, unknown> = { pglite: await measureEngine(undefined) };
  if (process.env.KAI_DATABASE_URL) result.postgresql = await measureEngine(process.env.KAI_DATABASE_URL);
  return result;
}

async function measureEngine(databaseUrl: string | undefined): Promise<Record<string, unknown>> {
  const sentences = lawSentences();
  const random = mulberry32(7);
  const database = await createTestDatabase({ KAI_DATABASE_URL: databaseUrl });
  const app = await createApp(parseConfig({ KAI_DATA_DIR: database.dataDir, KAI_DATABASE_URL: database.databaseUrl }));
  const figures: Record<string, unknown> = { engine: app.engine, loadAverage1mAtStart: Number(loadavg()[0]!.toFixed(2)), cores: cpus().length };
  try {
    // 200 A4 pages of legal text, 20 lines each.
    const pages = Array.from({ length: 200 }, () => Array.from({ length: 20 }, () => sentences[Math.floor(random() * sentences.length)]!.slice(0, 180)));
    const pdf = minimalPdf(pages, { title: 'Benchmark' });
    let t = performance.now();
    const parsed = await parseDocument(pdf, 'bench.pdf');
    const parseSeconds = (performance.now() - t) / 1000;
    t = performance.now();
    const pdfResult = await ingestDocument(app.db, cliOperator, { fileName: 'bench.pdf', bytes: pdf });
    const pdfSeconds = (performance.now() - t) / 1000;
    figures.pdfIngest = {
      pages: parsed.pages,
      chunks: pdfResult.document.chunks,
      parsePagesPerSecond: Math.round(200 / parseSeconds),
      ingestSeconds: Number(pdfSeconds.toFixed(2)),
      pagesPerSecond: Math.round(200 / pdfSeconds),
    };

    const sectionsPerLaw = 500;
    let chunks = pdfResult.document.chunks;
    let ingestSeconds = 0;
    let n = 0;
    for (const target of [10_000, 100_000]) {
      t = performance.now();
      while (chunks < target) {
        const res = await ingestDocument(app.db, cliOperator, { fileName: `syntetisk-${n}.md`, bytes: syntheticLaw(n++, sectionsPerLaw, sentences, random) });
        chunks += res.document.chunks;
      }
      ingestSeconds += (performance.now() - t) / 1000;
      figures[`at${target / 1000}k`] = { chunks, chunksPerSecondIngest: Math.round(chunks / ingestSeconds), ...(await queryLatency(app)) };
    }
    figures.loadAverage1mAtEnd = Number(loadavg()[0]!.toFixed(2));
  } finally {
    await app.close();
    await database.drop();
  }
  return figures;
}
