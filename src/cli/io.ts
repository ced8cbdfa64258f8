import { readFileSync } from 'node:fs';

export async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function readInputText(opts: { file?: string }): Promise<string> {
  return opts.file ? readFileSync(opts.file, 'utf8') : readStdin();
}

/** Machine-readable JSON on stdout with --json; otherwise the human rendering. */
export function output(value: unknown, opts: { json?: boolean }, human?: (v: any) => string): void {
  if (opts.json || !human) process.stdout.write(JSON.stringify(value, null, opts.json ? 0 : 2) + '\n');
  else process.stdout.write(human(value) + '\n');
}
