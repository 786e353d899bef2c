// `warrant server verify-log`: recompute the review log's hash chain from the
// first event and name the first break. Read-only.
import { parseArgs } from 'node:util';
import { term } from '../../output/terminal.js';
import { jsonText } from '../../output/text.js';
import { type Command, type Io, UsageError } from '../io.js';
import { DB_HELP, formatOption, withStore } from './server-shared.js';

const NAME = 'server verify-log';

const usage = `Usage: warrant server verify-log [--db URL] [--format pretty|json]

Reads every event of the review log in order and recomputes its chain: the
sequence runs 1, 2, 3 without a gap, each event's prev is the hash of the one
before, and each hash is the SHA-256 of the event's canonical JSON. Stops at
the first break and names it.

Options:
${DB_HELP}
  --format <pretty|json>   Output format (default: pretty)

Exit codes: 0 the chain is intact, 1 it is broken, 2 bad usage or the store
cannot be opened.`;

export const serverVerifyLogCommand: Command = {
  name: NAME,
  usage,
  async run(argv: string[], io: Io): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { db: { type: 'string' }, format: { type: 'string' } },
    });
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}".`);
    const format = formatOption(values.format);
    return withStore(
      io,
      NAME,
      values.db,
      async (store) => {
        const verdict = await store.events.verify();
        if (format === 'json') io.stdout(`${jsonText(verdict, 2)}\n`);
        else if (verdict.ok) io.stdout(`the review log is intact: ${verdict.events} events, head ${verdict.head}\n`);
        else io.stdout(`${term`the review log is broken at event ${verdict.seq}: ${verdict.reason}`}\n`);
        return verdict.ok ? 0 : 1;
      },
      true,
    );
  },
};
