// Preloaded into the CLI by bench/run.ts (`node --require bench/peak-rss.cjs`):
// on exit, write this process's peak resident set size in MB to the file named
// by WARRANT_BENCH_RSS_OUT. It changes nothing else about the run.
'use strict';
const fs = require('node:fs');
const out = process.env.WARRANT_BENCH_RSS_OUT;
if (out) {
  process.on('exit', () => {
    let mb = process.resourceUsage().maxRSS / 1024;
    try {
      const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
      if (m) mb = Number(m[1]) / 1024;
    } catch {
      // keep maxRSS
    }
    fs.writeFileSync(out, String(mb));
  });
}
