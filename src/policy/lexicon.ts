import { compileTerms } from './text-match.ts';

/**
 * The words the request gate listens for, Danish and English. `*` marks a stem. Each list is one concept
 * the detectors combine; lists are kept narrow on purpose, because the detectors need two or three of
 * them together before they act.
 */
const terms = (...t: string[]) => compileTerms(t);

// Words that may open a clause before an instruction without changing it ("og send", "venligst afgør").
export const FILLER = terms('og', 'så', 'samt', 'derefter', 'bagefter', 'herefter', 'venligst', 'lige', 'nu', 'også', 'and', 'then', 'please', 'also', 'now', 'just');
// An instruction to the assistant: "kan du afgøre", "du skal afgøre", "jeg vil have dig til at afgøre", "help me decide".
export const ADDRESSEE = terms('du', 'you', 'dig til at', 'you to', 'med at', 'help me', 'du skal', 'du bedes', 'you must', 'you should');
export const FIRST_PERSON = terms('jeg', 'vi', 'i', 'we', 'kommunen', 'sagsbehandleren', 'caseworker');

// --- decisions about individuals (R02, R04, R23) ---
export const DECIDE_WHETHER_VERB = terms('afgør', 'afgøre', 'vurder', 'vurdere', 'bedøm', 'bedømme', 'bestem', 'bestemme', 'beslut', 'beslutte', 'afklar', 'afklare', 'find ud af', 'tjek', 'tjekke', 'undersøg', 'decide', 'determine', 'assess', 'evaluate', 'judge', 'work out', 'figure out', 'check');
export const WHETHER = terms('om', 'hvorvidt', 'whether', 'if');
export const ELIGIBILITY = terms(
  'berettiget*', 'ret til', 'retten til', 'krav på', 'opfylder', 'opfylde', 'betingelserne', 'skal have', 'bør have', 'kan få', 'skal få', 'bør få', 'skal modtage',
  'anbringes', 'anbragt', 'bevilges', 'bevilget', 'godkendes', 'afslag', 'tilbagebetale', 'frakendes', 'nedsættes', 'sanktioneres', 'miste', 'stoppes', 'fratages',
  'eligible', 'eligibility', 'entitled', 'qualif*', 'should get', 'should receive', 'be granted', 'be approved', 'be placed', 'be removed', 'be refused', 'be sanctioned', 'should be',
);
export const DECIDE_OBJECT_DIRECT = terms('sagen', 'ansøgningen', 'klagen', 'ansøgningerne', 'sagerne', 'the case', 'the application', 'the claim', 'the appeal', 'this case', 'this application');
export const GRANT_VERB = terms('bevilg', 'bevilge', 'afslå', 'afvis', 'afvise', 'godkend', 'godkende', 'tildel', 'tildele', 'fratag', 'fratage', 'nedsæt', 'nedsætte', 'sanktioner', 'approve', 'reject', 'deny', 'grant', 'refuse', 'award', 'revoke', 'decline');
export const BENEFIT_OBJECT = terms(
  'ansøgning*', 'hjælp*', 'ydelse*', 'støtte*', 'tilskud*', 'bevilling*', 'boligstøtte*', 'kontanthjælp*', 'enkeltudgift*', 'hjælpemiddel*', 'hjælpemidler*',
  'friplads*', 'dispensation*', 'tilladelse*', 'byggetilladelse*', 'pension*', 'dagpenge*', 'sygedagpenge*', 'handicapbil*', 'merudgift*', 'tabt arbejdsfortjeneste',
  'hjemmehjælp*', 'plejebolig*', 'botilbud*', 'ledsagelse*', 'kørsel*', 'tandbehandling*',
  'ham', 'hende', 'mig', 'os', 'mor', 'far', 'borger*', 'familie*', 'barnet', 'ansøger*',
  'application*', 'benefit*', 'claim*', 'permit*', 'him', 'me', 'us', 'allowance*', 'support', 'aid', 'assistance',
);
export const DECISION_NOUN = terms('afgørelse', 'afgørelsen', 'afgørelser', 'beslutning', 'beslutningen', 'decision', 'the decision', 'a decision');
export const TAKE_VERB = terms('træf', 'træffe', 'tag', 'tage', 'make', 'take');
export const TAKE_POSITION = terms('stilling');
export const GIVE_VERB = terms('giv', 'give', 'send', 'sende', 'udsted', 'issue');
export const DECISION_OUTCOME = terms('afslag*', 'afgørelse*', 'bevilling*', 'tilsagn*', 'refusal', 'rejection', 'approval');
export const PAY_OUT = terms('udbetal', 'udbetale', 'beregn og udbetal', 'calculate and pay', 'pay out', 'pay');
export const STOP_VERB = terms('stop', 'stands', 'standse', 'ophør', 'suspend', 'stop paying');
export const AUTOMATIC = terms('automatisk', 'automatiseret', 'automatically', 'automatic', 'uden menneske*', 'without human*', 'without a human');

