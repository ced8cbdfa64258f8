/**
 * The rules and controls of governance.md §2, each with the legal or strategic anchor it rests on.
 * Titles are Danish because they reach users and the public register as they are.
 */
export const RULES = {
  R01: { title: 'Forbudt AI-praksis', source: 'AI-forordningen art. 5, stk. 1, litra c, d, f og g' },
  R02: { title: 'Afgørelser om enkeltpersoner må ikke træffes automatisk', source: 'GDPR art. 22, stk. 1-2; forvaltningsloven § 2' },
  R03: { title: 'Særlige kategorier i automatiske afgørelser', source: 'GDPR art. 22, stk. 4' },
  R04: { title: 'Sager med afgørelse kræver en menneskelig beslutningstager', source: 'Forvaltningsloven § 2; GDPR art. 22' },
  R05: { title: 'Hjemmel til behandling af personoplysninger i drift', source: 'Datatilsynet j.nr. 2023-212-0015; GDPR art. 6, stk. 1, litra e, og stk. 3' },
  R06: { title: 'Følsomme oplysninger, strafbare forhold, børn og CPR-numre', source: 'GDPR art. 9 og 10; databeskyttelsesloven §§ 8 og 11' },
  R07: { title: 'Konsekvensanalyse (DPIA) før behandling med høj risiko', source: 'GDPR art. 35, stk. 1 og 3' },
  R08: { title: 'Højrisiko-område efter AI-forordningens bilag III', source: 'AI-forordningen art. 6 og bilag III' },
  R09: { title: 'Profilering af personer i et højrisiko-område', source: 'AI-forordningen art. 6, stk. 3, sidste afsnit; GDPR art. 4, nr. 4' },
  R10: { title: 'Borgervendt AI skal oplyse, at det er AI', source: 'AI-forordningen art. 50, stk. 1 og 5' },
  R11: { title: 'Tekster til offentligheden om emner af offentlig interesse', source: 'AI-forordningen art. 50, stk. 4' },
  R12: { title: 'Syntetiske billeder, lyd og video', source: 'AI-forordningen art. 50, stk. 4; platformens egen regel om rigtige personer' },
  R13: { title: 'AI-kompetencer hos brugeren', source: 'AI-forordningen art. 4' },
  R14: { title: 'Logning af anvendelsen', source: 'AI-forordningen art. 26, stk. 6' },
  R15: { title: 'Offentliggjort registrering før drift', source: 'Algoritmeregister-standarden; ATRS; strategiens centrale standarder' },
  R16: { title: 'Business case før drift og dokumenteret effekt før skalering', source: 'Frederiksberg Kommunes AI-strategi 2025, principper' },
  R17: { title: 'Data i idé- og pilotfasen', source: 'Datatilsynet j.nr. 2023-212-0015' },
  R18: { title: 'AI om medarbejdere og rekruttering', source: 'AI-forordningen bilag III, nr. 4, og art. 26, stk. 7' },
  R19: { title: 'Børn og familier', source: 'Strategiens højrisikoliste (støtte til børn); GDPR art. 9' },
  R20: { title: 'Offentlige AI-tjenester til forbrugere', source: 'Datatilsynets sikkerhedstip 22-03-2024; KL\'s vejledning om generativ AI' },
  R21: { title: 'CPR-numre', source: 'Databeskyttelsesloven § 11' },
  R22: { title: 'Juridiske vurderinger', source: 'Strategiens højrisikoliste; forvaltningsloven § 24' },
  R23: { title: 'Afgørelsesbreve', source: 'Forvaltningsloven §§ 22, 24 og 25' },
  R24: { title: 'Intern opgave med lav risiko', source: 'Frederiksberg Kommunes AI-strategi 2025, risikomatricen' },
  R25: { title: 'Ikke klassificeret', source: 'Strategiens princip om juridisk og etisk vurdering fra start' },
} as const;

export type RuleId = keyof typeof RULES;
export const RULE_IDS = Object.keys(RULES) as RuleId[];

