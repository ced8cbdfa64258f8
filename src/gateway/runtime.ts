import type { App } from '../app.ts';
import { type BreakerOptions, CircuitBreaker, type ModelProvider, type ModelRow, listModelRows, providerFor } from '../models/index.ts';
import { type UseCase, getUseCase } from '../policy/index.ts';
import { UsageWriter } from '../usage/index.ts';

export interface GatewayOptions {
  breaker: BreakerOptions;
  backoff: { baseMs: number; maxMs: number };
  /** How long the model catalogue and "this forvaltning has no budget" are trusted before re-reading. */
  cacheTtlMs: number;
  /**
   * How long a use case read by the policy gate is trusted. Kept short because a use case governs: a
   * retired use case, or one taken out of shadow mode, reaches every instance's gate within this time.
   */
  useCaseTtlMs: number;
}

const DEFAULTS: GatewayOptions = {
  breaker: { failureThreshold: 3, cooldownMs: 30_000 },
  backoff: { baseMs: 250, maxMs: 4_000 },
  cacheTtlMs: 5_000,
  useCaseTtlMs: 1_000,
};

export interface CatalogueEntry {
  row: ModelRow;
  provider: ModelProvider;
}

/**
 * The gateway's per-process state for one App: circuit breakers, the write-behind usage ledger and short
 * caches. Everything that must agree across instances (spend, budgets, the catalogue) lives in the database;
 * the caches only spare the hot path a round trip and expire within seconds.
 */
export class GatewayRuntime {
  readonly writer: UsageWriter;
  private readonly breakers = new Map<string, CircuitBreaker>();
  private catalogue: { entries: Promise<CatalogueEntry[]>; at: number } | null = null;
  private readonly useCases = new Map<string, { useCase: Promise<UseCase>; until: number }>();
  private readonly noBudgetUntil = new Map<string, number>();

  constructor(
    private readonly app: App,
    public options: GatewayOptions,
  ) {
    // Each batch costs a handful of statements whatever its size. On PGlite they run on this process's
    // event loop (about 10 ms a batch), so batches are fewer and larger there; on PostgreSQL the server
    // does the work and a shorter lag keeps other instances' view of spend fresher.
    this.writer = new UsageWriter(app.db, app.clock, { flushAfterMs: app.engine === 'pglite' ? 100 : 25 });
  }

  /** New options apply to breakers made from now on; existing breakers are dropped (they start closed). */
  reconfigure(options: Partial<GatewayOptions>): void {
    this.options = { ...this.options, ...options };
    this.breakers.clear();
    this.catalogue = null;
    this.useCases.clear();
    this.noBudgetUntil.clear();
  }

  breaker(modelId: string): CircuitBreaker {
    let b = this.breakers.get(modelId);
    if (!b) {
      b = new CircuitBreaker(this.options.breaker, this.app.clock);
      this.breakers.set(modelId, b);
    }
    return b;
  }

  breakerStates(): Record<string, string> {
    return Object.fromEntries([...this.breakers].map(([id, b]) => [id, b.state]));
  }

  /** The catalogue; concurrent calls after it expires share one read. */
  models(): Promise<CatalogueEntry[]> {
    const now = Date.now();
    if (this.catalogue && now - this.catalogue.at < this.options.cacheTtlMs) return this.catalogue.entries;
    const previous = this.catalogue?.entries;
    const entries = this.readCatalogue(previous);
    this.catalogue = { entries, at: now };
    entries.catch(() => {
      if (this.catalogue?.entries === entries) this.catalogue = null;
    });
    return entries;
  }

  private async readCatalogue(previousEntries: Promise<CatalogueEntry[]> | undefined): Promise<CatalogueEntry[]> {
    const rows = await listModelRows(this.app.db);
    const previous = new Map((await previousEntries?.catch(() => undefined))?.map((e) => [e.row.id, e]) ?? []);
    return rows.map((row) => {
      const old = previous.get(row.id);
      // Keep the provider (and its connections) while the row is unchanged.
      return old && old.row.updated_at.getTime() === row.updated_at.getTime() ? { row, provider: old.provider } : { row, provider: providerFor(row, this.app.masterSecret) };
    });
  }

  /** A use case for the policy gate; concurrent calls after it expires share one read. */
  useCase(id: string): Promise<UseCase> {
    const now = Date.now();
    const cached = this.useCases.get(id);
    if (cached && cached.until > now) return cached.useCase;
    const useCase = getUseCase(this.app.db, id);
    // An unknown id is not remembered, so the map holds only use cases that exist.
    const entry = { useCase, until: now + this.options.useCaseTtlMs };
    this.useCases.set(id, entry);
    useCase.catch(() => {
      if (this.useCases.get(id) === entry) this.useCases.delete(id);
    });
    return useCase;
  }

  forgetCatalogue(): void {
    this.catalogue = null;
  }

  knownWithoutBudget(forvaltningId: string): boolean {
    return (this.noBudgetUntil.get(forvaltningId) ?? 0) > Date.now();
  }

  rememberWithoutBudget(forvaltningId: string): void {
    this.noBudgetUntil.set(forvaltningId, Date.now() + this.options.cacheTtlMs);
  }

  forgetBudgets(): void {
    this.noBudgetUntil.clear();
  }
}

const runtimes = new WeakMap<App, GatewayRuntime>();

/** The runtime of an App, made on first use. Its ledger is drained before the App closes its database. */
export function gatewayRuntime(app: App): GatewayRuntime {
  let rt = runtimes.get(app);
  if (!rt) {
    const created = new GatewayRuntime(app, DEFAULTS);
    runtimes.set(app, created);
    app.onClose(() => created.writer.close());
    rt = created;
  }
  return rt;
}

/** Tune breaker, backoff and caching (tests, benchmarks, operators with unusual upstreams). */
export function configureGateway(app: App, options: Partial<GatewayOptions>): void {
  gatewayRuntime(app).reconfigure(options);
}

/** Waits until every governed call so far is in the usage ledger and the audit trail. */
export async function flushGateway(app: App): Promise<void> {
  await runtimes.get(app)?.writer.flush();
}
