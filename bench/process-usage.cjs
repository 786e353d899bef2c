// Preloaded into a timed process by bench/output.ts (`node --require bench/process-usage.cjs`):
// on exit, write this process's CPU time (user + system, ms) and peak resident
// set (MB) as JSON to the file named by WARRANT_BENCH_USAGE_OUT. CPU time is
// less sensitive than wall time to other work sharing the machine.
'use strict';
const fs = require('node:fs');
const out = process.env.WARRANT_BENCH_USAGE_OUT;
if (out) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    let peakRssMB = u.maxRSS / 1024;
    try {
      const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
      if (m) peakRssMB = Number(m[1]) / 1024;
    } catch {
      // keep maxRSS
    }
    fs.writeFileSync(out, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, peakRssMB }));
  });
}
