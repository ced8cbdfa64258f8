/**
 * `\b` in JavaScript regular expressions only knows ASCII letters, so it fails next to æ, ø and å
 * ("Økonomiudvalget", "må"). This builds a regex whose `\b` means a boundary between Danish letters or digits
 * and anything else.
 */
export function danishRegex(source: string, flags: string): RegExp {
  // A hyphen between letters joins a compound ("idet-konstruktion"), so it is not a boundary either.
  const boundary = '(?:(?<![\\p{L}\\d]|[\\p{L}\\d]-)(?=[\\p{L}\\d])|(?<=[\\p{L}\\d])(?![\\p{L}\\d]|-[\\p{L}\\d]))';
  return new RegExp(source.replaceAll('\\b', boundary), flags.includes('u') ? flags : `${flags}u`);
}