// A human has made the decision already: the assistant only drafts.
export const HUMAN_DONE_VERB = terms(
  'givet', 'truffet', 'besluttet', 'bevilget', 'afslået', 'afvist', 'godkendt', 'afgjort', 'vurderet', 'fundet',
  'decided', 'refused', 'rejected', 'approved', 'granted', 'made', 'denied', 'determined',
);
export const HAVE = terms('har', 'have', 'has', 've');
export const MY = terms('min', 'mit', 'mine', 'vores', 'my', 'our');
export const MY_DECISION = terms('afgørelse', 'beslutning', 'begrundelse', 'vurdering', 'decision', 'reasoning', 'assessment', 'justification');

// Indirect phrasing: "Er borgeren berettiget …?", "Skal vi give hende afslag?", "Should she get …?"
export const QUESTION_VERB = terms('er', 'har', 'skal', 'bør', 'kan', 'får', 'vil', 'is', 'are', 'has', 'does', 'should', 'can', 'could', 'will', 'would');
export const INDIVIDUAL = terms(
  'borgeren', 'borgerens', 'ansøgeren', 'ansøgerens', 'han', 'hun', 'ham', 'hende', 'familien', 'husstanden', 'barnet', 'eleven', 'personen', 'klienten', 'patienten',
  'beboeren', 'lejeren', 'moderen', 'faderen', 'mor', 'far', 'forældrene', 'drengen', 'pigen', 'kvinden', 'manden', 'parret', 'vedkommende', 'den ledige', 'modtageren', 'medarbejderen',
  'he', 'she', 'the applicant', 'the citizen', 'the family', 'the child', 'the claimant', 'the tenant', 'the client', 'the employee', 'this person',
);
// "Kan hun få …", "does he get …": receiving a benefit, in a question about someone.
export const GET = terms('få', 'have', 'modtage', 'beholde', 'get', 'receive', 'keep');
export const WE_DECIDE_VERB = terms('bevilge', 'give', 'godkende', 'afvise', 'afslå', 'anbringe', 'tildele', 'udbetale', 'stoppe', 'fratage', 'nedsætte', 'approve', 'grant', 'reject', 'refuse', 'deny', 'place', 'pay', 'give');
export const WHICH_DECISION = terms('hvilken afgørelse', 'hvad skal afgørelsen', 'hvad bliver afgørelsen', 'hvad bliver udfaldet', 'hvad skal vi afgøre', 'hvad skal jeg afgøre', 'what decision', 'what should we decide', 'what should i decide', 'how should we decide', 'hvordan skal vi afgøre', 'hvordan skal sagen afgøres');

