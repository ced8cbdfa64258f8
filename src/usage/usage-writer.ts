import { sql } from 'kysely';
import type { Db } from '../db/index.ts';
import { type AuditDetails, recordAuditEvents } from '../audit/index.ts';
import { type Actor, type Clock, cliOperator } from '../kernel/index.ts';
import type { UsageTables } from './tables.ts';

/**
 * Lets requests that arrived meanwhile run between a batch's statements. On the embedded database each statement
 * runs on this event loop, and a batch would otherwise hold it for all of its statements at once.
 */
const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

export type UsageEventRow = UsageTables['usage_events'];

export interface UsageRecord {
  event: UsageEventRow;
  actor: Actor;
  audit: { action: string; details: AuditDetails };
  /** The forvaltning had a budget when the call was checked, so the batch must look for a crossed warning line. */
  budgeted?: boolean;
}

export interface UsageWriterOptions {
  /** Longest a record waits before its batch is written. */
  flushAfterMs?: number;
  maxBatch?: number;
}

/**
 * The meter and audit steps of every governed call, written behind the response in batches: one
 * transaction per batch holds the usage rows, the monthly spend counters and one hash-chained audit
 * event per call. A call thus adds no database round trip to its latency, and the ledger lags the
 * answers by at most `flushAfterMs` (plus the write). `flush()` drains it (shutdown, tests, reads that
 * must see every call).
 */
export class UsageWriter {
  private queue: UsageRecord[] = [];
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();
  private failing = false;
  private closed = false;
  /** Spend queued but not yet written, per `forvaltning|month`, so budget checks see it at once. */
  private readonly pending = new Map<string, number>();
  private readonly flushAfterMs: number;
  private readonly maxBatch: number;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    opts: UsageWriterOptions = {},
  ) {
    this.flushAfterMs = opts.flushAfterMs ?? 25;
    this.maxBatch = opts.maxBatch ?? 200;
  }

  enqueue(record: UsageRecord): void {
    this.queue.push(record);
    const f = record.event.forvaltning_id;
    if (f && record.event.cost_dkk > 0) {
      const key = `${f}|${record.event.month}`;
      this.pending.set(key, (this.pending.get(key) ?? 0) + record.event.cost_dkk);
    }
    if (this.queue.length >= this.maxBatch) this.kick();
    else this.timer ??= setTimeout(() => this.kick(), this.flushAfterMs);
  }

  /**
   * Read this before the database's spend: a batch that commits in between is then counted twice (on the
   * safe side) rather than not at all.
   */
  pendingCost(forvaltningId: string, month: string): number {
    return this.pending.get(`${forvaltningId}|${month}`) ?? 0;
  }

  /** Resolves when everything enqueued before the call is committed (or the database refuses the write). */
  async flush(): Promise<void> {
    await this.writing;
    while (this.queue.length > 0) {
      this.kick();
      await this.writing;
      if (this.failing) return;
    }
  }

  /** Drains what it can and stops retrying: the database is about to close. */
  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private kick(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.writing = this.writing.then(() => this.writeBatches());
  }

  private async writeBatches(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      try {
        await this.write(batch);
        this.failing = false;
      } catch {
        // The database is unreachable: keep the records and try again shortly rather than lose them.
        this.failing = true;
        this.queue.unshift(...batch);
        if (!this.closed) this.timer ??= setTimeout(() => this.kick(), 1000);
        return;
      }
      for (const r of batch) {
        const f = r.event.forvaltning_id;
        if (!f || r.event.cost_dkk <= 0) continue;
        const key = `${f}|${r.event.month}`;
        const left = (this.pending.get(key) ?? 0) - r.event.cost_dkk;
        if (left > 1e-9) this.pending.set(key, left);
        else this.pending.delete(key);
      }
    }
  }

  private async write(batch: UsageRecord[]): Promise<void> {
    const monthly = new Map<string, { forvaltning_id: string; month: string; cost_dkk: number; runs: number }>();
    for (const r of batch) {
      const f = r.event.forvaltning_id;
      if (!f) continue;
      const key = `${f}|${r.event.month}`;
      const m = monthly.get(key) ?? { forvaltning_id: f, month: r.event.month, cost_dkk: 0, runs: 0 };
      m.cost_dkk += r.event.cost_dkk;
      if (r.event.status === 'ok') m.runs += 1;
      monthly.set(key, m);
    }
    await this.db.transaction().execute(async (trx) => {
      await trx.insertInto('usage_events').values(batch.map((r) => r.event)).execute();
      await yieldToRequests();
      for (const m of monthly.values()) {
        await trx
          .insertInto('usage_monthly')
          .values({ ...m, warned_at: null })
          .onConflict((oc) =>
            oc.columns(['forvaltning_id', 'month']).doUpdateSet({
              cost_dkk: sql`usage_monthly.cost_dkk + excluded.cost_dkk`,
              runs: sql`usage_monthly.runs + excluded.runs`,
            }),
          )
          .execute();
      }
      await yieldToRequests();
      // The warning is given once per forvaltning and month, whichever instance crosses the line first.
      let crossed: { forvaltning_id: string; month: string; cost_dkk: number; monthly_limit_dkk: number }[] = [];
      if (batch.some((r) => r.budgeted)) {
        crossed = await trx
          .updateTable('usage_monthly')
          .from('usage_budgets')
          .set({ warned_at: this.clock.now() })
          .whereRef('usage_budgets.forvaltning_id', '=', 'usage_monthly.forvaltning_id')
          .where('usage_monthly.warned_at', 'is', null)
          .where(sql<boolean>`usage_monthly.cost_dkk >= usage_budgets.monthly_limit_dkk * usage_budgets.warn_share`)
          .where(
            'usage_monthly.forvaltning_id',
            'in',
            [...monthly.values()].map((m) => m.forvaltning_id),
          )
          .where('usage_monthly.month', 'in', [...new Set([...monthly.values()].map((m) => m.month))])
          .returning(['usage_monthly.forvaltning_id', 'usage_monthly.month', 'usage_monthly.cost_dkk', 'usage_budgets.monthly_limit_dkk'])
          .execute();
      }
      await yieldToRequests();
      // The audit chain's lock is taken here and held to commit: append last, in one statement.
      await recordAuditEvents(trx, [
        ...batch.map((r) => ({ actor: r.actor, event: { action: r.audit.action, targetType: 'ai_call', targetId: r.event.id, details: r.audit.details } })),
        ...crossed.map((c) => ({
          actor: cliOperator,
          event: {
            action: 'budget.warning_reached',
            targetType: 'forvaltning',
            targetId: c.forvaltning_id,
            details: { month: c.month, spentDkk: Number(c.cost_dkk), limitDkk: Number(c.monthly_limit_dkk) },
          },
        })),
      ], this.clock);
    });
  }
}
