import * as L from './lexicon.ts';
import type { DataCategory, DecisionRole, Domain, ProhibitedPractice } from './schemas.ts';
import { type CompiledTerm, TermIndex, type Token, tokenise } from './text-match.ts';

export type ProfilingArea = 'recruitment' | 'staff' | 'employment' | 'benefits' | 'children' | 'education' | 'housing' | 'care' | 'other';

/** What the detectors found in a request. Only facts about the request's kind, never its words. */
export interface RequestSignals {
  prohibited: ProhibitedPractice | null;
  /** The assistant is asked to make (or effectively make) a decision about an individual. */
  decisionAsked: boolean;
  /** The request says a human has already decided. */
  humanDecided: boolean;
  /** "Har jeg ret til …?": a person asking about their own entitlement. */
  ownEntitlementQuestion: boolean;
  /** "Er borgeren berettiget …?": a question whose answer would decide someone's case. */
  entitlementQuestion: boolean;
  profiling: ProfilingArea | null;
  dataMatching: boolean;
  consumerService: boolean;
  consumerServiceWithData: boolean;
  publicText: boolean;
  syntheticMedia: boolean;
  realPersonMedia: boolean;
  legalAssessment: boolean;
  reclaim: boolean;
  decisionCase: boolean;
  decisionLetter: boolean;
  caseNote: boolean;
  role: DecisionRole;
  domains: Domain[];
  categories: DataCategory[];
  personReference: boolean;
}

const CPR = /\b(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}[- ]?(?:\d{4}|[xX*]{4})\b/;
const CASE_NUMBER = /\bsag(?:snr|snummer|s nr)?\.?\s*(?:nr\.?\s*)?\d{2,}[-/]\d+/i;

interface Analysis {
  tokens: Token[];
  ix: TermIndex;
  has(t: readonly CompiledTerm[]): boolean;
  /** Positions of `verbs` used as an instruction to the assistant. */
  directiveHits(verbs: readonly CompiledTerm[]): number[];
}

const ADDRESSEE_TERMS = L.ADDRESSEE.map((t) => [t]);

function analyse(text: string): Analysis {
  const tokens = tokenise(text);
  const ix = new TermIndex(tokens);
  const fillers = new Set(ix.find(L.FILLER));
  const addressees = ADDRESSEE_TERMS.map((terms) => ({ length: terms[0]!.words.length, at: new Set(ix.find(terms)) }));
  /** The word at i opens its clause, or follows "kan du", "du skal", "please" … */
  const directive = (i: number): boolean => {
    const clause = tokens[i]!.clause;
    let k = i - 1;
    while (k >= 0 && tokens[k]!.clause === clause && fillers.has(k)) k--;
    if (k < 0 || tokens[k]!.clause !== clause) return true;
    return addressees.some(({ length, at }) => {
      const start = k - length + 1;
      return start >= 0 && tokens[start]!.clause === clause && at.has(start);
    });
  };
  return { tokens, ix, has: (t) => ix.has(t), directiveHits: (verbs) => ix.find(verbs).filter(directive) };
}

const WORK_VERBS = [...L.DRAFT_VERB, ...L.REVIEW_VERB, ...L.PREPARE_VERB, ...L.PROCEDURAL_VERB, ...L.TRANSLATE_VERB];
const INSTRUCTION_MAX = 400;

/**
 * When a request is an instruction plus pasted material ("Opsummer dette notat: …", or a letter followed by
 * "Find mangler i ovenstående"), the instruction alone says what is asked; the material only says which data
 * is involved. A question quoted in a note ("Kan hun få hjælp?") is not a question to the assistant.
 */
function instructionOf(text: string): string | null {
  const isInstruction = (part: string) => part.trim().length > 0 && analyse(part).directiveHits(WORK_VERBS).length > 0;
  const head = /^([^\n:]{1,400}?)(?::\s|\n)/u.exec(text);
  if (head && text.length - head[0].length > 0 && isInstruction(head[1]!)) return head[1]!;
  const paragraphs = text.split(/\n\s*\n/);
  const last = paragraphs[paragraphs.length - 1]!;
  if (paragraphs.length > 1 && last.length <= INSTRUCTION_MAX && isInstruction(last)) return last;
  return null;
}

