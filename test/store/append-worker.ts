// One of several processes appending to one store at once (contract.test.ts),
// bundled by workers.ts and run as `node append-worker.mjs URL TAG N`: opens the store, prints
// "ready" and waits for a line on stdin, so that every worker starts writing
// together (their start-up times differ by seconds); then makes a user named
// TAG and N cases, each a state change with its event. Exits 0 when every
// write applied.
import { once } from 'node:events';
import { openStore } from '../../src/store/store.js';

const [url, tag, count] = process.argv.slice(2);
const store = await openStore(url);
process.stdout.write('ready\n');
await once(process.stdin, 'data');
let failed = 0;
try {
  const user = await store.users.add({ name: String(tag), clearances: ['public'], serverRole: 'member' }, 'system');
  if (!user.ok) failed++;
  for (let i = 0; i < Number(count); i++) {
    const r = await store.cases.create({ id: `${tag}-${i}`, title: `case ${i} of ${tag}`, config: { i } }, String(tag));
    if (!r.ok) failed++;
  }
} finally {
  await store.close();
}
process.exit(failed === 0 ? 0 : 1);
