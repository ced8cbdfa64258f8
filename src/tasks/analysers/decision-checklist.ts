import type { LawLibrary } from '../laws/law-library.ts';
import { checkLawReferences } from '../laws/check-law-references.ts';
import { findLawReferences } from '../laws/law-references.ts';
import { danishRegex } from './boundary.ts';
import type { Check, CheckStatus } from './check.ts';
import { lix } from './lix.ts';
import { sentenceSpans } from './sentences.ts';
import { words } from './words.ts';

/** The ids of governance.md §4, in the order a caseworker reads them. */
export const CHECKLIST_IDS = ['D0', 'D1', 'D2', 'D2a', 'D2b', 'D2c', 'D3', 'D3a', 'D4', 'D5', 'D6', 'D7', 'D8', 'D9', 'D10', 'D11'] as const;
export type ChecklistId = (typeof CHECKLIST_IDS)[number];
/** Skipped when the text is not an afgørelse (governance.md §4, step 0). */
const DECISION_ONLY: ChecklistId[] = ['D1', 'D2', 'D2a', 'D2b', 'D2c', 'D3', 'D3a', 'D4', 'D5', 'D6', 'D7', 'D9'];

export interface ChecklistOptions {
  /** The use case's risk tier; D9 (AI transparency) applies to T4 only. */
  tier?: string | null | undefined;
  /** With a library, D11 checks that every cited provision exists and has not moved. */
  laws?: LawLibrary | undefined;
}

const rx = (source: string) => danishRegex(source, 'i');

// Step 0: words that decide a named party's rights or duties, and the procedural letters that only lead up to one.
const DECIDES = rx(
  String.raw`\b(?:(?:har|have)\s+(?:[\p{L}\d.]+\s+){0,5}?truffet\s+afgørelse|(?:vi|kommunen|jobcentret|forvaltningen)\s+(?:har\s+)?(?:derfor\s+)?(?:besluttet|bevilget|bevilliget|givet\s+(?:dig\s+)?afslag|afslået|afvist|godkendt|standset|nedsat|frataget)|du\s+får\s+(?:derfor\s+)?(?:ikke\s+|delvist\s+)?(?:afslag|bevilget|tilskud|hjælp|støtte|dækket|ret\s+til|\d)|(?:givet|ydet)\s+dig\s+(?:et\s+|en\s+)?(?:tilskud|hjælp|støtte|afslag|bevilling)|(?:giver|meddeler)\s+(?:vi\s+)?(?:dig\s+)?(?:hermed\s+)?(?:afslag|påbud|tilladelse)|afgørelse\s*:|du\s+skal\s+(?:derfor\s+)?(?:betale|tilbagebetale)|(?:ophører|standses)\s+(?:med\s+virkning|fra\s+den)|du\s+(?:er|bliver)\s+(?:ikke\s+)?berettiget|påbyder|påbud\s+om|du\s+har\s+ikke\s+ret\s+til)`,
);
const PROCEDURAL = rx(
  String.raw`\b(?:(?:før|inden|når)\s+(?:vi|kommunen)\s+træffer\s+(?:en\s+)?afgørelse|(?:overvejer|påtænker|agter|forventer)\s+at\s+(?:træffe|give|kræve|standse|nedsætte)|vi\s+har\s+modtaget\s+din\s+(?:ansøgning|henvendelse|klage)|kvittering|mødeindkaldelse|indkalde[rs]?\s+(?:dig\s+)?til|invitation|inviterer|orientering\s+om|til\s+orientering|partshøring|høre\s+dig|nyhedsbrev|vi\s+mangler\s+(?:oplysninger|dokumentation)|vi\s+beder\s+dig\s+(?:om\s+at\s+)?sende)`,
);

