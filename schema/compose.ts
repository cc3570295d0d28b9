import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertNodeVersion } from '../subgraphs/common/runtime/assertNodeVersion.js';
import { composeSchemaFiles } from './composeSchema.js';

assertNodeVersion();
const directory = fileURLToPath(new URL('.', import.meta.url));
const files = await composeSchemaFiles();
for (const [name, content] of Object.entries(files)) {
  await mkdir(path.dirname(`${directory}${name}`), { recursive: true });
  await writeFile(`${directory}${name}`, content);
  console.log(`wrote schema/${name}`);
}
