/** Function words that carry no topic: they are skipped when sentences are scored against each other. */
export const STOPWORDS = new Set(
  `af alle allerede alt andet andre at blev blive bliver da de dem den denne dens der deres det dette dig din dine disse
  du efter eller en end er et for fra fordi få får går gør gøre ham han hans har havde have hende hendes her hos hun hvad
  hvem hver hvilke hvilken hvis hvor hvordan hvorfor i ikke ind indtil jeg jer jo kan kom kommer kun kunne lidt man mange
  med meget men mere mig min mine mod må måske ned noget nogle nok nu når og også om op os over på sammen se selv sig sin
  sine sit skal skulle som så sådan thi til ud under var ved vi vil ville være været vores alene både hele samt mellem
  uden igennem gennem hermed heri derfor dog nemlig altså således ligesom således blot ej ellers`.split(/\s+/),
);