// Decision letters and case work (R04, R13, R23).
export const DRAFT_VERB = terms('skriv', 'skrive', 'lav', 'lave', 'udarbejd', 'udarbejde', 'formuler', 'formulere', 'forfat', 'draft', 'write', 'compose', 'prepare', 'udkast*', 'generer', 'generate', 'create', 'producer');
export const DECISION_LETTER = terms('afgørelsesbrev*', 'afgørelse*', 'afslag*', 'bevilling*', 'afslagsbrev*', 'decision letter', 'refusal letter', 'decision', 'brev om afslag');
export const REVIEW_VERB = terms('gennemgå', 'gennemgaa', 'tjek', 'kontroller', 'korrekturlæs', 'find mangler', 'mangler', 'review', 'proofread', 'check', 'forbedr');
// A specific case: its file, its number, its documents. Enough on its own to make the request case work.
export const CASE_SPECIFIC = terms(
  'sagsakt*', 'journalnotat*', 'journal', 'journalen', 'ansøgningen', 'ansøgningerne', 'byggesager', 'byggesagen', 'klagesag*', 'partshøringssvar*', 'indsigelse*', 'indsigelserne',
  'sag nr', 'i sagen', 'i sag', 'den vedhæftede sag', 'sagens', 'sagen', 'tilsynssag*', 'handleplan*', 'børnefaglig*', 'jobcentret', 'afgørelsen', 'afslaget', 'bevillingen',
  'the case', 'case file', 'this case', 'the application',
);
// Words of case law in general: case work only together with drafting, reviewing or a person.
export const CASE_GENERIC = terms('afgørelse*', 'afslag*', 'bevilling*', 'partshøring*', 'klagevejledning*', 'tilbagebetal*', 'ansøgning*', 'klage*', 'byggetilladelse*', 'decision*', 'application*', 'appeal*', 'complaint*');
export const TRANSLATE_VERB = terms('oversæt', 'oversætte', 'omskriv', 'omskrive', 'forenkl', 'translate', 'rewrite', 'simplify');
export const PREPARE_VERB = terms('opsummer', 'opsummere', 'resumer', 'resume', 'sammenfat', 'sammenfatte', 'udtræk', 'overblik', 'oversigt', 'summarise', 'summarize', 'extract', 'summary', 'find de vigtigste');
export const PROCEDURAL_VERB = terms('sorter', 'sortér', 'sortere', 'klassificer', 'klassificere', 'kategoriser', 'kategorisere', 'marker', 'markere', 'fordel', 'fordele', 'journaliser', 'sort', 'classify', 'categorise', 'categorize', 'flag', 'label', 'route');
export const NOTE_OF_MEETING = terms('referat*', 'notat*', 'journalnotat*', 'mødereferat*', 'samtale*', 'minutes', 'note of', 'case note*');
export const RECORDING = terms('optagelse*', 'lydfil*', 'diktat*', 'recording', 'transcript*', 'transskri*');

