import type { Config } from '../kernel/index.ts';

/** What every command gets: the parsed configuration (never process.env). */
export interface CliContext {
  config(): Config;
}