const NEGATIVE = rx(String.raw`\b(?:afslag|men\s+ikke\s+(?:til|for|med|de|det|alle|hele)|trække\w*\s+(?:dig\s+)?i|betale\s+(?:[\p{L}\d.,]+\s+){0,6}?tilbage|fradrag\w*|sanktion\w*|afslå\w*|afvis\w*|ikke\s+(?:bevilget|godkendt|ret\s+til|berettiget|imødekomme\w*)|du\s+får\s+ikke|delvis\w*|nedsætte\w*|nedsat|ophør\w*|standse\w*|tilbagebetal\w*|frakend\w*|påbud|påbyde\w*|kun\s+(?:bevilget|dækket|godkendt)|i\s+stedet\s+for)`);
const RESULT = rx(
  String.raw`\b(?:(?:har|have)\s+(?:[\p{L}\d.]+\s+){0,5}?truffet\s+afgørelse\s+om|(?:du|din\s+\p{L}+|dit\s+\p{L}+|jeres\s+\p{L}+|familien)\s+får\s+(?:derfor\s+)?(?!mulighed)(?:ikke\s+|delvist\s+)?\S+|(?:vi\s+har|har\s+vi)\s+(?:derfor\s+)?(?:besluttet|bevilget|bevilliget|givet\s+dig|afslået|afvist|godkendt|standset|nedsat)|(?:kommunen\s+har|har\s+kommunen)\s+(?:derfor\s+)?(?:besluttet|bevilget|afslået|afvist|godkendt)|giver\s+(?:vi\s+)?(?:dig\s+)?(?:hermed\s+)?(?:afslag|påbud|tilladelse)|afgørelse\s*:|du\s+skal\s+(?:derfor\s+)?(?:betale|tilbagebetale)|påbyder|du\s+har\s+ikke\s+ret\s+til|du\s+er\s+(?:ikke\s+)?berettiget|(?:ophører|standses|bortfalder)\s+(?:med\s+virkning\s+)?(?:fra|den|pr\.))`,
);
const GRANTS = rx(String.raw`\b(?:bevilg\w*|bevilliget|godkendt|delvis\w*|får\s+(?!ikke|afslag)\S+|givet\s+dig\s+(?!afslag))`);
const RESULT_DETAIL = rx(String.raw`\b(?:\d{1,2}\.\s?(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|med\s+virkning\s+fra|fra\s+(?:den|og\s+med)|til\s+og\s+med|i\s+perioden|\d[\d.]*(?:,\d+)?\s?kr|timer\s+(?:om|pr\.|hver)|om\s+ugen|om\s+måneden|varig\w*|indtil|uge\s+\d+|så\s+længe|\d+\s+(?:dokumenter|timer|gange|dage))`);

