// The database's tables as Kysely sees them: one row type per table, shared by
// the migrations and the repository. Portable types only, the same on SQLite
// and PostgreSQL: text ids, canonical JSON as text, ISO-8601 UTC timestamps as
// text (they sort as text), 0/1 integers for booleans, CHECK constraints for
// enumerations (see migrations/001-initial.ts). Nothing outside src/store/
// sees these types: the repository (store.ts) returns the review model's.
export interface CasesTable {
  id: string;
  title: string;
  /** The case's review configuration, canonical JSON. */
  config: string;
  created_at: string;
  version: number;
}

export interface RevisionsTable {
  case_id: string;
  /** SHA-256 of the snapshot's canonical JSON: the revision's name. */
  digest: string;
  /** The snapshot (module files, evidence manifest), canonical JSON. */
  snapshot: string;
  commit: string | null;
  created_by: string;
  created_at: string;
}

export interface ChallengesTable {
  id: string;
  case_id: string;
  revision: string;
  target_kind: string;
  target_id: string;
  kind: string;
  severity: string;
  tier: string;
  text: string;
  author: string;
  at: string;
  status: string;
  version: number;
}

export interface ResponsesTable {
  id: string;
  challenge_id: string;
  case_id: string;
  revision: string;
  kind: string;
  /** What the kind carries (refs, fixRevision or reason), canonical JSON. */
  body: string;
  tier: string;
  text: string;
  author: string;
  at: string;
}

export interface VotesTable {
  id: string;
  case_id: string;
  revision: string;
  value: string;
  tier: string;
  text: string;
  author: string;
  at: string;
  dismissed_by: string | null;
  dismissed_at: string | null;
  dismissal_message: string | null;
  version: number;
}

export interface OverridesTable {
  case_id: string;
  revision: string;
  requirement: string;
  by: string;
  at: string;
  justification: string;
}

export interface UsersTable {
  id: string;
  /** Who vouches for the identity: "local" for accounts of this server, an OIDC issuer URL later. */
  issuer: string;
  subject: string;
  /** The unique name people and the CLI use. */
  name: string;
  display_name: string;
  /** scrypt hash in the format of src/node/passwords.ts, or null: no password sign-in. */
  password_hash: string | null;
  /** Tiers the user may read, canonical JSON array (a set, sorted). */
  clearances: string;
  /** Server-wide role: admin (manages users, creates cases) or member. */
  server_role: string;
  disabled: number;
  created_at: string;
  version: number;
}

export interface TeamsTable {
  id: string;
  name: string;
  created_at: string;
  version: number;
}

export interface TeamMembersTable {
  team_id: string;
  user_id: string;
}

export interface GrantsTable {
  case_id: string;
  principal_kind: string;
  principal_id: string;
  level: string;
  version: number;
}

export interface CaseRolesTable {
  case_id: string;
  user_id: string;
  role: string;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  /** SHA-256 (hex) of the secret: the secret itself is shown once and never stored. */
  hash: string;
  /** The secret's first characters, to tell tokens apart in a list. */
  prefix: string;
  /** Scopes, canonical JSON array. */
  scopes: string;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
  version: number;
}

export interface SessionsTable {
  /** SHA-256 (hex) of the session id in the cookie. */
  id_hash: string;
  user_id: string;
  csrf_secret: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface LoginAttemptsTable {
  id: string;
  /** What is rate-limited: an account name, or a client address. */
  key: string;
  at: string;
  succeeded: number;
}

export interface EventsTable {
  seq: number;
  at: string;
  actor: string;
  case_id: string | null;
  type: string;
  /** The event's body, canonical JSON. */
  body: string;
  prev: string;
  hash: string;
  /**
   * Tiers a reader must hold to see the body, canonical JSON array (review-core's
   * ReviewEvent.tiers). Kept beside the chain, not in the hash: projection reads
   * it, the chain does not depend on it.
   */
  tiers: string;
}

export interface Database {
  cases: CasesTable;
  revisions: RevisionsTable;
  challenges: ChallengesTable;
  responses: ResponsesTable;
  votes: VotesTable;
  requirement_overrides: OverridesTable;
  users: UsersTable;
  teams: TeamsTable;
  team_members: TeamMembersTable;
  grants: GrantsTable;
  case_roles: CaseRolesTable;
  api_tokens: ApiTokensTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  events: EventsTable;
}

export type Engine = 'sqlite' | 'postgres';
