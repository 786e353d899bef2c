// Imported first by bin.ts: it runs before the commands' modules (the schema,
// the parser, the checks, the rules) are loaded, so their code runs under it.
//
// A command runs for well under a second on most cases, mostly before V8's
// optimizing compiler has paid for itself: it compiles the loops of the
// parser, the checks and the rules on other threads, and the run ends soon
// after. With four times the default interrupt budget (67,584 bytecodes) V8
// optimizes only what runs longer. Measured on the 10,000-node gsn2x import
// (`npm run bench -- --suite output`): about 50 ms less CPU of 400 for
// `warrant check`, and about 40 ms less on the 10,000-node generated case;
// no difference at 50,000 nodes (1.5 s), where the hot code is optimized all
// the same. A flag this Node's V8 does not know is reported on stderr and
// otherwise ignored; the flag has been in V8 since before Node 20.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--interrupt-budget=270336');
