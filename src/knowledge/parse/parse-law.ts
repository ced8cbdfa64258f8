import { lawName } from './law-name.ts';
import { type ParsedDocument, type Section, normaliseSpace } from './section.ts';

// "§ 19. …", "§ 9 a. …", "§§ 21-25. (Ophævet)"
const PARAGRAPH_LEAD = /^(§§?\s*\d+(?:\s?[a-z])?(?:\s*-\s*\d+(?:\s?[a-z])?)?)\.\s+/;
// A new stk. starts a sentence: "… afgørelse. Stk. 2. Partsrepræsentanten …"; "jf. stk. 2" stays inside.
const STK_SPLIT = /\s+(?=Stk\.\s\d+\s?[a-z]?\.\s)/;
const STK_LEAD = /^Stk\.\s(\d+\s?[a-z]?)\.\s+/;

/**
 * A consolidated act in the Markdown layout of ../shared/data/laws: "# title", "## Kapitel N",
 * "### § N", then "§ N. text Stk. 2. text". One section per stk., cited "Forvaltningsloven § 19, stk. 2".
 */
export function parseLaw(lines: string[], fallbackTitle: string, fileStem: string | undefined): ParsedDocument {
  let title = fallbackTitle;
  let chapter = '';
  let heading = '';
  let body: string[] = [];
  const sections: Section[] = [];
  let name = lawName(title, fileStem);

  const flush = () => {
    const text = normaliseSpace(body.join(' '));
    body = [];
    // Repealed provisions ("§ 42. (Ophævet)") say nothing a search should find.
    if (!text || !heading || /^§§?[^.]*\.\s*\(Ophævet\)\s*$/i.test(text)) return;
    const lead = PARAGRAPH_LEAD.exec(text);
    const label = normaliseSpace(lead ? lead[1]! : heading.replace(/(\d)([a-z])\b/g, '$1 $2'));
    const parts = text.split(STK_SPLIT);
    const context = chapter ? `${chapter} ${label}` : label;
    if (parts.length === 1) {
      sections.push({ heading: context, locator: `${name} ${label}`, page: null, text });
      return;
    }
    parts.forEach((part, i) => {
      const stk = i === 0 ? '1' : STK_LEAD.exec(part)?.[1]?.replace(/\s/g, ' ') ?? String(i + 1);
      sections.push({ heading: `${context}, stk. ${stk}`, locator: `${name} ${label}, stk. ${stk}`, page: null, text: part });
    });
  };

  for (const line of lines) {
    const h = /^(#{1,6})\s+(.*?)\s*$/.exec(line);
    if (!h) {
      if (heading) body.push(line);
      continue;
    }
    flush();
    const level = h[1]!.length;
    const text = normaliseSpace(h[2]!);
    if (level === 1) {
      title = text;
      name = lawName(title, fileStem);
      heading = '';
    } else if (/^§/.test(text)) {
      heading = text;
    } else {
      chapter = /none$/i.test(text) ? '' : text;
      heading = '';
    }
  }
  flush();
  return { title: displayTitle(name, title), pages: null, sections };
}

function displayTitle(name: string, title: string): string {
  const bare = title.replace(/^(lovbekendtgørelse|bekendtgørelse) af\s+/i, '').trim();
  if (bare.toLowerCase() === name.toLowerCase() || /\([^)]*\)\s*$/.test(bare)) return name;
  return `${name} (${bare})`;
}
