/** The acts the law-reference checker knows by name. Keys match the law bank's file names. */
export const LAW_KEYS = [
  'serviceloven',
  'barnets-lov',
  'forvaltningsloven',
  'offentlighedsloven',
  'retssikkerhedsloven',
  'aktivloven',
  'kommunestyrelsesloven',
  'databeskyttelsesloven',
] as const;
export type LawKey = (typeof LAW_KEYS)[number];

export const LAW_TITLES: Record<LawKey, string> = {
  serviceloven: 'serviceloven (lov om social service)',
  'barnets-lov': 'barnets lov',
  forvaltningsloven: 'forvaltningsloven',
  offentlighedsloven: 'offentlighedsloven',
  retssikkerhedsloven: 'retssikkerhedsloven',
  aktivloven: 'lov om aktiv socialpolitik',
  kommunestyrelsesloven: 'kommunestyrelsesloven',
  databeskyttelsesloven: 'databeskyttelsesloven',
};

// Every way a caseworker writes the act's name, in the nominative and genitive, plus common abbreviations.
const ALIASES: [LawKey, string[]][] = [
  ['serviceloven', ['serviceloven', 'servicelovens', 'lov om social service', 'lov om social services', 'sel', 'servicelov']],
  ['barnets-lov', ['barnets lov', 'barnets lovs', 'bl']],
  ['forvaltningsloven', ['forvaltningsloven', 'forvaltningslovens', 'fvl', 'forvaltningslov']],
  ['offentlighedsloven', ['offentlighedsloven', 'offentlighedslovens', 'ofl', 'lov om offentlighed i forvaltningen']],
  ['retssikkerhedsloven', ['retssikkerhedsloven', 'retssikkerhedslovens', 'rsl', 'lov om retssikkerhed og administration på det sociale område']],
  ['aktivloven', ['aktivloven', 'aktivlovens', 'lov om aktiv socialpolitik', 'lov om aktiv socialpolitiks', 'lasp']],
  ['kommunestyrelsesloven', ['kommunestyrelsesloven', 'kommunestyrelseslovens', 'lov om kommunernes styrelse', 'ksl']],
  ['databeskyttelsesloven', ['databeskyttelsesloven', 'databeskyttelseslovens', 'dbl']],
];

const BY_ALIAS = new Map<string, LawKey>(ALIASES.flatMap(([key, names]) => names.map((n) => [n, key] as [string, LawKey])));

/** Longest names first, so "lov om social service" wins over a shorter overlap. */
export const LAW_NAME_PATTERN = [...BY_ALIAS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replaceAll(' ', '\\s+'))
  .join('|');

export function lawKeyOf(name: string): LawKey | null {
  return BY_ALIAS.get(name.toLowerCase().replace(/\s+/g, ' ').trim()) ?? null;
}
