import type { Config } from '../kernel/index.ts';

/** What every command gets: the configuration, parsed once from the environment at the entry point. */
export interface CliContext {
  config(): Config;
}
