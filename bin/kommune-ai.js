#!/usr/bin/env node
// The published entry point: TypeScript runs through tsx, so there is no build step to forget.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/main.ts');
await runCli(process.argv, process.env);
