// `warrant server user add|list`: manage the review server's accounts on its
// database directly. A new user gets a one-time sign-in token (valid 24
// hours), printed once: the web app exchanges it for a session.
import { parseArgs } from 'node:util';
import { term } from '../../output/terminal.js';
import { jsonText } from '../../output/text.js';
import { type NewUser, SERVER_ROLES, type User } from '../../store/accounts.js';
import type { Store } from '../../store/store.js';
import { type Command, type Io, UsageError } from '../io.js';
import { oneOf } from '../options.js';
import { CLI_ACTOR, DB_HELP, formatOption, tiersOption, withStore } from './server-shared.js';

const NAME = 'server user';
const SIGN_IN_HOURS = 24;

const usage = `Usage: warrant server user add <name> [--role admin|member] [--clearance TIERS] [--display-name TEXT] [--db URL] [--format pretty|json]
       warrant server user list [--db URL] [--format pretty|json]

add: creates a local account and prints a one-time sign-in token (valid for
${SIGN_IN_HOURS} hours, shown once, stored hashed).
list: lists the accounts with their clearances and role.

Options:
  --role <admin|member>    Server-wide role (default: member); roles in a case
                           are given per case
  --clearance <tiers>      Tiers the user may read, comma-separated, a set not a
                           ladder: public, internal, regulator, restricted
                           (default: public)
  --display-name <text>    Name shown to people (default: the name)
${DB_HELP}
  --format <pretty|json>   Output format (default: pretty)

Exit codes: 0 done, 1 refused (the name is taken), 2 bad usage or the store
cannot be opened.`;

const USER_NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;

function describeUser(u: User): string {
  const clearance = u.clearances.length ? u.clearances.join(',') : '(none)';
  return `${u.name}  ${u.serverRole}  clearance ${clearance}${u.disabled ? '  disabled' : ''}`;
}

const publicUser = (u: User) => ({
  id: u.id,
  name: u.name,
  display_name: u.displayName,
  issuer: u.issuer,
  subject: u.subject,
  role: u.serverRole,
  clearances: u.clearances,
  disabled: u.disabled,
});

interface AddPlan {
  db: string | undefined;
  format: 'pretty' | 'json';
  user: NewUser;
}

/** Reads every option before the store is opened, so a usage mistake creates no database. */
function parseAdd(argv: string[]): AddPlan {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      role: { type: 'string' },
      clearance: { type: 'string' },
      'display-name': { type: 'string' },
      db: { type: 'string' },
      format: { type: 'string' },
    },
  });
  const name = positionals[0];
  if (positionals.length !== 1 || !name) throw new UsageError('name one user.');
  if (!USER_NAME.test(name))
    throw new UsageError(`"${name}" is not a user name: lowercase letters, digits, . _ - (at most 64).`);
  const displayName = values['display-name'];
  return {
    db: values.db,
    format: formatOption(values.format),
    user: {
      name,
      serverRole: oneOf(values.role, SERVER_ROLES, '--role', 'member'),
      clearances: values.clearance === undefined ? ['public'] : tiersOption(values.clearance, '--clearance'),
      ...(displayName ? { displayName } : {}),
    },
  };
}

async function add(store: Store, io: Io, plan: AddPlan): Promise<number> {
  const added = await store.users.add(plan.user, CLI_ACTOR);
  if (!added.ok) {
    const why = added.error === 'exists' ? `a user named "${plan.user.name}" already exists` : added.error;
    io.stderr(`${term`warrant ${NAME} add: ${why}.`}\n`);
    return 1;
  }
  const expiresAt = new Date(Date.now() + SIGN_IN_HOURS * 3_600_000).toISOString();
  const signIn = await store.tokens.create({ userId: added.value.id, scopes: ['sign-in'], expiresAt }, CLI_ACTOR);
  if (!signIn.ok) throw new Error(`the sign-in token was refused: ${signIn.error}`);
  if (plan.format === 'json') {
    const report = { user: publicUser(added.value), sign_in: { token: signIn.value.secret, expires_at: expiresAt } };
    io.stdout(`${jsonText(report, 2)}\n`);
  } else {
    io.stdout(`${term`added ${describeUser(added.value)}`}\n`);
    io.stdout(`one-time sign-in token (shown once, valid until ${expiresAt}):\n  ${signIn.value.secret}\n`);
  }
  return 0;
}

async function list(store: Store, io: Io, format: 'pretty' | 'json'): Promise<number> {
  const users = await store.users.list();
  if (format === 'json') io.stdout(`${jsonText({ users: users.map(publicUser) }, 2)}\n`);
  else io.stdout(users.length ? `${users.map((u) => `${term`${describeUser(u)}`}\n`).join('')}` : 'no users\n');
  return 0;
}

export const serverUserCommand: Command = {
  name: NAME,
  usage,
  async run(argv: string[], io: Io): Promise<number> {
    const [sub, ...rest] = argv;
    if (sub !== 'add' && sub !== 'list') throw new UsageError(`say add or list${sub ? `; got "${sub}"` : ''}.`);
    if (sub === 'list') {
      const { values } = parseArgs({
        args: rest,
        strict: true,
        options: { db: { type: 'string' }, format: { type: 'string' } },
      });
      const format = formatOption(values.format);
      return withStore(io, NAME, values.db, (store) => list(store, io, format));
    }
    const plan = parseAdd(rest);
    return withStore(io, NAME, plan.db, (store) => add(store, io, plan));
  },
};
