/**
 * The lexicon's word patterns in a trie, so that a word of a request is compared with the few patterns it
 * could match instead of with every pattern. The trie only proposes candidates; `wordMatches` still
 * decides, so the gate's verdicts do not depend on how candidates are found.
 */

interface Node {
  children: Map<string, Node>;
  /** The whole-word pattern spelled by the path to this node. */
  word?: string;
  /** The stem pattern (`stem*`) spelled by the path to this node. */
  stem?: string;
  /**
   * Grandchildren by their letter, and the children's patterns: after an inserted or substituted letter
   * (the last edit allowed) only the children that go on with the word's next letter need a visit.
   */
  grandchildren: Map<string, Node[]>;
  childWords: string[];
  childStems: string[];
}

const node = (): Node => ({ children: new Map(), grandchildren: new Map(), childWords: [], childStems: [] });

export class PatternTrie {
  private readonly root = node();
  /** Letters in the shortest pattern: a word more than `edits` shorter matches nothing. */
  private shortest = Infinity;

  add(pattern: string): void {
    const stem = pattern.endsWith('*');
    const letters = stem ? pattern.slice(0, -1) : pattern;
    this.shortest = Math.min(this.shortest, letters.length);
    let parent: Node | null = null;
    let at = this.root;
    for (const ch of letters.split('')) {
      let next = at.children.get(ch);
      if (!next) {
        at.children.set(ch, (next = node()));
        if (parent) (parent.grandchildren.get(ch) ?? parent.grandchildren.set(ch, []).get(ch)!).push(next);
      }
      parent = at;
      at = next;
    }
    if (stem && !at.stem) {
      at.stem = pattern;
      parent?.childStems.push(pattern);
    } else if (!stem && !at.word) {
      at.word = pattern;
      parent?.childWords.push(pattern);
    }
  }

  /**
   * Adds the patterns within `edits` edits (insertions, deletions, substitutions, swaps of neighbours) of the
   * word, or, for stems, of one of its prefixes; with 0, the pattern equal to the word and the stems it starts with.
   * The first letter is never edited: a typo does not excuse a wrong first letter, and when the first letters
   * agree, the distance is that of the rest of the words.
   */
  collect(word: string, edits: number, into: Set<string>): void {
    if (word.length + edits < this.shortest) return;
    const first = this.root.children.get(word[0]!);
    if (first) this.walk(first, word, 1, edits, into);
  }

  /** From `at`, having read word[0..i), follow the rest of the word, spending up to `edits` edits on the way. */
  private walk(at: Node, word: string, i: number, edits: number, out: Set<string>): void {
    for (;;) {
      if (at.stem) out.add(at.stem);
      if (edits > 0) this.edit(at, word, i, edits - 1, out);
      if (i === word.length) {
        if (at.word) out.add(at.word);
        return;
      }
      const next = at.children.get(word[i]!);
      if (!next) return;
      at = next;
      i++;
    }
  }

  /** Spend one edit at word[i], leaving `edits` for the rest. */
  private edit(at: Node, word: string, i: number, edits: number, out: Set<string>): void {
    const ch = word[i];
    if (edits > 0) {
      for (const [c, child] of at.children) {
        this.walk(child, word, i, edits, out); // the word lacks this letter
        if (ch !== undefined && c !== ch) this.walk(child, word, i + 1, edits, out); // the word has another letter
      }
    } else {
      // The same two edits, where the rest must follow the word exactly (substituting a letter by itself
      // proposes nothing new). A stem may end right after the edit; a word, at the end of the word.
      for (const stem of at.childStems) out.add(stem);
      if (i === word.length || i + 1 === word.length) for (const w of at.childWords) out.add(w);
      if (ch !== undefined) for (const g of at.grandchildren.get(ch) ?? []) this.walk(g, word, i + 1, 0, out);
      const after = word[i + 1];
      if (after !== undefined) for (const g of at.grandchildren.get(after) ?? []) this.walk(g, word, i + 2, 0, out);
    }
    if (ch === undefined) return;
    this.walk(at, word, i + 1, edits, out); // the word has an extra letter
    const after = word[i + 1];
    if (after !== undefined && after !== ch) {
      const swapped = at.children.get(after)?.children.get(ch);
      if (swapped) this.walk(swapped, word, i + 2, edits, out); // two neighbours swapped
    }
  }
}
