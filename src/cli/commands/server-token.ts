// `warrant server token create <user>`: an API token for a tool (CI, the
// `warrant review` commands), owned by a named user. Printed once; the store
// keeps its SHA-256 only.
import { parseArgs } from 'node:util';
import { term } from '../../output/terminal.js';
import { jsonText } from '../../output/text.js';
import type { Store } from '../../store/store.js';
import { type Command, type Io, UsageError } from '../io.js';
import { isIsoDate } from '../options.js';
import { CLI_ACTOR, DB_HELP, formatOption, withStore, wordsOption } from './server-shared.js';

const NAME = 'server token';
const DEFAULT_DAYS = 90;

const usage = `Usage: warrant server token create <user> [--scopes LIST] [--expires WHEN] [--db URL] [--format pretty|json]

Creates an API token owned by <user> and prints it once: keep it, it cannot
be shown again (the store keeps only its SHA-256). Tools send it as
"Authorization: Bearer <token>".

Options:
  --scopes <list>          Comma-separated scopes, e.g. review,push (default: none
                           beyond the user's own permissions)
  --expires <when>         A number of days (30d), a date (YYYY-MM-DD, midnight
                           UTC) or never (default: ${DEFAULT_DAYS}d)
${DB_HELP}
  --format <pretty|json>   Output format (default: pretty)

Exit codes: 0 created, 1 refused (no such user), 2 bad usage or the store
cannot be opened.`;

/** The expiry `--expires` names, as ISO-8601 UTC (null: never), counted from `now`. */
export function expiryOption(value: string | undefined, now: number): string | null {
  const v = value ?? `${DEFAULT_DAYS}d`;
  if (v === 'never') return null;
  const days = /^([1-9]\d{0,4})d$/.exec(v);
  if (days) return new Date(now + Number(days[1]) * 86_400_000).toISOString();
  if (isIsoDate(v)) {
    const at = new Date(`${v}T00:00:00.000Z`);
    if (at.getTime() <= now) throw new UsageError(`--expires ${v} is not in the future.`);
    return at.toISOString();
  }
  throw new UsageError(`--expires must be a number of days (30d), a date (YYYY-MM-DD) or never; got "${v}".`);
}

interface Plan {
  db: string | undefined;
  format: 'pretty' | 'json';
  user: string;
  scopes: string[];
  expiresAt: string | null;
}

function parse(argv: string[]): Plan {
  const [sub, ...rest] = argv;
  if (sub !== 'create') throw new UsageError(`say create${sub ? `; got "${sub}"` : ''}.`);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: true,
    options: {
      scopes: { type: 'string' },
      expires: { type: 'string' },
      db: { type: 'string' },
      format: { type: 'string' },
    },
  });
  const user = positionals[0];
  if (positionals.length !== 1 || !user) throw new UsageError('name the user who owns the token.');
  return {
    db: values.db,
    format: formatOption(values.format),
    user,
    scopes: wordsOption(values.scopes, '--scopes'),
    expiresAt: expiryOption(values.expires, Date.now()),
  };
}

async function create(store: Store, io: Io, plan: Plan): Promise<number> {
  const owner = await store.users.byName(plan.user);
  if (!owner) {
    io.stderr(
      `${term`warrant ${NAME} create: no user named "${plan.user}" (add one with warrant server user add).`}\n`,
    );
    return 1;
  }
  const made = await store.tokens.create(
    { userId: owner.id, scopes: plan.scopes, expiresAt: plan.expiresAt },
    CLI_ACTOR,
  );
  if (!made.ok) {
    io.stderr(`${term`warrant ${NAME} create: refused (${made.error}).`}\n`);
    return 1;
  }
  const { secret, token } = made.value;
  if (plan.format === 'json') {
    const report = {
      token: secret,
      id: token.id,
      user: owner.name,
      prefix: token.prefix,
      scopes: token.scopes,
      expires_at: token.expiresAt,
    };
    io.stdout(`${jsonText(report, 2)}\n`);
  } else {
    const scopes = token.scopes.length ? token.scopes.join(',') : '(none)';
    io.stdout(
      `${term`token for ${owner.name} (scopes ${scopes}, expires ${token.expiresAt ?? 'never'}); shown once:`}\n  ${secret}\n`,
    );
  }
  return 0;
}

export const serverTokenCommand: Command = {
  name: NAME,
  usage,
  async run(argv: string[], io: Io): Promise<number> {
    const plan = parse(argv);
    return withStore(io, NAME, plan.db, (store) => create(store, io, plan));
  },
};
