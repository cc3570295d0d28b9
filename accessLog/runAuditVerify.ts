/**
 * `npm run audit:verify`: reads the access log where the gateway writes it and checks its chain.
 *
 *   npm run audit:verify                       # GATEWAY_ACCESS_LOG_POSTGRES_URL if set, else the file
 *   npm run audit:verify -- --file var/access-log.jsonl
 *   npm run audit:verify -- --postgres postgres://postgres@127.0.0.1:5432/govgraph [--schema s] [--table t]
 *
 * Prints `N records, chain intact, head <hash>` and returns 0, or what is wrong and returns 1
 * (2 for bad arguments).
 */
import { AccessLogFormatError } from './AccessLogFormatError.js';
import { DEFAULT_ACCESS_LOG_FILE } from './accessLogDefaults.js';
import type { AccessLogStore } from './AccessLogStore.js';
import { openAccessLogStore, type AccessLogLocation } from './openAccessLogStore.js';
import { verifyAccessLog } from './verifyAccessLog.js';


const USAGE = 'usage: npm run audit:verify -- [--file PATH | --postgres URL [--schema NAME] [--table NAME]]';

/** Runs the check; returns the process exit code. `print` and `printError` receive whole lines. */
export async function runAuditVerify(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  print: (line: string) => void,
  printError: (line: string) => void,
): Promise<number> {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = inline ?? argv[++i];
    if (!['--file', '--postgres', '--schema', '--table'].includes(name) || !value) {
      printError(`audit:verify: unexpected argument ${JSON.stringify(arg)}\n${USAGE}`);
      return 2;
    }
    flags.set(name, value);
  }
  const fileFlag = flags.get('--file');
  const postgresUrl = fileFlag ? undefined : (flags.get('--postgres') ?? nonEmpty(env['GATEWAY_ACCESS_LOG_POSTGRES_URL']));
  const location: AccessLogLocation = {
    file: fileFlag ?? nonEmpty(env['GATEWAY_ACCESS_LOG_FILE']) ?? DEFAULT_ACCESS_LOG_FILE,
    postgresUrl,
    ...(flags.has('--schema') ? { schema: flags.get('--schema')! } : {}),
    ...(flags.has('--table') ? { table: flags.get('--table')! } : {}),
    readOnly: true,
  };
  const where = postgresUrl ? `PostgreSQL ${hidePassword(postgresUrl)}` : location.file;

  let store: AccessLogStore | undefined;
  try {
    store = await openAccessLogStore(location);
    const [records, head] = [await store.readAll(), await store.readHead()];
    const result = verifyAccessLog(records, head);
    if (result.ok) {
      print(`${result.count} records, chain intact, head ${result.head?.hash ?? 'none (empty log)'}`);
      return 0;
    }
    printError(`access log ${where}: ${result.problem} at seq ${result.seq}: ${result.message}`);
    return 1;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    printError(`access log ${where}: ${error instanceof AccessLogFormatError ? 'unreadable' : 'cannot be read'}: ${message}`);
    return 1;
  } finally {
    await store?.close();
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

function hidePassword(url: string): string {
  return url.replace(/\/\/([^/@:]*):[^/@]*@/, '//$1:***@');
}