export const CONTROLS = {
  C01: { title: 'Registrering med de felter, risikoniveauet kræver; offentliggjort før drift fra T2', source: 'Algoritmeregister 1.0; ATRS' },
  C02: { title: 'Tydelig oplysning til borgeren om, at der er tale om AI', source: 'AI-forordningen art. 50, stk. 1 og 5' },
  C03: { title: 'AI-mærkning, medmindre en navngiven redaktør godkender teksten', source: 'AI-forordningen art. 50, stk. 4' },
  C04: { title: 'Et menneske træffer afgørelsen og kan tilsidesætte forslaget; output vises som udkast', source: 'GDPR art. 22, stk. 1; AI-forordningen art. 26, stk. 2' },
  C05: { title: 'Revisionslog over brug, model og beslutningstager', source: 'AI-forordningen art. 26, stk. 6' },
  C06: { title: 'Godkendt konsekvensanalyse (DPIA) før behandling', source: 'GDPR art. 35' },
  C07: { title: 'Konsekvensanalyse for grundlæggende rettigheder (FRIA) før første brug', source: 'AI-forordningen art. 27' },
  C08: { title: 'Dokumenteret hjemmel for hver fase, herunder supplerende national hjemmel i drift', source: 'Datatilsynet j.nr. 2023-212-0015' },
  C09: { title: 'AI-kompetencer: grundkursus for alle, rollebaseret træning ved T3 og T4', source: 'AI-forordningen art. 4' },
  C10: { title: 'Berørte personer informeres om højrisiko-AI og retten til en forklaring', source: 'AI-forordningen art. 26, stk. 11, og art. 86' },
  C11: { title: 'Tjekliste for afgørelsesbreve skal bestås, før et udkast sendes', source: 'Forvaltningsloven §§ 22, 24 og 25' },
  C12: { title: 'Partshøring: marker oplysninger til ugunst for parten', source: 'Forvaltningsloven § 19 og § 20, stk. 2' },
  C13: { title: 'Journalisering: AI-output, der indgår i en sag, journaliseres og kontrolleres af sagsbehandleren', source: 'Offentlighedsloven § 13' },
  C14: { title: 'CPR-numre og unødvendige identifikatorer maskeres før behandling (dataminimering)', source: 'Databeskyttelsesloven § 11; GDPR art. 5, stk. 1, litra c' },
  C15: { title: 'Personoplysninger kun til godkendte modeller (egen drift eller EU-databehandler med aftale)', source: 'Datatilsynets sikkerhedstip 22-03-2024' },
  C16: { title: 'Business case med forventet gevinst og driftsomkostninger', source: 'Frederiksberg Kommunes AI-strategi 2025' },
  C17: { title: 'Afgrænset pilot; skalering først efter dokumenteret effekt', source: 'Frederiksberg Kommunes AI-strategi 2025' },
  C18: { title: 'Test for skævhed og repræsentativitet', source: 'AI-forordningen art. 26, stk. 4' },
  C19: { title: 'Uafhængig gennemgang med offentliggjort resumé', source: 'Canadas Algorithmic Impact Assessment, peer review' },
  C20: { title: 'Overvågning med nødstop og indberetning ved alvorlige hændelser', source: 'AI-forordningen art. 26, stk. 5' },
  C21: { title: 'Medarbejdere og deres repræsentanter informeres før brug', source: 'AI-forordningen art. 26, stk. 7' },
  C22: { title: 'Registrering i EU-databasen for højrisiko-AI', source: 'AI-forordningen art. 26, stk. 8, og art. 49' },
  C23: { title: 'Manuel reserveproces uden AI', source: 'Canadas Algorithmic Impact Assessment' },
  C24: { title: 'Borgerchat giver kun generel vejledning og henviser til en sagsbehandler', source: 'Forvaltningsloven § 7; GDPR art. 22' },
  C25: { title: 'Revisionsdato på registreringen (som standard 12 måneder)', source: 'Algoritmeregister-standarden, revision_date' },
} as const;

export type ControlId = keyof typeof CONTROLS;
export const CONTROL_IDS = Object.keys(CONTROLS) as ControlId[];

/** Rules and controls as lists, for the UI and the API. */
export const policyCatalogue = () => ({
  rules: RULE_IDS.map((id) => ({ id, ...RULES[id] })),
  controls: CONTROL_IDS.map((id) => ({ id, ...CONTROLS[id] })),
});
