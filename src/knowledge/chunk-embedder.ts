import { sql } from 'kysely';
import type { App } from '../app.ts';
import { governedEmbed, preferredEmbeddingModel } from '../gateway/index.ts';
import type { Actor } from '../kernel/index.ts';
import { type KnowledgeLog, logCode } from './knowledge-log.ts';
import { prepareForDimension, storeChunkEmbeddings } from './store-chunk-embeddings.ts';
import { unitVector } from './unit-vector.ts';

export interface ChunkEmbedderOptions {
  log?: KnowledgeLog | undefined;
  /** Passages per embedding call. */
  batchSize?: number;
  /** How often an idle embedder looks for a new or changed embedding model (the catalogue read is cached). */
  pollMs?: number;
  /** Waits after a failed call, doubling from `min` to `max`. */
  retryMs?: { min: number; max: number };
  /** How long a passage the preferred model may not embed (policy, data class) is left before asking again. */
  deferMs?: number;
}

/**
 * The platform itself, embedding the bank in the background. A system actor: the work is no member of
 * staff's, it passes the course gate as automation does, and its calls are metered without a forvaltning.
 * Of the actor kinds, `cli` (the operator of the machine, whose authority is the data dir's) is the one
 * that fits the server process acting on its own; the username says which job it is in the audit trail.
 */
const EMBEDDER: Actor = { kind: 'cli', userId: null, username: 'vidensbank-indeksering', roles: ['system'], forvaltningId: null, tokenId: null, useCaseId: null, courseCompleted: true };

/** Refusals about particular passages (the policy gate, no model approved for their data): retry them one by one. */
const PASSAGE_REFUSALS = new Set(['policy_blocked', 'not_configured']);

type Outcome = 'idle' | 'caught-up' | 'failed';

interface Passage {
  id: number;
  title: string;
  heading: string;
  text: string;
}

const embedders = new WeakMap<App, ChunkEmbedder>();

/**
 * Starts the server process's background embedder: it gives every chunk an embedding from the preferred
 * embedding model, in batches through the governed gateway (pseudonymised, approved models only, metered,
 * audited). It never runs inside an ingest and nothing waits for it; with no embedding model it only
 * glances at the cached catalogue now and then. Idempotent per App.
 */
export function startChunkEmbedder(app: App, opts: ChunkEmbedderOptions = {}): ChunkEmbedder {
  let embedder = embedders.get(app);
  if (!embedder) {
    embedder = new ChunkEmbedder(app, opts);
    embedders.set(app, embedder);
    embedder.start();
  }
  return embedder;
}

/** The App's running embedder, if this process runs one (the server does; a local CLI run does not). */
export const chunkEmbedderOf = (app: App): ChunkEmbedder | undefined => embedders.get(app);

export class ChunkEmbedder {
  private readonly batchSize: number;
  private readonly pollMs: number;
  private readonly retryMs: { min: number; max: number };
  private readonly deferMs: number;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  private failures = 0;
  /** Bumped by every wake; a pass that saw no bump may call the bank caught up. */
  private generation = 0;
  private caughtUpFor: string | null = null;
  /** Passages left for now, with when to ask again; cleared when the preferred model changes. */
  private readonly deferred = new Map<number, number>();
  private deferredFor: string | null = null;
  /** The dimension each model was last seen answering with, so the table is readied once per change. */
  private readonly dims = new Map<string, number>();
  private waiters: { generation: number; resolve: () => void }[] = [];

  constructor(
    private readonly app: App,
    private readonly opts: ChunkEmbedderOptions,
  ) {
    this.batchSize = opts.batchSize ?? 32;
    this.pollMs = opts.pollMs ?? 30_000;
    this.retryMs = opts.retryMs ?? { min: 5_000, max: 300_000 };
    this.deferMs = opts.deferMs ?? 3_600_000;
  }

  start(): void {
    this.schedule(0);
  }

  /** New chunks exist (an ingest committed): look for them now, unless waiting out a failure. */
  wake(): void {
    this.generation++;
    this.caughtUpFor = null;
    if (this.failures === 0 || this.running) this.schedule(0);
  }

