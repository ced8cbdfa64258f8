import type { Command } from 'commander';
import { invalid } from '../../kernel/index.ts';
import { type FakeFault, startFakeUpstream } from '../../models/index.ts';
import { output } from '../io.ts';

const FAULTS: Record<string, FakeFault> = {
  '500': { kind: 'status', status: 500 },
  '503': { kind: 'status', status: 503 },
  '429': { kind: 'status', status: 429, retryAfterSeconds: 1 },
  reset: { kind: 'reset' },
  'broken-stream': { kind: 'broken_stream', afterChunks: 2 },
};

/**
 * A stand-in language model for demos and load tests: OpenAI-compatible, on loopback by default, echoing
 * what it receives (so the pseudonymised prompt is visible) and failing on demand.
 */
export function registerFakeUpstream(program: Command): void {
  program
    .command('fake-upstream')
    .description('Start en falsk OpenAI-kompatibel sprogmodel til demo og test (svarer med et ekko af prompten)')
    .option('--port <n>', 'port (0 = en ledig port)', '8089')
    .option('--host <host>', 'adresse at lytte på', '127.0.0.1')
    .option('--latency <ms>', 'ventetid før hvert svar', '0')
    .option('--chunk-delay <ms>', 'pause mellem streamede bidder', '30')
    .option('--fault-rate <share>', 'andel af kald der fejler (0–1)', '0')
    .option('--faults <list>', `fejltyper ved --fault-rate, kommasepareret: ${Object.keys(FAULTS).join(', ')}`, '500,429,reset,broken-stream')
    .option('--json', 'skriv { url, port } som JSON')
    .action(async (opts: { port: string; host: string; latency: string; chunkDelay: string; faultRate: string; faults: string; json?: boolean }) => {
      const randomFaults = opts.faults.split(',').map((f) => {
        const fault = FAULTS[f.trim()];
        if (!fault) throw invalid(`Ukendt fejltype: ${f.trim()}. Brug ${Object.keys(FAULTS).join(', ')}.`);
        return fault;
      });
      const fake = await startFakeUpstream({
        port: Number(opts.port),
        host: opts.host,
        latencyMs: Number(opts.latency),
        chunkDelayMs: Number(opts.chunkDelay),
        faultRate: Number(opts.faultRate),
        randomFaults,
        keepReceived: 100,
      });
      output({ url: fake.url, port: fake.port }, opts, (v: { url: string }) =>
        [
          `Falsk sprogmodel kører på ${v.url}`,
          `Forbind platformen: KAI_OPENAI_BASE_URL=${v.url} KAI_OPENAI_MODEL=fake-model KAI_OPENAI_HOSTING=self_hosted npm start`,
          `Se hvad den modtog: GET ${v.url.replace(/\/v1$/, '')}/_fake/received · Fejl på bestilling: POST /_fake/faults {"kind":"status","status":500}`,
          'Stop med Ctrl+C.',
        ].join('\n'),
      );
      const stop = async () => {
        await fake.close();
        process.exit(0);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
}