const JUSTIFICATION_HEAD = rx(String.raw`^\s*(?:begrundelse|begrundelse\s+for\s+afgørelsen|hvorfor\s+har\s+vi\s+truffet\s+denne\s+afgørelse\??|vores\s+vurdering|vurdering)\s*:?\s*$`);
const REASONS = rx(String.raw`\b(?:vi\s+har\s+lagt\s+(?:særlig\s+)?vægt\s+på|lagt\s+vægt\s+på|fordi|idet|da\s+(?:du|det|vi|der|din|dit|dine|dette|oplysningerne|lægen|hjælpemidlet|kommunen)|på\s+grund\s+af|årsagen\s+er|begrundelsen\s+er|det\s+er\s+(?:vores|kommunens)\s+vurdering|vi\s+vurderer|vi\s+har\s+vurderet|vurderingen\s+er|derfor)\b`);
const DISCRETION = rx(String.raw`\b(?:konkret\s+(?:og\s+individuel\s+)?vurdering|samlet\s+vurdering|skøn|skønne\w*|vurderer|vurderet|kan\s+(?:kommunen|vi)\s+(?:bevilge|yde|give|vælge)|efter\s+en\s+helhedsvurdering)\b`);
const CONSIDERATIONS = rx(String.raw`\b(?:lagt\s+(?:særlig\s+|afgørende\s+)?vægt\s+på|hensyn\w*|afgørende\s+(?:for|er)|betydning\s+(?:for|at)|sammenholdt\s+med|afvejet|vægtet|taler\s+(?:for|imod))\b`);
const FACTS = rx(String.raw`\b(?:lægeerklæring\w*|lægen|speciallæge\w*|ergoterapeut\w*|fysioterapeut\w*|udtalelse\w*|oplyst|oplysning\w*|ifølge|det\s+fremgår|fremgår\s+(?:det|af)|vi\s+har\s+(?:modtaget|indhentet)|journal\w*|funktionsvurdering\w*|kontrol\w*|optælling\w*|registr\w*|undersøgelse\w*|dokumentation|kontrol(?:len)?\s+viste|besøg|samtale\w*|ansøgning\w*\s+(?:af|fra|den)|din\s+indkomst|din\s+formue|opgørelse\w*)\b`);
const EXTERNAL_FACTS = rx(String.raw`\b(?:lægeerklæring\w*|oplysninger\s+fra|udtalelse\s+fra|erklæring\s+fra|vi\s+har\s+indhentet|kontrol(?:len)?\s+viste|registeroplysning\w*|indkomstregist\w*|fra\s+(?:din\s+)?(?:læge|arbejdsgiver|skole|sygehus|hospital|politi)|ifølge\s+(?:din\s+)?(?:læge|arbejdsgiver|skolen|sygehuset))\b`);
const HEARING = rx(String.raw`\b(?:partshøring|(?:haft|fået)\s+(?:mulighed|lejlighed)\s+for\s+at\s+(?:komme\s+med\s+bemærkninger|udtale\s+dig|kommentere)|sendt\s+(?:\S+\s+){0,4}til\s+(?:dig\s+)?(?:til\s+)?(?:udtalelse|partshøring|kommentering)|dine\s+bemærkninger|dit\s+svar\s+(?:på\s+partshøringen|af|fra)|har\s+kommenteret|du\s+har\s+(?:svaret|udtalt)|uden\s+forudgående\s+partshøring|undlad\w*\s+(?:at\s+)?partshør\w*)\b`);
const ORAL = rx(String.raw`\b(?:telefonisk\w*|i\s+telefonen|pr\.\s+telefon|ved\s+(?:en\s+)?(?:telefon)?samtale\w*|på\s+(?:et\s+|vores\s+)?møde\w*|mundtlig\w*|(?:ved|fra|under|på)\s+(?:et\s+|vores\s+|det\s+)?(?:hjemme)?besøg\w*)\b`);
const NOTE = rx(String.raw`\b(?:notat\w*|journalnotat\w*|noteret|nedskrevet|referat\w*|skrevet\s+ned|fremgår\s+af\s+sagen|journaliseret)\b`);
const APPEAL_BODY = rx(String.raw`\b(?:Ankestyrelsen\w*|Klagenævnet\s+for\s+\S+|\p{L}*klagenævn\w*|Styrelsen\s+for\s+Patientklager|Ombudsmand\w*|klageinstans\w*|Byggeklage\w*|Tilsynet|Beskæftigelsesudvalget|Børne-\s+og\s+ungeudvalget|Miljø-\s+og\s+Fødevareklagenævnet|Planklagenævnet|Ankestyrelsens\s+Beskæftigelsesudvalg)\b`);
// Any other national authority by its name's ending ("Vejdirektoratet", "Sikkerhedsstyrelsen"); case matters here.
const APPEAL_BODY_OTHER = danishRegex(String.raw`\b\p{Lu}\p{Ll}+(?:direktoratet|styrelsen|nævnet|tilsynet)\b`, 'u');
const APPEAL_WORD = rx(String.raw`\b(?:klage\w*|anke\w*)\b`);
const APPEAL_HOW = rx(String.raw`\b(?:send(?:er|e)?\s+(?:din\s+)?klage\w*\s+til\s+(?:os|kommunen|\S+)|klage\w*\s+(?:skal\s+)?(?:sendes|indgives|gives)|(?:skriftligt|mundtligt)|via\s+(?:borger\.dk|digital\s+post|e-boks|mit\.dk|selvbetjening|klageportalen)|(?:være\s+)?modtaget\s+(?:af|hos)\s+\p{L}+|digital\s+post|borger\.dk|genvurdere\w*|genvurdering|videresend\w*|sender\s+(?:vi\s+)?(?:den|klagen|sagen)\s+videre)\b`);
const APPEAL_DEADLINE = rx(String.raw`\b(?:inden\s+(?:for\s+)?(?:\d+|fire|fem|seks|otte|to|tre)\s+(?:uger|måneder|dage|hverdage)|klagefrist\w*|senest\s+(?:\d+|fire|seks|otte)\s+(?:uger|måneder|dage)|(?:\d+|fire|seks|otte)\s+ugers\s+(?:klage)?frist|frist\w*\s+(?:for\s+at\s+klage\s+)?(?:er\s+)?(?:på\s+)?(?:\d+|fire|fem|seks|otte|to|tre)\s+(?:uger|måneder|dage))\b`);
const DEADLINE_START = rx(String.raw`\b(?:efter,?\s+(?:at\s+)?(?:du\s+har\s+)?(?:modtaget|modtagelsen|fået)|fra\s+(?:den\s+dag|du\s+har\s+modtaget|modtagelsen|du\s+fik|datoen)|regnet\s+fra|fra\s+du\s+modtog)\b`);
const COURT = rx(String.raw`\b(?:domstol\w*|søgsmål\w*|indbringe\w*\s+(?:afgørelsen\s+)?for\s+(?:retten|domstolene)|retten\s+inden)\b`);
const REPRESENTATIVE = rx(String.raw`\b(?:advokat\w*|partsrepræsentant\w*|værge\w*|fuldmagt\w*|bisidder\w*|repræsentant\w*)\b`);
const COPY_TO = rx(String.raw`\b(?:kopi\s+(?:af\s+\S+\s+)?(?:er\s+)?(?:sendt\s+)?til|cc|sendt\s+til\s+(?:din\s+)?(?:advokat|partsrepræsentant|værge|repræsentant)|også\s+sendt\s+til)\b`);
const SIGN_OFF = rx(String.raw`^\s*(?:med\s+venlig\s+hilsen|venlig\s+hilsen|mvh|de\s+bedste\s+hilsner)\s*,?\s*$`);
const AUTOMATED = rx(String.raw`\b(?:systemet\s+har\s+(?:vurderet|besluttet|beregnet\s+og\s+afgjort)|automatisk\w*\s+(?:afgørelse|behandling|genereret)|afgjort\s+automatisk|maskinelt\s+(?:behandlet|afgjort)|denne\s+afgørelse\s+er\s+(?:dannet|genereret)\s+automatisk)\b`);
const UNIT = rx(String.raw`\b(?:afdeling\w*|team\w*|center\w*|enhed\w*|sekretariat\w*|forvaltning\w*|kommune|borgerservice|jobcent\w*|visitation\w*|myndighed\w*|sagsbehandler\w*|socialrådgiver\w*|konsulent\w*|rådgiver\w*|terapeut\w*|leder|chef|specialist)\b`);
const PERSON_NAME = /^\s*\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\.?\p{Ll}*)+\s*$/u;
const DATE_IN_TEXT = rx(String.raw`\b(?:\d{1,2}\.\s?(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{4}|dato\s*:)`);
const AI_NOTICE = rx(String.raw`\b(?:kunstig\s+intelligens|AI|algoritme\w*|maskinlæring|beslutningsstøtte\w*)\b`);
const EXPLANATION_RIGHT = rx(String.raw`\b(?:ret\s+til\s+(?:at\s+få\s+)?(?:en\s+)?forklaring|ret\s+til\s+indsigt|kan\s+bede\s+om\s+(?:en\s+)?forklaring)\b`);