// --- profiling, ranking, matching (R05, R07, R08, R09, R18) ---
export const WAITING_LIST = terms('venteliste*', 'ventelisten', 'waiting list*');
export const RANK_VERB = terms(
  'ranger*', 'rangordn*', 'rangliste*', 'prioriter*', 'score*', 'risikoscore*', 'risikovurder*', 'scor', 'forudsig*', 'profiler*', 'profilering*', 'segmenter*',
  'udpeg*', 'udvælg*', 'frasorter*', 'point', 'karakter*', 'sandsynlighed*', 'bedst egnede', 'mest egnede', 'mindst egnede', 'match*', 'screen*',
  'rank*', 'predict*', 'profile*', 'likelihood', 'most likely', 'shortlist*', 'best suited', 'risk score*', 'risk rating',
);
export const SORT_VERB = terms('sorter', 'sortér', 'sortere', 'sort', 'order', 'grupper', 'opdel', 'vurder', 'vurdere', 'bedøm', 'bedømme', 'evaluate', 'assess');
export const PERSON_GROUP = terms(
  'borgere', 'borgerne', 'borgernes', 'ledige', 'ledig', 'jobsøgende', 'langtidsledige', 'ansøgere', 'ansøgerne', 'ansøgernes', 'kandidater', 'kandidaterne', 'medarbejdere', 'medarbejderne', 'medarbejdernes',
  'ansatte', 'personalet', 'elever', 'eleverne', 'elevernes', 'familier', 'familierne', 'modtagere', 'modtagerne', 'patienter', 'beboere', 'beboerne', 'lejere', 'klienter', 'børn', 'børnene', 'unge',
  'kontanthjælpsmodtagere', 'ydelsesmodtagere', 'pensionister', 'borger', 'ansøger', 'person*',
  'applicants', 'candidates', 'citizens', 'employees', 'staff', 'workers', 'unemployed', 'jobseekers', 'students', 'pupils', 'tenants', 'families', 'children', 'claimants', 'recipients', 'people', 'residents',
);
export const SELECT_VERB = terms('find', 'identificer', 'identificere', 'udtræk', 'list', 'lav en liste', 'søg', 'fremsøg', 'identify', 'list', 'search', 'spot', 'detect', 'flag');
export const CONTROL_CUE = terms('kontrol*', 'kontroller*', 'snyd*', 'socialt bedrageri', 'bedrageri*', 'svindel*', 'misbrug af ydelse*', 'uberettiget*', 'tilbagebetal*', 'samkør*', 'krydstjek*', 'sammenstil*', 'fraud*', 'investigat*', 'cross-check', 'both');
export const BOTH = terms('både', 'samtidig', 'også har', 'også modtager', 'both', 'and also');
export const BENEFIT_DOMAIN = terms(
  'kontanthjælp*', 'ydelse*', 'boligstøtte*', 'dagpenge*', 'sygedagpenge*', 'pension*', 'førtidspension*', 'enkeltudgift*', 'friplads*', 'tilskud*', 'hjælp til', 'berettiget*',
  'uddannelseshjælp*', 'ressourceforløb*', 'fleksjob*', 'benefit*', 'welfare', 'allowance*', 'social assistance',
);
export const EMPLOYMENT_DOMAIN = terms('ledig*', 'jobcenter*', 'jobcentret', 'jobsøgende', 'langtidsledig*', 'beskæftigelse*', 'arbejdsløs*', 'virksomhed*', 'job*', 'unemploy*', 'jobseeker*', 'employment');
export const RECRUITMENT_DOMAIN = terms('stilling*', 'jobopslag*', 'cv', 'cver', 'cv er', 'cv erne', 'rekruttering*', 'ansættelse*', 'ansætte*', 'jobsamtale*', 'ansøgning*', 'recruit*', 'hiring', 'hire', 'vacancy', 'resume*', 'position', 'job interview*');
export const STAFF_MONITORING = terms('overvåg*', 'produktivitet*', 'effektivitet*', 'præstation*', 'performance', 'monitor*', 'sygefravær*', 'fravær*', 'tastetryk*', 'keystroke*', 'productivity', 'absence*');
export const STAFF = terms('medarbejder*', 'ansatte', 'ansat', 'kollega*', 'personale*', 'employee*', 'staff', 'colleague*', 'worker*');
// A child as the one the data is about ("barnet", "eleven"), not "børn" in general or "børnehave".
export const CHILD_SUBJECT = terms('barn', 'barnet', 'barnets', 'eleven', 'elevens', 'drengen', 'pigen', 'anbring*', 'underretning*', 'plejebarn*', 'mindreårig*', 'spædbarn*', 'sønnen', 'datteren', 'the child', 'the pupil', 'the minor', 'foster child*');
export const CHILD_DOMAIN = terms('barn', 'barnet', 'barnets', 'børn', 'børnene', 'børnenes', 'anbring*', 'underretning*', 'plejefamilie*', 'plejebarn*', 'mindreårig*', 'skolebarn*', 'spædbarn*', 'child', 'children', 'minor', 'minors', 'foster*', 'kid', 'kids');
export const EDUCATION_DOMAIN = terms('optagelse på', 'skoleplads*', 'optag*', 'admission*', 'karakterer', 'eksamen*', 'exam*', 'grades');
export const HOUSING_DOMAIN = terms('boliganvisning*', 'botilbud*', 'venteliste*', 'bolig*', 'housing', 'waiting list');
export const CARE_DOMAIN = terms('visitation*', 'hjemmehjælp*', 'plejebolig*', 'plejehjem*', 'genoptræning*', 'triage', 'nursing', 'home care', 'sundhedsydelse*');

