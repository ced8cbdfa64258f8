import { analysePersonalData, Coverage } from './detect.ts';
import type { DetectedEntity, EntityType, RedactResult } from './entity.ts';
import { PseudonymMapping, type PseudonymEntry } from './pseudonym-mapping.ts';
import { canonicalPlaceholder, MAY_HOLD_PLACEHOLDER, pendingPlaceholderLength, PLACEHOLDER_IN_OUTPUT } from './restore.ts';

export interface StreamRestorer {
  /** Restored text that is safe to send on; a possible placeholder at the end waits for the next chunk. */
  push(chunk: string): string;
  /** Whatever is still held back, restored. Call once at the end of the stream. */
  flush(): string;
}

export interface PseudonymSession {
  pseudonymise(text: string): RedactResult;
  restore(text: string): string;
  createStreamRestorer(): StreamRestorer;
  toMapping(): PseudonymMapping;
}

/** The same identifier in another spelling is the same key: CPR with or without dash, +45 or not, any case. */
function keyOf(type: EntityType, value: string): string {
  switch (type) {
    case 'CPR':
    case 'CVR':
    case 'BANK_ACCOUNT':
      return value.replace(/\D/g, '');
    case 'PHONE': {
      const digits = value.replace(/\D/g, '');
      if (digits.length === 10 && digits.startsWith('45')) return digits.slice(2);
      return digits.length === 12 && digits.startsWith('0045') ? digits.slice(4) : digits;
    }
    case 'IBAN':
    case 'LICENSE_PLATE':
      return value.replace(/\s/g, '').toUpperCase();
    default:
      return value.toLowerCase().replace(/[\s,.]+/g, ' ').trim();
  }
}

const namePartsOf = (value: string) => value.toLowerCase().split(/[\s]+/).filter((p) => p.length > 1 && !p.endsWith('.'));
const isSubset = (a: string[], b: string[]) => a.every((x) => b.includes(x));
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One conversation's pseudonymisation. Each distinct piece of personal data gets one placeholder for the whole
 * conversation, and a person named in full, by first name or by surname gets the same one where only one known
 * person fits. The mapping never leaves the server; persist it encrypted with storePseudonymMapping.
 */
export function createPseudonymSession(mapping?: PseudonymMapping): PseudonymSession {
  const entries: PseudonymEntry[] = mapping ? PseudonymMapping.parse(mapping).entries.map((e) => structuredClone(e)) : [];
  const byKey = new Map<string, PseudonymEntry>();
  const byPlaceholder = new Map<string, PseudonymEntry>();
  const counters = new Map<EntityType, number>();
  const index = (e: PseudonymEntry) => {
    for (const k of e.keys) byKey.set(`${e.type}:${k}`, e);
    byPlaceholder.set(e.placeholder, e);
    const n = Number(/_(\d+)\]$/.exec(e.placeholder)?.[1] ?? 0);
    counters.set(e.type, Math.max(counters.get(e.type) ?? 0, n));
  };
  entries.forEach(index);

  function entryFor(type: EntityType, value: string): PseudonymEntry {
    const key = keyOf(type, value);
    const known = byKey.get(`${type}:${key}`);
    if (known) return known;
    if (type === 'PERSON') {
      const parts = namePartsOf(value);
      const related = entries.filter((e) => e.type === 'PERSON' && (isSubset(parts, e.nameParts) || isSubset(e.nameParts, parts)));
      if (related.length === 1 && parts.length) {
        const person = related[0]!;
        person.keys.push(key);
        person.nameParts = [...new Set([...person.nameParts, ...parts])];
        index(person);
        return person;
      }
    }
    const n = (counters.get(type) ?? 0) + 1;
    const entry: PseudonymEntry = { placeholder: `[${type}_${n}]`, type, keys: [key], nameParts: type === 'PERSON' ? namePartsOf(value) : [], forms: [value], mentions: [] };
    entries.push(entry);
    index(entry);
    return entry;
  }

  /** Earlier messages' personal data, found again by its exact form where detection alone would miss it. */
  function knownMentions(text: string, found: DetectedEntity[]): DetectedEntity[] {
    const forms = entries.flatMap((e) => e.forms.filter((f) => f.length >= 3).map((f) => [f, e.type] as const));
    if (!forms.length) return found;
    const typeOf = new Map(forms);
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(([f]) => escapeRegExp(f)).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    const coverage = new Coverage();
    found.forEach((f) => coverage.take(f));
    const extra: DetectedEntity[] = [];
    for (const m of text.matchAll(pattern)) {
      const candidate = { type: typeOf.get(m[0])!, start: m.index, end: m.index + m[0].length, score: 0.9 };
      if (!coverage.isFree(candidate)) continue;
      coverage.take(candidate);
      extra.push(candidate);
    }
    return [...found, ...extra].sort((a, b) => a.start - b.start);
  }

  function pseudonymise(text: string): RedactResult {
    const { entities: detected, flags } = analysePersonalData(text);
    const found = knownMentions(text, detected);
    const mentions = new Map<PseudonymEntry, string[]>();
    let out = '';
    let at = 0;
    const entities = found.map((e) => {
      const value = text.slice(e.start, e.end);
      const entry = entryFor(e.type, value);
      if (!entry.forms.includes(value)) entry.forms.push(value);
      const list = mentions.get(entry);
      if (list) list.push(value);
      else mentions.set(entry, [value]);
      out += text.slice(at, e.start) + entry.placeholder;
      at = e.end;
      return { type: e.type, start: e.start, end: e.end, placeholder: entry.placeholder, score: Math.round(e.score * 100) / 100 };
    });
    for (const [entry, list] of mentions) entry.mentions = list;
    return { text: out + text.slice(at), entities, flags };
  }

  function restorer(): (text: string) => string {
    const seen = new Map<PseudonymEntry, number>();
    return (text) =>
      !MAY_HOLD_PLACEHOLDER.test(text) ? text : text.replace(PLACEHOLDER_IN_OUTPUT, (whole, t1?: string, n1?: string, t2?: string, n2?: string) => {
        const entry = byPlaceholder.get(canonicalPlaceholder((t1 ?? t2)!, (n1 ?? n2)!));
        if (!entry) return whole;
        const k = seen.get(entry) ?? 0;
        seen.set(entry, k + 1);
        // The k-th mention comes back as the k-th original mention; further ones as the fullest form.
        return entry.mentions[k] ?? entry.forms.reduce((a, b) => (b.length > a.length ? b : a));
      });
  }

  return {
    pseudonymise,
    restore: (text) => restorer()(text),
    createStreamRestorer() {
      const restore = restorer();
      let held = '';
      return {
        push(chunk) {
          held += chunk;
          const keep = pendingPlaceholderLength(held);
          const ready = held.slice(0, held.length - keep);
          held = held.slice(held.length - keep);
          return restore(ready);
        },
        flush() {
          const rest = held;
          held = '';
          return restore(rest);
        },
      };
    },
    toMapping: () => ({ version: 1, entries: structuredClone(entries) }),
  };
}

/** Detection and placeholders for one text, with nothing remembered: the CLI `redact` and the HTTP twin. */
export const redact = (text: string): RedactResult => createPseudonymSession().pseudonymise(text);