interface Sentence {
  text: string;
}

const check = (id: ChecklistId, status: CheckStatus, message: string, evidence?: string[]): Check => ({
  id,
  status,
  message,
  ...(evidence && evidence.length ? { evidence: evidence.slice(0, 3) } : {}),
});

/** Details of a result often follow it: "Vi har bevilget en badebænk. Den bliver leveret i uge 8." */
const sentenceAfter = (sentences: Sentence[], text: string) => sentences[sentences.findIndex((s) => s.text === text) + 1]?.text ?? '';

const matching = (sentences: Sentence[], pattern: RegExp) => sentences.filter((s) => pattern.test(s.text)).map((s) => s.text);

/**
 * The decision-letter checklist of governance.md §4, run on a letter's text. Every verdict is a heuristic that
 * points at the sentence it rests on; the caseworker makes the final call. A letter that decides nothing
 * (a hearing letter, an acknowledgement) is not an afgørelse: D0 is N/A and so are the checks that only apply
 * to decisions.
 */
export async function decisionChecklist(text: string, opts: ChecklistOptions = {}): Promise<Check[]> {
  const lines = text.split(/\r?\n/);
  const sentences: Sentence[] = sentenceSpans(text).map((s) => ({ text: s.text }));
  const decides = matching(sentences, DECIDES);
  const procedural = matching(sentences, PROCEDURAL);
  const isDecision = decides.length > 0 && !(procedural.length > 0 && decides.every((d) => PROCEDURAL.test(d)));

  const checks: Check[] = [];
  if (isDecision) {
    checks.push(check('D0', 'OK', 'Teksten træffer afgørelse om en parts rettigheder eller pligter; forvaltningslovens krav gælder.', decides));
  } else {
    checks.push(
      check(
        'D0',
        'N/A',
        procedural.length
          ? 'Teksten er et procesledende brev (fx høring, kvittering eller indkaldelse), ikke en afgørelse. Kun sprog og afsender kontrolleres.'
          : 'Teksten ser ikke ud til at træffe afgørelse. Kun sprog og afsender kontrolleres.',
        procedural,
      ),
    );
  }

  const negativeSentences = matching(sentences, NEGATIVE).filter((s) => !APPEAL_WORD.test(s) || RESULT.test(s));
  const negative = negativeSentences.length > 0;
  const resultSentences = matching(sentences, RESULT).filter((s) => !APPEAL_WORD.test(s) || /afslag|bevilg/i.test(s));

  const grants = resultSentences.some((s) => GRANTS.test(s)) || !negative;
  if (isDecision) {
    // D1: the result, and from when, for how long, how much.
    if (!resultSentences.length) checks.push(check('D1', 'MISSING', 'Der er ingen klar sætning om resultatet ("Du får afslag på …", "Vi har bevilget …").'));
    // A plain refusal needs no dates or amounts; whatever is granted (fully or partly) does.
    else if (grants && !resultSentences.some((s) => RESULT_DETAIL.test(s) || RESULT_DETAIL.test(sentenceAfter(sentences, s))))
      checks.push(check('D1', 'WEAK', 'Resultatet fremgår, men ikke fra hvornår, hvor længe eller med hvilket beløb/omfang.', resultSentences));
    else checks.push(check('D1', 'OK', 'Resultatet er tydeligt angivet.', resultSentences));

    // D2: justification whenever the party does not fully get what they asked for (FVL § 22).
    const reasons = matching(sentences, REASONS);
    const hasHeading = lines.some((l) => JUSTIFICATION_HEAD.test(l));
    if (!negative) checks.push(check('D2', 'N/A', 'Parten får fuldt medhold; en begrundelse er ikke påkrævet (forvaltningsloven § 22).'));
    else if (hasHeading || reasons.length >= 2) checks.push(check('D2', 'OK', 'Afgørelsen er begrundet.', reasons));
    else if (reasons.length === 1) checks.push(check('D2', 'WEAK', 'Begrundelsen er kun en enkelt sætning. Forklar, hvorfor ansøgningen ikke kan imødekommes.', reasons));
    else checks.push(check('D2', 'MISSING', 'Afgørelsen giver ikke fuldt medhold, men der er ingen begrundelse (forvaltningsloven § 22).', negativeSentences));

    // D2a: the precise provision, with stk. where the provision has several (FVL § 24, stk. 1).
    const refs = findLawReferences(text);
    const mentionsLawOnly = rx(String.raw`\b(?:serviceloven|barnets\s+lov|lov\s+om\s+\p{L}+|\p{L}+loven)\b`).test(text);
    if (!negative) checks.push(check('D2a', 'N/A', 'Kræves sammen med en begrundelse; parten får fuldt medhold.'));
    else if (!refs.length)
      checks.push(check('D2a', 'MISSING', mentionsLawOnly ? 'Loven nævnes, men ikke den konkrete paragraf og stk. (forvaltningsloven § 24, stk. 1).' : 'Der henvises ikke til de retsregler, afgørelsen bygger på (forvaltningsloven § 24, stk. 1).'));
    else {
      const withSubsection = refs.filter((r) => r.subsection);
      const withoutLaw = refs.filter((r) => !r.law && !r.lawName);
      const checked = opts.laws ? await checkLawReferences(text, opts.laws) : [];
      const needsStk = checked.filter((c) => c.missingSubsection).map((c) => c.reference.text);
      if (withoutLaw.length === refs.length) checks.push(check('D2a', 'WEAK', 'Der står en paragraf, men ikke hvilken lov den er fra.', refs.map((r) => r.text)));
      else if (needsStk.length) checks.push(check('D2a', 'WEAK', 'Paragraffen har flere stykker; angiv det stk., afgørelsen bygger på.', needsStk));
      else if (!withSubsection.length && !opts.laws) checks.push(check('D2a', 'WEAK', 'Paragraffen er nævnt uden stk. Angiv stykket, hvis bestemmelsen har flere.', refs.map((r) => r.text)));
      else checks.push(check('D2a', 'OK', 'Afgørelsen henviser til den konkrete bestemmelse.', refs.map((r) => r.text)));
    }

    // D2b: main considerations behind a discretionary assessment.
    const discretion = matching(sentences, DISCRETION);
    const considerations = matching(sentences, CONSIDERATIONS);
    if (!negative) checks.push(check('D2b', 'N/A', 'Kræves sammen med en begrundelse; parten får fuldt medhold.'));
    else if (!discretion.length) checks.push(check('D2b', 'N/A', 'Afgørelsen ser ikke ud til at bygge på et skøn.'));
    else if (considerations.length) checks.push(check('D2b', 'OK', 'De hovedhensyn, der er lagt vægt på, er nævnt.', considerations));
    else checks.push(check('D2b', 'WEAK', 'Afgørelsen bygger på et skøn, men nævner ikke de hensyn, der var afgørende ("Vi har lagt vægt på …").', discretion));

    // D2c: the facts given weight: at least one concrete fact (a source, a date, a number), not just "we assessed".
    const facts = matching(sentences, FACTS);
    const weighed = matching(sentences, CONSIDERATIONS).filter((s) => /\d/.test(s));
    const concrete = [...new Set([...facts, ...weighed])];
    if (!negative) checks.push(check('D2c', 'N/A', 'Kræves sammen med en begrundelse; parten får fuldt medhold.'));
    else if (concrete.length) checks.push(check('D2c', 'OK', 'De faktiske oplysninger, der er lagt vægt på, er gengivet.', concrete));
    else if (reasons.length) checks.push(check('D2c', 'WEAK', 'Begrundelsen nævner ingen konkrete oplysninger (kilde, dato, målinger). Beskriv de oplysninger, der er lagt vægt på.', reasons));
    else checks.push(check('D2c', 'MISSING', 'Afgørelsen gengiver ikke de faktiske oplysninger, der er lagt vægt på (forvaltningsloven § 24, stk. 2).'));

    // D3/D3a: klagevejledning — appeal body, how, deadline (FVL § 25), and from when the deadline runs.
    const body = sentences.map((s) => s.text).filter((s) => (APPEAL_BODY.test(s) || APPEAL_BODY_OTHER.test(s)) && APPEAL_WORD.test(s));
    const how = matching(sentences, APPEAL_HOW).filter((s) => APPEAL_WORD.test(s) || /genvurder/i.test(s));
    const deadline = matching(sentences, APPEAL_DEADLINE);
    const anyAppeal = matching(sentences, APPEAL_WORD);
    if (!negative) {
      checks.push(check('D3', 'N/A', 'Parten får fuldt medhold; klagevejledning er ikke påkrævet (forvaltningsloven § 25).'));
      checks.push(check('D3a', 'N/A', 'Ingen klagefrist at kontrollere.'));
    } else {
      const missingParts = [!body.length && 'hvem man klager til', !how.length && 'hvordan man klager', !deadline.length && 'klagefristen'].filter(Boolean) as string[];
      const evidence = [...new Set([...body, ...how, ...deadline])];
      if (!missingParts.length) checks.push(check('D3', 'OK', 'Klagevejledningen nævner klageinstans, fremgangsmåde og frist.', evidence));
      else if (missingParts.length === 3 && !anyAppeal.length) checks.push(check('D3', 'MISSING', 'Der er ingen klagevejledning (forvaltningsloven § 25).'));
      else checks.push(check('D3', 'WEAK', `Klagevejledningen mangler: ${missingParts.join(', ')}.`, evidence.length ? evidence : anyAppeal));
      if (!deadline.length) checks.push(check('D3a', 'MISSING', 'Der er ingen klagefrist.'));
      else if (!deadline.some((s) => DEADLINE_START.test(s))) checks.push(check('D3a', 'WEAK', 'Klagefristen er nævnt, men ikke hvornår den begynder at løbe.', deadline));
      else checks.push(check('D3a', 'OK', 'Klagefristen og dens startpunkt er angivet. Kontrollér fristen mod sektorloven.', deadline));
    }

    // D4: only where a statute sets a deadline for going to court; we can only see whether the letter mentions one.
    const court = matching(sentences, COURT);
    checks.push(
      court.length
        ? check('D4', 'OK', 'Brevet nævner adgangen til domstolene.', court)
        : check('D4', 'N/A', 'Kun påkrævet, hvor sektorloven fastsætter en frist for søgsmål. Kontrollér sektorloven.'),
    );

    // D5: partshøring before a negative decision built on facts from elsewhere (FVL § 19).
    const external = matching(sentences, EXTERNAL_FACTS);
    const hearing = matching(sentences, HEARING);
    if (!negative || !external.length) checks.push(check('D5', 'N/A', 'Afgørelsen bygger ikke synligt på oplysninger fra andre, som parten skulle høres over.'));
    else if (hearing.length) checks.push(check('D5', 'OK', 'Brevet viser, at parten er hørt over oplysningerne.', hearing));
    else checks.push(check('D5', 'MISSING', 'Afgørelsen bygger på oplysninger fra andre, men det fremgår ikke, at parten er blevet hørt over dem (forvaltningsloven § 19).', external));

    // D6: notatpligt when the letter relies on something said orally (offentlighedsloven § 13).
    // "Du kan klage mundtligt" is appeal guidance, not information the decision rests on.
    const oral = matching(sentences, ORAL).filter((s) => !APPEAL_WORD.test(s));
    const note = matching(sentences, NOTE);
    if (!oral.length) checks.push(check('D6', 'N/A', 'Brevet bygger ikke på mundtlige oplysninger.'));
    else if (note.length) checks.push(check('D6', 'OK', 'Mundtlige oplysninger er henført til et notat.', note));
    else checks.push(check('D6', 'WEAK', 'Brevet bygger på mundtlige oplysninger; kontrollér, at der er et notat på sagen (offentlighedsloven § 13).', oral));

    // D7: a representative named in the letter must receive it too.
    const representative = matching(sentences, REPRESENTATIVE);
    if (!representative.length) checks.push(check('D7', 'N/A', 'Der er ingen partsrepræsentant nævnt.'));
    else if (COPY_TO.test(text)) checks.push(check('D7', 'OK', 'Partsrepræsentanten får kopi.', representative));
    else checks.push(check('D7', 'WEAK', 'En repræsentant er nævnt, men det fremgår ikke, at vedkommende får brevet.', representative));
  } else {
    for (const id of DECISION_ONLY) checks.push(check(id, 'N/A', 'Ikke en afgørelse.'));
  }

  // D8: an identifiable human decision-maker and a date.
  const automated = matching(sentences, AUTOMATED);
  const signOff = lines.findIndex((l) => SIGN_OFF.test(l));
  const after = signOff >= 0 ? lines.slice(signOff + 1, signOff + 6).filter((l) => l.trim()) : [];
  const named = after.some((l) => PERSON_NAME.test(l));
  // Any other line under the sign-off names where the letter comes from ("Hjemmeplejen", "Sagsbehandler, Team Syd").
  const unit = after.some((l) => UNIT.test(l) || (!PERSON_NAME.test(l) && /\p{L}{3,}/u.test(l)));
  const dated = DATE_IN_TEXT.test(text);
  // A decision needs an identifiable human who made it; any other letter may come from a named unit.
  const identified = isDecision ? named && unit : named || unit;
  if (automated.length) checks.push(check('D8', 'MISSING', 'Brevet siger, at et system har truffet afgørelsen. En navngiven medarbejder skal stå for afgørelsen.', automated));
  else if (signOff < 0 || (!named && !unit)) checks.push(check('D8', 'MISSING', 'Brevet har ingen underskrift med navn eller enhed.'));
  else if (!identified || !dated)
    checks.push(check('D8', 'WEAK', `Afsenderen er ikke fuldt identificerbar: ${[!named && 'navn', isDecision && !unit && 'enhed/titel', !dated && 'dato'].filter(Boolean).join(', ')} mangler.`, after));
  else checks.push(check('D8', 'OK', isDecision ? 'Brevet er underskrevet af en navngiven medarbejder og dateret.' : 'Afsenderen er angivet, og brevet er dateret.', after));

  if (isDecision) {
    // D9: AI transparency for Annex III (T4) use cases only.
    const index = checks.findIndex((c) => c.id === 'D9');
    const d9 = aiTransparencyCheck(text, opts.tier);
    if (index >= 0) checks[index] = d9;
    else checks.push(d9);
  }

  checks.push(plainLanguageCheck(text));
  checks.push(await consistencyCheck(text, opts.laws, negative, resultSentences));
  return CHECKLIST_IDS.map((id) => checks.find((c) => c.id === id)!).filter(Boolean);
}