// --- prohibited practices (R01) ---
export const EMOTION = terms('følelse*', 'humør*', 'trivsel*', 'trivselsmål*', 'stemning*', 'stress*', 'glad*', 'vred*', 'ked af det', 'motivation*', 'engagement*', 'emotion*', 'mood*', 'sentiment*', 'wellbeing', 'well-being', 'happiness', 'anger', 'engagement', 'sindsstemning*', 'frustration*');
export const BIOMETRIC_CUE = terms('ansigt*', 'ansigtsudtryk*', 'mimik*', 'stemme*', 'tonefald*', 'kropssprog*', 'video*', 'kamera*', 'webcam*', 'billede*', 'foto*', 'biometri*', 'face*', 'facial', 'voice*', 'camera*', 'body language', 'biometric*', 'teams møde*', 'teams moeder*');
export const WORK_OR_SCHOOL = terms('medarbejder*', 'ansatte', 'ansat', 'kollega*', 'personale*', 'elev*', 'studerende', 'skole*', 'klasse*', 'møde*', 'teams', 'arbejdsplads*', 'employee*', 'staff', 'student*', 'pupil*', 'school*', 'classroom*', 'workplace', 'meeting*');
export const INFER_VERB = terms('analyser*', 'analysere', 'mål', 'måle', 'vurder*', 'aflæs*', 'genkend*', 'registrer*', 'detekter*', 'scor*', 'giv*', 'beregn*', 'analyse', 'analyze', 'measure', 'detect', 'recognise', 'recognize', 'infer', 'read', 'track', 'rate', 'score');
export const SOCIAL_SCORE = terms('social score*', 'socialscore*', 'social scoring', 'borgerscore*', 'adfærdsscore*', 'pålidelighedsscore*', 'troværdighedsscore*', 'social credit', 'citizen score*', 'behaviour score*', 'behavior score*', 'trustworthiness score*');
export const BEHAVIOUR = terms('adfærd*', 'opførsel*', 'sociale medier', 'livsstil*', 'pålidelighed*', 'troværdighed*', 'behaviour*', 'behavior*', 'social media', 'lifestyle', 'trustworth*', 'conduct');
export const SCORE_WORD = terms('score*', 'point*', 'karakter*', 'rating*', 'rate', 'ranger*', 'rank*');
export const SENSITIVE_TRAIT = terms('etnicitet*', 'etnisk*', 'race', 'religion*', 'religiøs*', 'seksuel*', 'politisk*', 'fagforening*', 'ethnicity', 'ethnic', 'sexual orientation', 'political', 'trade union');
export const CRIME = terms('kriminalitet*', 'kriminel*', 'begå kriminalitet', 'recidiv*', 'lovovertræd*', 'crime*', 'criminal*', 'offend*', 'reoffend*');
export const PREDICT = terms('forudsig*', 'risiko*', 'sandsynlighed*', 'tilbøjelig*', 'predict*', 'risk*', 'likely', 'likelihood', 'propensity');

// --- data going out (R20) ---
export const CONSUMER_SERVICE = terms(
  'chatgpt', 'chat gpt', 'openai com', 'gemini', 'bard', 'claude ai', 'perplexity', 'deepseek', 'google translate', 'google oversæt', 'deepl', 'grok', 'character ai',
  'gratis ai*', 'gratis online', 'gratis chatbot*', 'online ai*', 'online chatbot*', 'offentlig ai*', 'offentlige ai*', 'ekstern ai*', 'eksterne ai*', 'privat ai*', 'egen ai', 'min egen chatbot',
  'free ai', 'public ai', 'consumer ai', 'free online', 'online translator', 'gratis oversættelsestjeneste*', 'gratis oversætter*',
);
export const CASE_DATA = terms(
  'sagsakt*', 'journal*', 'cpr*', 'personnummer*', 'helbred*', 'personoplysning*', 'persondata', 'ansøgning*', 'klage*', 'notat*', 'lægeerklæring*', 'attest*', 'diagnose*',
  'borgerens', 'borgernes', 'medarbejderens', 'elevens', 'barnets', 'patientens', 'oplysninger om', 'sagen', 'sager',
  'case file*', 'personal data', 'record*', 'health', 'medical',
);