  /** Runs a pass now, even while waiting out a failure, and resolves when it has finished. */
  settle(): Promise<void> {
    this.wake();
    const generation = this.generation;
    this.schedule(0);
    return new Promise((resolve) => (this.stopped ? resolve() : this.waiters.push({ generation, resolve })));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
    for (const w of this.waiters.splice(0)) w.resolve();
    embedders.delete(this.app);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.running) return; // the pass in progress reschedules when it ends
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.tick(), ms);
    // A waiting embedder must not keep a process alive that is otherwise done.
    this.timer.unref();
  }

  private tick(): void {
    this.timer = null;
    const generation = this.generation;
    this.running = this.pass(generation)
      .catch((err: unknown) => {
        this.opts.log?.warn({ code: logCode(err) }, 'knowledge embedder: pass failed, retrying later');
        return 'failed' as const;
      })
      .then((outcome) => {
        this.running = null;
        for (const w of this.waiters.filter((x) => x.generation <= generation)) w.resolve();
        this.waiters = this.waiters.filter((x) => x.generation > generation);
        if (outcome === 'failed') {
          this.failures++;
          this.schedule(Math.min(this.retryMs.max, this.retryMs.min * 2 ** (this.failures - 1)));
        } else {
          this.failures = 0;
          this.schedule(this.generation !== generation ? 0 : this.pollMs);
        }
      });
  }

  private async pass(generation: number): Promise<Outcome> {
    const model = await preferredEmbeddingModel(this.app);
    if (!model) {
      this.caughtUpFor = null;
      return 'idle';
    }
    if (this.deferredFor !== model.id) {
      this.deferred.clear();
      this.deferredFor = model.id;
    }
    const now = Date.now();
    if (this.caughtUpFor === model.id && ![...this.deferred.values()].some((at) => at <= now)) return 'idle';
    while (!this.stopped) {
      const passages = await this.missing(model.id);
      if (!passages.length) {
        if (this.generation === generation) this.caughtUpFor = model.id;
        return 'caught-up';
      }
      if ((await this.embed(model.id, passages)) === 'failed') return 'failed';
    }
    return 'idle';
  }

  /** Chunks without an embedding from the model, oldest first, leaving out the deferred ones. */
  private async missing(modelId: string): Promise<Passage[]> {
    const now = Date.now();
    const skip = [...this.deferred].filter(([, at]) => at > now).map(([id]) => id);
    const { rows } = await sql<Passage>`
      select c.id, c.title, c.heading, c.text from knowledge_chunks c
      where not exists (select 1 from knowledge_chunk_embeddings e where e.chunk_id = c.id and e.model_id = ${modelId})
        and c.id <> all(${skip}::bigint[])
      order by c.id
      limit ${this.batchSize}
    `.execute(this.app.db);
    return rows.map((r) => ({ ...r, id: Number(r.id) }));
  }

  private async embed(modelId: string, passages: Passage[]): Promise<'ok' | 'failed'> {
    let result;
    try {
      // Title and heading say what a passage is about; the lexical ranking weighs them too.
      result = await governedEmbed(this.app, EMBEDDER, { texts: passages.map((p) => [p.title, p.heading, p.text].filter(Boolean).join('\n')) });
    } catch (err) {
      const code = logCode(err);
      if (PASSAGE_REFUSALS.has(code) && passages.length > 1) {
        for (const p of passages) if ((await this.embed(modelId, [p])) === 'failed') return 'failed';
        return 'ok';
      }
      if (PASSAGE_REFUSALS.has(code)) {
        this.deferred.set(passages[0]!.id, Date.now() + this.deferMs);
        this.opts.log?.warn({ code, chunkId: passages[0]!.id }, 'knowledge embedder: passage refused, left for later');
        return 'ok';
      }
      this.opts.log?.warn({ code, passages: passages.length }, 'knowledge embedder: embedding failed, retrying later');
      return 'failed';
    }
    const vectors = result.vectors.map((v) => unitVector(v));
    const dims = vectors[0]?.length;
    if (vectors.length !== passages.length || !dims || vectors.some((v) => v?.length !== dims)) {
      this.opts.log?.warn({ code: 'bad_vectors', modelId: result.model.id }, 'knowledge embedder: unusable vectors, retrying later');
      return 'failed';
    }
    if (this.dims.get(result.model.id) !== dims) {
      await prepareForDimension(this.app.db, result.model.id, dims);
      this.dims.set(result.model.id, dims);
    }
    await storeChunkEmbeddings(this.app.db, result.model.id, passages.map((p, i) => ({ chunkId: p.id, vector: vectors[i]! })));
    // Another model answered (the preferred one failed, or these passages need one approved for more
    // sensitive data). Its vectors serve queries that model embeds; the passages are asked again later.
    if (result.model.id !== modelId) for (const p of passages) this.deferred.set(p.id, Date.now() + this.deferMs);
    return 'ok';
  }
}
