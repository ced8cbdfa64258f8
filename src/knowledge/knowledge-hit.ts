import { MARK_END, MARK_START, highlightToHtml } from './highlight.ts';
import type { KnowledgeHit } from './schemas.ts';

/** A passage as the search queries select it, with its ts_headline snippet. */
export interface HitRow {
  id: number;
  document_id: string;
  collection_id: string;
  title: string;
  locator: string;
  page: number | null;
  text: string;
  snippet: string;
}

/** ts_headline's options for a hit's snippet: up to two fragments of 15-40 words, matches marked. */
export const SNIPPET_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;

/** The hit the API returns for a selected passage, its snippet escaped to safe HTML. */
export const hitFromRow = (r: HitRow, score: number): KnowledgeHit => ({
  chunkId: Number(r.id),
  documentId: r.document_id,
  collectionId: r.collection_id,
  title: r.title,
  locator: r.locator,
  page: r.page,
  score,
  snippet: highlightToHtml(r.snippet),
  text: r.text,
});