// --- data categories (R06, R19, R21) ---
export const ART9 = terms(
  'helbred*', 'diagnose*', 'diagnosti*', 'sygdom*', 'syg', 'sygemeld*', 'sygemelding*', 'medicin*', 'misbrug*', 'alkohol*', 'narko*', 'psykiatri*', 'psykisk*', 'psykolog*',
  'depression*', 'angst', 'handicap*', 'funktionsnedsættelse*', 'lægeerklæring*', 'lægeattest*', 'lægens', 'lægen', 'hospital*', 'sygehus*', 'indlæggelse*', 'genoptræning*', 'demens*', 'autisme*',
  'adhd', 'kræft*', 'sclerose*', 'diabetes', 'graviditet*', 'gravid', 'abort*', 'hiv', 'etnisk*', 'etnicitet*', 'religion*', 'religiøs*', 'fagforening*', 'seksuel*', 'homoseksuel*',
  'politisk overbevisning', 'genetisk*', 'biometrisk*', 'helbredsoplysning*',
  'health*', 'medical', 'diagnosis', 'disabilit*', 'illness*', 'medication*', 'mental health', 'psychiatric*', 'addiction*', 'ethnicity', 'religion*', 'trade union', 'sexual orientation', 'pregnan*',
);
export const ART10 = terms('straffeattest*', 'dom', 'dommen', 'dømt', 'domfæld*', 'sigtelse*', 'sigtet', 'straf', 'straffe*', 'strafbar*', 'politianmeldelse*', 'anmeldt til politiet', 'kriminalitet*', 'kriminel*', 'fængsel*', 'fængsl*', 'conviction*', 'convicted', 'criminal record*', 'offence*', 'police report*', 'prison*');
export const CONFIDENTIAL = terms('indkomst*', 'gæld*', 'tjener', 'løn', 'formue*', 'restance*', 'skilsmisse*', 'økonomiske forhold', 'sociale forhold', 'sociale problemer', 'arbejdsløs*', 'kontanthjælp*', 'income', 'debt*', 'salary', 'divorce', 'arrears', 'kr om året', 'kr om maaneden', 'om året', 'om måneden');
export const PERSON_REFERENCE = terms(
  'borgeren', 'borgerens', 'borgere', 'borgerne', 'ansøgeren', 'ansøgerens', 'ansøgerne', 'klienten', 'patienten', 'beboeren', 'eleven', 'elevens', 'barnet', 'barnets', 'forældrene', 'moderen', 'faderen',
  'familien', 'familiens', 'han', 'hun', 'ham', 'hende', 'hans', 'hendes', 'medarbejderen', 'medarbejderens', 'partens', 'parten', 'advokatens', 'ledige', 'jobsøgende', 'kandidaterne', 'ansøgerne', 'borgeres',
  'sagsakt*', 'journalnotat*', 'journalen', 'partshøringssvar*', 'høringssvar*', 'indsigelse*', 'cv', 'cver', 'cv er', 'klagen', 'ansøgningen', 'samtale med', 'vi tjener', 'jeg tjener',
  'the citizen', 'the applicant', 'the client', 'the patient', 'the child', 'the family', 'applicants', 'case file', 'citizens',
);

// --- publication (R11, R12) ---
export const PUBLIC_TEXT = terms(
  'pressemeddelelse*', 'nyhed*', 'nyhedsbrev*', 'debatindlæg*', 'læserbrev*', 'borgermagasin*', 'hjemmeside*', 'facebook*', 'linkedin*', 'instagram*', 'sociale medier', 'opslag til',
  'kronik*', 'artikel', 'artikler', 'annonce*', 'pressemateriale*', 'press release*', 'news article*', 'newsletter*', 'public announcement*', 'social media post*', 'website text', 'op-ed', 'blog post*',
);
export const MEDIA = terms('billede*', 'foto*', 'illustration*', 'video*', 'lydklip*', 'lydfil*', 'stemme*', 'deepfake*', 'image*', 'photo*', 'picture*', 'video*', 'voice*', 'audio', 'avatar*');
export const REAL_PERSON = terms('borgmester*', 'rådmand*', 'rådmanden', 'politiker*', 'direktør*', 'direktøren', 'medarbejder*', 'kollega*', 'minister*', 'statsminister*', 'deepfake*', 'realistisk*', 'ægte person*', 'rigtig person*', 'mayor', 'politician*', 'real person*', 'realistic', 'director', 'colleague*', 'minister');

// --- legal assessments (R22) ---
export const LEGAL_ASSESSMENT = terms(
  'juridisk vurdering*', 'juridiske vurdering*', 'juridisk notat*', 'juridisk analyse*', 'retlig vurdering*', 'retlige vurdering*', 'vurder juridisk*', 'juridisk holdbar*',
  'er det lovligt', 'er det ulovligt', 'kan vi lovligt', 'har vi hjemmel', 'er der hjemmel', 'lovligheden',
  'legal assessment*', 'legal opinion*', 'legal analysis', 'is it lawful', 'is it legal', 'legal basis for', 'lawfulness',
);
export const RECLAIM = terms('tilbagebetal*', 'tilbagesøg*', 'tilbagekræv*', 'reclaim*', 'repay*', 'recover*');
export const CPR_WORD = terms('cpr*', 'personnummer*', 'personnr');
