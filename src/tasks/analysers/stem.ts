import { createRequire } from 'node:module';

interface Stemmer {
  stem(word: string): string;
}

// The package is CommonJS without types; this is the whole surface we use.
const snowball = createRequire(import.meta.url)('snowball-stemmers') as { newStemmer(language: string): Stemmer };
const danish = snowball.newStemmer('danish');

/** Danish Snowball stem of a lower-cased word: "afgørelsen" and "afgørelser" both become "afgør". */
export const stem = (word: string): string => danish.stem(word.toLowerCase());