export function aiTransparencyCheck(text: string, tier: string | null | undefined): Check {
  if (tier !== 'T4') return check('D9', 'N/A', 'Kun påkrævet for anvendelsestilfælde i risikoklasse T4 (højrisiko).');
  return AI_NOTICE.test(text) && EXPLANATION_RIGHT.test(text)
    ? check('D9', 'OK', 'Brevet oplyser om AI-støtte og retten til en forklaring.')
    : check('D9', 'MISSING', 'Sagen er støttet af et højrisiko-AI-system: brevet skal oplyse om det og om retten til en forklaring (AI-forordningen art. 26, stk. 11, og art. 86).');
}

const LONG_SENTENCE_WORDS = 25;

function plainLanguageCheck(text: string): Check {
  const score = lix(text);
  const long = sentenceSpans(text).filter((s) => words(s.text).length > LONG_SENTENCE_WORDS);
  const message = `LIX ${score.lix}; ${long.length} ${long.length === 1 ? 'sætning' : 'sætninger'} over ${LONG_SENTENCE_WORDS} ord.`;
  if (score.lix <= 45 && long.length <= 2) return check('D10', 'OK', `Sproget er forståeligt (${message})`);
  return check('D10', 'WEAK', `Sproget er tungt (${message}) Skriv kortere sætninger og brug hverdagsord.`, long.map((s) => s.text));
}

