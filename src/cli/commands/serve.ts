// `warrant serve [path...]`: a local preview that re-renders when a file is saved.
import { parseArgs } from 'node:util';
import { DEFAULT_LIMITS } from '../../format/parse-yaml.js';
import { caseRoot } from '../../node/case-view.js';
import { term, termBlock } from '../../output/terminal.js';
import {
  allowedHostError,
  DEFAULT_PORT,
  PortInUseError,
  type PreviewServer,
  startPreview,
} from '../../server/preview.js';
import { VERSION } from '../../version.js';
import { type Command, type Io, UsageError } from '../io.js';
import { dateOption, maxBytesOption } from '../options.js';

const usage = `Usage: warrant serve [path...] [options]

Preview safety cases in the browser (default: the case in the current directory).
Each case page shows the argument diagram with the findings beside it and the
full report below; saving any of the case's files re-renders it and the open
page updates without a reload. A save that does not load shows the loader's
diagnostics (file:line:col) until the next good save. With several cases, the
index page lists them. Listens on 127.0.0.1 only; the pages make no request
beyond this server. Ctrl-C stops it.

Any web page you visit can send requests to this port, so the server answers
only requests addressed to 127.0.0.1, localhost or [::1] (a page using another
name, as in DNS rebinding, gets 403), opens live updates only for its own
pages, refuses malformed requests with a 4xx, and caps live-update connections.

Options:
  --port <n>              Port (default: ${DEFAULT_PORT}; 0 picks a free one)
  --as-of <YYYY-MM-DD>    Judge dates (expiry, staleness, status) as of this day (default: today)
  --max-file-size <bytes> Largest file accepted (default: ${DEFAULT_LIMITS.maxBytes})
  --allow-host <name>     Also answer requests addressed to this host name (any port, or
                          name:port for one), e.g. behind a proxy or a forwarded port.
                          Repeatable. Anyone who can reach that name can read the cases.

Exit codes: 0 stopped with Ctrl-C, 2 bad usage or the port is in use.`;

export const serveCommand: Command = {
  name: 'serve',
  usage,
  async run(argv: string[], io: Io): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        port: { type: 'string' },
        'as-of': { type: 'string' },
        'max-file-size': { type: 'string' },
        'allow-host': { type: 'string', multiple: true },
      },
    });
    const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`--port must be a whole number from 0 to 65535; got "${values.port}".`);
    const asOf = dateOption(values['as-of'], io.today);
    const maxBytes = maxBytesOption(values['max-file-size']);
    const allowHosts = values['allow-host'] ?? [];
    for (const name of allowHosts) {
      const error = allowedHostError(name);
      if (error) throw new UsageError(error);
    }
    const roots = (positionals.length ? positionals : ['.']).map((p) => caseRoot(p, io.cwd));
    let server: PreviewServer;
    try {
      server = await startPreview({
        roots,
        cwd: io.cwd,
        asOf,
        version: VERSION,
        port,
        maxBytes,
        allowHosts,
        // The server's log lines quote paths and messages from the cases: escaped like all terminal text.
        log: (line) => io.stderr(`${termBlock(line, '  ')}\n`),
      });
    } catch (e) {
      if (e instanceof PortInUseError) {
        io.stderr(`${term`warrant serve: ${e.message}`}\n`);
        return 2;
      }
      throw e;
    }
    const s = server;
    const n = roots.length;
    // The shell's only process access besides bin.ts: stop cleanly on Ctrl-C or a termination signal.
    // Listening before the ready line is printed: whoever reads that line may interrupt at once.
    const stopped = new Promise<number>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        void s.close().then(() => {
          io.stdout('Stopped.\n');
          resolve(0);
        });
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    io.stdout(`${term`Warrant preview of ${n} case${n === 1 ? '' : 's'} as of ${asOf}: ${s.url}`}\n`);
    if (roots.length > 1) for (const c of s.cases) io.stdout(`${term`  ${c.root}  ${c.url}`}\n`);
    io.stdout('Pages update when a file is saved. Press Ctrl-C to stop.\n');
    return stopped;
  },
};
