import { assertNodeVersion } from '../../common/runtime/assertNodeVersion.js';

assertNodeVersion();

const { printToken } = await import('./printToken.js');

/** `npm run token -- <principal>`: prints a bearer token from the running identity provider (IDENTITY_UPSTREAM_URL). */
const result = await printToken(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