async function consistencyCheck(text: string, laws: LawLibrary | undefined, negative: boolean, results: string[]): Promise<Check> {
  const granted = results.filter((s) => /bevilg|godkend|får\s+(?!ikke)/i.test(s) && !NEGATIVE.test(s));
  const refused = results.filter((s) => NEGATIVE.test(s));
  if (granted.length && refused.length && !/delvis|delvist|kun/i.test(text)) {
    return check('D11', 'WEAK', 'Brevet både bevilger og giver afslag uden at sige, at det er en delvis bevilling.', [...granted, ...refused]);
  }
  if (!laws) return check('D11', negative || results.length ? 'OK' : 'N/A', 'Resultat og begrundelse modsiger ikke hinanden. Henvisningerne er ikke kontrolleret mod lovsamlingen.');
  const checked = await checkLawReferences(text, laws);
  const stale = checked.filter((c) => c.status === 'moved' || c.status === 'repealed' || c.status === 'not_found');
  if (stale.length) return check('D11', 'WEAK', stale.map((c) => c.message).join(' '), stale.map((c) => c.reference.text));
  if (checked.length && checked.every((c) => c.status === 'unknown_law')) {
    return check('D11', 'OK', 'Resultat og begrundelse modsiger ikke hinanden. Henvisningerne kunne ikke kontrolleres: lovene findes ikke i vidensbanken.');
  }
  return check('D11', 'OK', checked.length ? 'De citerede bestemmelser findes i den gældende lov, og resultatet hænger sammen.' : 'Resultat og begrundelse modsiger ikke hinanden.');
}
