import { z } from 'zod';
import type { Check } from '../analysers/check.ts';
import { type LixResult, lixLevel } from '../analysers/lix.ts';
import { AUDIENCES, type Audience, LIX_TARGET, LONG_SENTENCE_WORDS, applyKlarsprog, plainLanguageReport, splitLongSentences } from '../analysers/plain-language.ts';
import { AI_DRAFT_LABEL, defineTask } from '../task-definition.ts';
import { droppedFactsCheck, inventedFactsCheck } from './verifiers.ts';

const Lix = z.object({ lix: z.number(), words: z.number(), sentences: z.number(), longWords: z.number() });
const Output = z.object({
  audience: z.enum(AUDIENCES),
  text: z.string().nullable(),
  before: Lix,
  after: Lix.nullable(),
  longSentences: z.array(z.string()),
  passive: z.array(z.string()),
  substitutions: z.array(z.object({ from: z.string(), to: z.string() })),
  message: z.string().nullable(),
  label: z.string(),
});

const AUDIENCE_PROMPT: Record<Audience, string> = {
  borger: 'en borger uden faglig baggrund: klart, venligt og direkte, "du" og "vi", korte sætninger, hverdagsord',
  letlæst: 'en læser med læsevanskeligheder (letlæst dansk): meget korte sætninger, ét budskab pr. sætning, ingen fagord',
  barn: 'et barn på omkring 10 år: enkle ord, korte sætninger, venlig tone, forklar hvad der skal ske',
  fagperson: 'en fagperson: præcist og kortfattet, fagbegreber er tilladt, men uden kancellisprog',
  engelsk: 'an English-speaking resident: plain English, short sentences; keep Danish names of authorities and laws with an English explanation',
};

function readabilityChecks(audience: Audience, before: LixResult, text: string): Check[] {
  const report = plainLanguageReport(text);
  const target = LIX_TARGET[audience];
  const checks: Check[] = [];
  if (target !== null) {
    checks.push(
      report.lix.lix <= target
        ? { id: 'lix', status: 'OK', message: `LIX ${before.lix} → ${report.lix.lix} (${lixLevel(report.lix.lix)}); målet for ${audience} er højst ${target}.` }
        : { id: 'lix', status: 'WEAK', message: `LIX ${before.lix} → ${report.lix.lix} (${lixLevel(report.lix.lix)}); målet for ${audience} er højst ${target}.` },
    );
  }
  checks.push(
    report.longSentences.length
      ? { id: 'long-sentences', status: 'WEAK', message: `${report.longSentences.length} sætninger har over ${LONG_SENTENCE_WORDS} ord.`, evidence: report.longSentences.map((s) => s.text).slice(0, 3) }
      : { id: 'long-sentences', status: 'OK', message: `Ingen sætninger over ${LONG_SENTENCE_WORDS} ord.` },
    report.passive.length
      ? { id: 'passive', status: 'WEAK', message: `${report.passive.length} passive udtryk; skriv hvem der gør hvad ("vi sender" frem for "sendes").`, evidence: report.passive.map((p) => p.sentence).slice(0, 3) }
      : { id: 'passive', status: 'OK', message: 'Ingen passive udtryk fundet.' },
  );
  if (audience !== 'engelsk') {
    checks.push(
      report.substitutions.length
        ? { id: 'klarsprog', status: 'WEAK', message: `Kancelliord tilbage: ${[...new Set(report.substitutions.map((s) => `${s.found} → ${s.to}`))].slice(0, 8).join(', ')}.` }
        : { id: 'klarsprog', status: 'OK', message: 'Ingen kancelliord fra klarsprogslisten.' },
    );
  }
  return checks;
}

export const adaptAudienceTask = defineTask({
  id: 'adapt-audience',
  kind: 'revider',
  name: 'Tilpas til en anden målgruppe',
  description: 'Gør en tekst lettere at læse for borgere, letlæst, børn eller fagpersoner (og engelsk med sprogmodel). Viser LIX før og efter, lange sætninger, passiv og kancelliord med forslag.',
  options: z.strictObject({ audience: z.enum(AUDIENCES).default('borger') }),
  output: Output,
  defaultUseCase: 'generel-intern-assistance',
  draft: true,
  minutesSaved: 10,
  async local(text, { audience }) {
    const report = plainLanguageReport(text);
    const base = {
      audience,
      before: report.lix,
      longSentences: report.longSentences.map((s) => s.text),
      passive: report.passive.map((p) => p.match),
      substitutions: [...new Map(report.substitutions.map((s) => [s.from, { from: s.found, to: s.to }])).values()],
      label: AI_DRAFT_LABEL,
    };
    if (audience === 'engelsk') {
      return {
        output: { ...base, text: null, after: null, message: 'Oversættelse til engelsk kræver sprogmodellen. Den lokale motor har kun målt teksten.' },
        checks: [{ id: 'engine', status: 'N/A', message: 'Engelsk kræver sprogmodellen (vælg motoren "llm").' }],
      };
    }
    // Officialese for everyone; splitting sentences only where the audience needs short ones.
    const substituted = audience === 'fagperson' ? text : applyKlarsprog(text);
    const adapted = audience === 'fagperson' ? substituted : splitLongSentences(substituted, audience === 'borger' ? LONG_SENTENCE_WORDS : 15);
    const checks = readabilityChecks(audience, report.lix, adapted);
    return {
      output: { ...base, text: adapted, after: plainLanguageReport(adapted).lix, message: 'Lokal tilpasning: kancelliord er skiftet ud og lange sætninger delt, hvor det kunne gøres sikkert. Passiv og lange sætninger, der er tilbage, skal omskrives af en medarbejder.' },
      checks,
    };
  },
  llm: {
    async prompt(text, { audience }) {
      return {
        system: `Omskriv brugerens tekst til ${AUDIENCE_PROMPT[audience]}. Bevar alle fakta, frister, beløb, datoer og paragraffer præcist. Tilføj intet nyt. Skriv kun den omskrevne tekst.`,
        text,
        maxTokens: 2000,
      };
    },
    async verify(answer, text, { audience }) {
      const report = plainLanguageReport(text);
      const adapted = answer.trim();
      return {
        output: {
          audience,
          text: adapted,
          before: report.lix,
          after: plainLanguageReport(adapted).lix,
          longSentences: report.longSentences.map((s) => s.text),
          passive: report.passive.map((p) => p.match),
          substitutions: [],
          message: null,
          label: AI_DRAFT_LABEL,
        },
        checks: [...readabilityChecks(audience, report.lix, adapted), droppedFactsCheck(text, adapted), inventedFactsCheck(text, adapted)],
      };
    },
  },
});
