/** Entry point of `npm run audit:verify` (see runAuditVerify.ts). */
import { assertNodeVersion } from '../subgraphs/common/runtime/assertNodeVersion.js';

assertNodeVersion();

const { runAuditVerify } = await import('./runAuditVerify.js');
process.exitCode = await runAuditVerify(
  process.argv.slice(2),
  process.env,
  (line) => console.log(line),
  (line) => console.error(line),
);
