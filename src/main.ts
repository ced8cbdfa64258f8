import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from './app.ts';
import { ensureInitialAdmin } from './access/index.ts';
import { ConfigError, parseConfig } from './kernel/index.ts';
import { buildServer } from './server/index.ts';
import { publishLocalOperator } from './server/local-operator.ts';
import { loadPrivacyModel } from './privacy/index.ts';
import { seedOnFirstStart } from './seed.ts';

/** `npm start`: parse the environment once, open and migrate the database, serve UI and API. */
export async function startServer(env: Record<string, string | undefined>): Promise<void> {
  let config;
  try {
    config = parseConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(err.message + '\n');
      process.exit(78);
    }
    throw err;
  }
  const app = await createApp(config);
  const admin = await ensureInitialAdmin(app.db);
  await seedOnFirstStart(app);
  // The name recogniser's model is read before the first request, not during it.
  loadPrivacyModel();
  const server = await buildServer(app);
  const address = await server.listen({ port: config.port, host: config.host });
  const url = address.replace('0.0.0.0', 'localhost').replace('[::]', 'localhost');
  const operator = app.engine === 'pglite' ? publishLocalOperator(config.dataDir, url) : undefined;
  app.operatorToken = operator?.token;
  if (admin) {
    // The password goes to an owner-readable file, not to stdout, where log collectors would keep it.
    const file = join(config.dataDir, 'initial-admin.txt');
    writeFileSync(file, `brugernavn: ${admin.username}\nadgangskode: ${admin.password}\n`, { mode: 0o600 });
    process.stderr.write(`\nFørste start: log ind på ${url} som "${admin.username}" med adgangskoden i ${file}\n\n`);
  }
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    operator?.remove();
    await server.close();
    await app.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await startServer(process.env);
}
