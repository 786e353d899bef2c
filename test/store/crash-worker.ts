// A writer that is killed mid-burst (crash.test.ts), bundled by workers.ts and
// run as `node crash-worker.mjs URL TAG`: creates cases TAG-0, TAG-1, ... as fast as it can
// and prints "ack N" after the store has committed case N, until it is killed.
import { openStore } from '../../src/store/store.js';

const [url, tag] = process.argv.slice(2);
const store = await openStore(url);
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const r = await store.cases.create(
    { id: `${tag}-${i}`, title: `${i}`, config: { i, pad: 'x'.repeat(i * 37) } },
    'crash',
  );
  if (!r.ok) process.exit(3);
  process.stdout.write(`ack ${i}\n`);
}
