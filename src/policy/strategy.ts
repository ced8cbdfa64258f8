/**
 * The strategy the platform implements, as readable policy text: Frederiksberg Kommunes AI-strategi 2025,
 * adopted by the city council on 27 January 2025. Its principles and active opt-outs ("Principper" and
 * "Fravalg") are restated here in our own words, each with what the platform does about it.
 */
export interface StrategyDocument {
  id: string;
  organisation: string;
  title: string;
  adoptedAt: string;
  principles: { id: string; text: string; onThePlatform: string }[];
  optOuts: { id: string; text: string; onThePlatform: string }[];
}

export const STRATEGY: StrategyDocument = {
  id: 'frederiksberg-ai-strategi-2025',
  organisation: 'Frederiksberg Kommune',
  title: 'Frederiksberg Kommunes AI-strategi 2025',
  adoptedAt: '2025-01-27',
  principles: [
    { id: 'P1', text: 'Vi får værdi ud af de AI-værktøjer, kommunen allerede har, før vi anskaffer nye.', onThePlatform: 'Én fælles platform for alle forvaltninger, som kan bruge de modeller, kommunen allerede har adgang til.' },
    { id: 'P2', text: 'Vi vælger afprøvede løsninger med dokumenterede gevinster.', onThePlatform: 'En anvendelse kommer kun i drift med en business case (R16), og sparet tid registreres i gevinstregnskabet.' },
    { id: 'P3', text: 'Vi lærer af andre kommuner gennem netværk og partnerskaber.', onThePlatform: 'Registret offentliggøres i et format, der følger den hollandske og den britiske standard, så andre kan sammenligne.' },
    { id: 'P4', text: 'Vi forholder os juridisk og etisk til konsekvenserne, før vi tager teknologien i brug.', onThePlatform: 'Hver anvendelse får et risikoniveau (T0–T4) og de kontroller, niveauet kræver, før den kan komme i pilot eller drift.' },
    { id: 'P5', text: 'Vi bygger et stærkt digitalt fundament, som kan bære AI-løsninger nu og fremover.', onThePlatform: 'Platformen kan selv-hostes, bruger én database og et åbent API til fagsystemer.' },
    { id: 'P6', text: 'Vi starter i det små, når vi afprøver, og skalerer først, når vi har set den faktiske effekt.', onThePlatform: 'Faserne idé → pilot → drift → skalering; skalering kræver dokumenteret effekt af piloten (R16, C17).' },
    { id: 'P7', text: 'Vi klæder medarbejderne på til at bruge teknologien sikkert og forsvarligt.', onThePlatform: 'Kurset i AI-kompetencer skal bestås, før man bruger AI-opgaverne (R13, C09).' },
  ],
  optOuts: [
    { id: 'F1', text: 'Kommunens AI-ressourcer skal ikke primært bruges på at lede efter nye muligheder.', onThePlatform: 'Registret prioriterer anvendelser, der er i pilot eller drift, frem for idéer.' },
    { id: 'F2', text: 'Vi udvikler og indfører ikke nye AI-løsninger, der ikke er afprøvet, eller hvor det er uklart, om der er reelle gevinster.', onThePlatform: 'Drift kræver dokumenteret gevinst og driftsomkostninger i business casen.' },
    { id: 'F3', text: 'Vi er ikke frontløbere på store AI-signaturprojekter, hvor risici og gevinster endnu er uafklarede.', onThePlatform: 'Højrisiko-anvendelser (T4) kræver godkendelse i direktionen, DPO og jurister.' },
    { id: 'F4', text: 'Vi fravælger løsninger, der teknisk er mulige, men hvor de juridiske og etiske konsekvenser er svære at gennemskue – også selvom vi går glip af gevinster.', onThePlatform: 'Forespørgsler om automatiske afgørelser, profilering uden hjemmel og forbudt praksis afvises med begrundelse (R01, R02, R09).' },
    { id: 'F5', text: 'Vi køber ikke AI-løsninger, der ikke passer ind i resten af kommunens it-landskab.', onThePlatform: 'Modeller kobles på gennem ét standard-API; fagsystemer bruger den samme styrede adgang.' },
    { id: 'F6', text: 'Vi starter ikke store projekter alene på grundlag af en økonomisk business case, før vi ved mere.', onThePlatform: 'En pilot er afgrænset, og skalering kræver målt effekt, ikke kun forventet gevinst.' },
    { id: 'F7', text: 'Medarbejderne vælger ikke selv AI-værktøjer og eksperimenterer ikke frit uden fælles standarder og retningslinjer.', onThePlatform: 'Personoplysninger må ikke sendes til offentlige AI-tjenester (R20); al brug går gennem platformens politik og logges.' },
  ],
};
