/**
 * A separate process for the atomicity test: ingests a large document and reports each written batch
 * on stdout, so the test can kill it in the middle of the transaction. Arguments: data dir, database URL.
 */
import { createApp } from '../../app.ts';
import { cliOperator, parseConfig } from '../../kernel/index.ts';
import { ingestDocument } from '../index.ts';

const [dataDir, databaseUrl] = process.argv.slice(2);
const app = await createApp(parseConfig({ KAI_DATA_DIR: dataDir, KAI_DATABASE_URL: databaseUrl || undefined }));
const sections = Array.from({ length: 4000 }, (_, i) => `## Afsnit ${i}\n\nRetningslinje nummer ${i} om sagsbehandling og journalisering.\n`);
await ingestDocument(app.db, cliOperator, { fileName: 'stor.md', bytes: Buffer.from(`# Stor håndbog\n\n${sections.join('\n')}`) }, {
  onProgress: ({ chunksWritten }) => process.stdout.write(`written ${chunksWritten}\n`),
});
process.stdout.write('committed\n');
await app.close();
