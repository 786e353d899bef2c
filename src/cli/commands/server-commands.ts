// The `warrant server ...` administration commands, registered in index.ts as
// one group. Each loads only when it runs (the store and its drivers are not
// loaded by any other command).
import type { CommandEntry } from './index.js';

export const serverAdminCommands: CommandEntry[] = [
  {
    name: 'server user',
    summary: 'Add or list review-server accounts, on the database directly',
    load: async () => (await import('./server-user.js')).serverUserCommand,
  },
  {
    name: 'server token',
    summary: 'Create an API token for a review-server user, shown once',
    load: async () => (await import('./server-token.js')).serverTokenCommand,
  },
  {
    name: 'server verify-log',
    summary: "Recompute the review log's hash chain; name the first break",
    load: async () => (await import('./server-verify-log.js')).serverVerifyLogCommand,
  },
];
