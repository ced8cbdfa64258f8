export { AppError, type ErrorCode, notFound, forbidden, conflict, invalid } from './errors.ts';
export { newId, newSecret } from './ids.ts';
export { sha256Hex } from './hash.ts';
export { canonicalJson } from './canonical-json.ts';
export { type Clock, systemClock, fixedClock } from './clock.ts';
export { type Actor, Role, ROLES, cliOperator } from './actor.ts';
export { type Config, type OidcConfig, ConfigError, parseConfig, Hosting, HOSTING } from './config.ts';
export { loadMasterSecret, deriveKey } from './secret.ts';
