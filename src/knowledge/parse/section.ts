/** A piece of a document with its place in it, before chunking. */
export interface Section {
  /** The heading path, indexed with more weight than the text. */
  heading: string;
  /** Where in the document, as a person would cite it: "Forvaltningsloven § 19, stk. 2", "side 3". */
  locator: string;
  page: number | null;
  text: string;
}

export interface ParsedDocument {
  title: string;
  pages: number | null;
  sections: Section[];
}

// Control characters are dropped too: search marks matches with two of them (see highlight.ts).
export const normaliseSpace = (s: string): string =>
  s.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '').replace(/\s+/g, ' ').trim();
