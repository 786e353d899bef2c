// `warrant server [--db URL] [--host 127.0.0.1] [--port 4100]`: runs the
// review server's HTTP API on the store until Ctrl-C.
import { parseArgs } from 'node:util';
import { term } from '../../output/terminal.js';
import { ReviewPortInUseError, startReviewServer } from '../../server/review/listen.js';
import { type Command, type Io, UsageError } from '../io.js';
import { DB_HELP, openForCli } from './server-shared.js';

const DEFAULT_PORT = 4100;

const usage = `Usage: warrant server [--db URL] [--host 127.0.0.1] [--port ${DEFAULT_PORT}]

Runs the review server: the HTTP API (docs/server.md "HTTP API", the
OpenAPI document at /api/openapi.json) on the store, until Ctrl-C. Accounts
and tokens are made with "warrant server user add" and "warrant server token
create". It listens on 127.0.0.1 unless told otherwise: to serve a team, run
it behind a proxy that terminates TLS.

Options:
${DB_HELP}
  --host <address>         Address to listen on (default: 127.0.0.1)
  --port <n>               Port (default: ${DEFAULT_PORT}; 0 picks a free one)

Exit codes: 0 stopped with Ctrl-C, 2 bad usage, the store cannot be opened or
the port is in use.`;

function portOption(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_PORT;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535)
    throw new UsageError(`--port must be a whole number from 0 to 65535; got "${raw}".`);
  return port;
}

/** Resolves with 0 on Ctrl-C or SIGTERM, once the server has closed. */
function stopOnSignal(io: Io, close: () => Promise<void>): Promise<number> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void close().then(() => {
        io.stdout('Stopped.\n');
        resolve(0);
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export const serverRunCommand: Command = {
  name: 'server',
  usage,
  async run(argv: string[], io: Io): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { db: { type: 'string' }, host: { type: 'string' }, port: { type: 'string' } },
    });
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}".`);
    const port = portOption(values.port);
    const host = values.host ?? '127.0.0.1';
    const store = await openForCli(io, 'server', values.db);
    if (!store) return 2;
    try {
      const logError = (e: unknown) =>
        io.stderr(`${term`warrant server: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`}\n`);
      const running = await startReviewServer(store, { host, port, logError });
      io.stdout(`${term`Warrant review server: ${running.url}/api (OpenAPI at ${running.url}/api/openapi.json)`}\n`);
      io.stdout('Press Ctrl-C to stop.\n');
      return await stopOnSignal(io, async () => {
        await running.close();
        await store.close();
      });
    } catch (e) {
      await store.close();
      if (!(e instanceof ReviewPortInUseError)) throw e;
      io.stderr(`${term`warrant server: ${e.message}`}\n`);
      return 2;
    }
  },
};
