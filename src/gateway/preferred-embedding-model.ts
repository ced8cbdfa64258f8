import type { App } from '../app.ts';
import { gatewayRuntime } from './runtime.ts';

/**
 * The embedding model governedEmbed tries first for data it may see (catalogue order, enabled), or null.
 * Read from the gateway's short-lived catalogue cache, so asking costs no query while it is fresh:
 * the knowledge bank asks on every search whether vectors are in play at all.
 */
export async function preferredEmbeddingModel(app: App): Promise<{ id: string; name: string } | null> {
  const entry = (await gatewayRuntime(app).models()).find((e) => e.row.kind === 'embedding' && e.row.enabled);
  return entry ? { id: entry.row.id, name: entry.row.name } : null;
}