export function detectSignals(text: string): RequestSignals {
  const whole = analyse(text);
  const instruction = instructionOf(text);
  // What is asked is read from the instruction; which data and which case, from the whole text.
  const req = instruction === null ? whole : analyse(instruction);
  const { ix, tokens } = req;
  const has = req.has;
  const directiveHits = req.directiveHits;
  const all = whole.has;

  // --- a human has already decided ---
  const w = whole.ix;
  const humanDecided =
    w.find(L.HAVE).some((i) => w.before(i, L.FIRST_PERSON, 2) && w.near(i, L.HUMAN_DONE_VERB, 3)) ||
    w.find(L.MY).some((i) => w.near(i, L.MY_DECISION, 3)) ||
    w.find(L.DECISION_NOUN).some((i) => w.near(i, L.HUMAN_DONE_VERB, 3));

  // --- decisions asked of the assistant (R02) ---
  const decideWhether = directiveHits(L.DECIDE_WHETHER_VERB).some(
    (i) => (ix.near(i, L.WHETHER, 6) && ix.near(i, L.ELIGIBILITY, 20)) || ix.near(i, L.DECIDE_OBJECT_DIRECT, 2),
  );
  const grant = directiveHits(L.GRANT_VERB).some((i) => ix.near(i, L.BENEFIT_OBJECT, 6));
  const take = directiveHits(L.TAKE_VERB).some(
    (i) => ix.near(i, L.DECISION_NOUN, 3) || (ix.near(i, L.TAKE_POSITION, 1) && (ix.near(i, L.ELIGIBILITY, 20) || ix.near(i, L.DECIDE_OBJECT_DIRECT, 4))),
  );
  const give = directiveHits(L.GIVE_VERB).some((i) => ix.near(i, L.DECISION_OUTCOME, 3) && !ix.near(i, L.DRAFT_VERB, 2));
  const pay = directiveHits(L.PAY_OUT).some((i) => ix.near(i, L.BENEFIT_OBJECT, 6) || ix.near(i, L.BENEFIT_DOMAIN, 6));
  const stop = directiveHits(L.STOP_VERB).some((i) => ix.near(i, L.BENEFIT_DOMAIN, 4));
  const automatic = ix.cooccur(L.AUTOMATIC, [...L.DECISION_OUTCOME, ...L.GRANT_VERB, ...L.PAY_OUT, ...L.DECIDE_WHETHER_VERB], 6);

  // Indirect: "Er borgeren berettiget …?", "Skal vi give hende afslag?", "Hvilken afgørelse skal vi træffe?"
  let ownEntitlementQuestion = false;
  // Only a clause that opens with the verb asks (V1: "Er han …?"); "Derfor er han berettiget" in a pasted letter states.
  const individualQuestion = ix.find(L.QUESTION_VERB).some((i) => {
    const next = tokens[i + 1];
    if (tokens[i]!.inClause !== 0 || !next || next.sentence !== tokens[i]!.sentence) return false;
    const aboutIndividual = ix.near(i, L.INDIVIDUAL, 3) || (next.capital && next.inClause > 0 && tokens[i + 2]?.capital === true);
    const aboutSelf = ix.near(i, L.FIRST_PERSON, 1);
    const receives = ix.near(i, L.GET, 4) && (ix.near(i, L.BENEFIT_OBJECT, 8) || ix.near(i, L.BENEFIT_DOMAIN, 8) || ix.near(i, L.CARE_DOMAIN, 8));
    if (!ix.near(i, L.ELIGIBILITY, 10) && !receives && !(aboutSelf && ix.near(i, L.WE_DECIDE_VERB, 3))) return false;
    if (aboutSelf) {
      const weDecide = ix.near(i, L.WE_DECIDE_VERB, 3) && ix.near(i, L.BENEFIT_OBJECT, 8);
      if (!weDecide) ownEntitlementQuestion = true;
      return weDecide;
    }
    return aboutIndividual;
  });
  const whichDecision = has(L.WHICH_DECISION);

  const decisionAsked = decideWhether || grant || take || pay || stop || automatic || whichDecision || (!humanDecided && give);
  const entitlementQuestion = !decisionAsked && !humanDecided && individualQuestion;

  // --- case work ---
  const decisionLetter = ix.cooccur(L.DRAFT_VERB, L.DECISION_LETTER, 6) || ix.cooccur(L.REVIEW_VERB, L.DECISION_LETTER, 8);
  const caseNote = ix.cooccur(L.DRAFT_VERB, L.NOTE_OF_MEETING, 6) || ix.cooccur(L.NOTE_OF_MEETING, L.RECORDING, 8);
  const workVerb = has(WORK_VERBS);
  const decisionCase = all(L.CASE_SPECIFIC) || CASE_NUMBER.test(text) || decisionLetter || caseNote
    || (all(L.CASE_GENERIC) && (workVerb || all(L.PERSON_REFERENCE) || all(L.INDIVIDUAL)));

  // --- profiling, ranking and matching of people (R09, R18) ---
  const ranksPeople =
    ix.cooccur(L.RANK_VERB, L.PERSON_GROUP, 10) ||
    directiveHits(L.SORT_VERB).some((i) => ix.near(i, L.PERSON_GROUP, 3)) ||
    ix.cooccur(L.SCORE_WORD, L.INDIVIDUAL, 6) ||
    ix.cooccur(L.RANK_VERB, L.WAITING_LIST, 6);
  const selectsPeople = directiveHits(L.SELECT_VERB).some((i) => ix.near(i, L.PERSON_GROUP, 3));
  const dataMatching = selectsPeople && (has(L.CONTROL_CUE) || has(L.BOTH)) && (has(L.BENEFIT_DOMAIN) || has(L.CONTROL_CUE));
  const staffMonitoring = ix.cooccur(L.STAFF, L.STAFF_MONITORING, 8) && (has(L.RANK_VERB) || has(L.INFER_VERB));
  let profiling: ProfilingArea | null = null;
  if (ranksPeople || dataMatching || staffMonitoring) {
    if (all(L.RECRUITMENT_DOMAIN) && (all(L.PERSON_GROUP) || all(L.INDIVIDUAL))) profiling = 'recruitment';
    else if (staffMonitoring || (all(L.STAFF) && !all(L.EMPLOYMENT_DOMAIN))) profiling = 'staff';
    else if (all(L.CHILD_DOMAIN)) profiling = 'children';
    else if (all(L.EMPLOYMENT_DOMAIN)) profiling = 'employment';
    else if (all(L.BENEFIT_DOMAIN)) profiling = 'benefits';
    else if (all(L.EDUCATION_DOMAIN)) profiling = 'education';
    else if (all(L.HOUSING_DOMAIN) || all(L.WAITING_LIST)) profiling = 'housing';
    else if (all(L.CARE_DOMAIN)) profiling = 'care';
    else profiling = 'other';
  }

  // --- prohibited practices (R01) ---
  let prohibited: ProhibitedPractice | null = null;
  if (has(L.SOCIAL_SCORE) || (ix.cooccur(L.SCORE_WORD, L.BEHAVIOUR, 10) && has(L.PERSON_GROUP))) prohibited = 'social_scoring';
  else if (has(L.EMOTION) && has(L.BIOMETRIC_CUE) && has(L.WORK_OR_SCHOOL) && has(L.INFER_VERB)) prohibited = 'emotion_recognition_work_or_school';
  else if (has(L.BIOMETRIC_CUE) && ix.cooccur(L.INFER_VERB, L.SENSITIVE_TRAIT, 10) && (has(L.PERSON_GROUP) || has(L.INDIVIDUAL))) prohibited = 'biometric_categorisation_sensitive';
  else if (ix.cooccur(L.PREDICT, L.CRIME, 8) && (has(L.PERSON_GROUP) || has(L.INDIVIDUAL))) prohibited = 'crime_risk_from_profiling_only';

  // --- data categories ---
  const personReference = all(L.PERSON_REFERENCE) || CPR.test(text);
  const subjectPresent = personReference || decisionCase;
  const categories = new Set<DataCategory>();
  if (personReference) categories.add('personal_ordinary');
  if (CPR.test(text) || (all(L.CPR_WORD) && /\d{6}/.test(text))) categories.add('cpr');
  if (subjectPresent && all(L.ART9)) categories.add('special_art9');
  if (subjectPresent && all(L.ART10)) categories.add('criminal_art10');
  if (subjectPresent && all(L.CONFIDENTIAL)) categories.add('confidential_private');
  if (subjectPresent && all(L.CHILD_SUBJECT)) categories.add('child');

  const consumerService = has(L.CONSUMER_SERVICE);
  const consumerServiceWithData = consumerService && (all(L.CASE_DATA) || categories.size > 0);

  const domains: Domain[] = [];
  if (categories.has('child')) domains.push('children_family');
  if (all(L.BENEFIT_DOMAIN)) domains.push('benefits_eligibility');
  if (all(L.EMPLOYMENT_DOMAIN) && all(L.PERSON_REFERENCE)) domains.push('employment_services');

  let role: DecisionRole = 'information';
  if (decisionAsked) role = 'automated_decision';
  else if (entitlementQuestion) role = 'decision_support';
  else if (has(L.PROCEDURAL_VERB) && decisionCase) role = 'procedural';
  else if (has(L.PREPARE_VERB) && decisionCase) role = 'preparatory';
  else if (has(L.DRAFT_VERB) || has(L.REVIEW_VERB)) role = 'drafting';

  return {
    prohibited,
    decisionAsked,
    humanDecided,
    ownEntitlementQuestion,
    entitlementQuestion,
    profiling,
    dataMatching,
    consumerService,
    consumerServiceWithData,
    publicText: ix.cooccur(L.DRAFT_VERB, L.PUBLIC_TEXT, 8),
    syntheticMedia: ix.cooccur(L.DRAFT_VERB, L.MEDIA, 6),
    realPersonMedia: ix.cooccur(L.DRAFT_VERB, L.MEDIA, 6) && has(L.REAL_PERSON),
    legalAssessment: has(L.LEGAL_ASSESSMENT),
    reclaim: all(L.RECLAIM),
    decisionCase,
    decisionLetter,
    caseNote,
    role,
    domains,
    categories: [...categories],
    personReference,
  };
}
