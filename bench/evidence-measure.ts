// One measurement for bench/evidence.ts, in a fresh process so that peak
// memory is this task's alone.
//
//   node --import tsx bench/evidence-measure.ts <baseline|import|sha256|json-parse|json-import> <file>
//
// Prints one line of JSON: { task, ms, cpuMs, peakRssMB, detail }. `ms` covers
// the task only, not process start-up or module loading.
import fs from 'node:fs';
import yauzl from 'yauzl';
import { sha256File } from '../src/evidence/hash.js';
import { readEvalLog } from '../src/evidence/read-log.js';

function peakRssMB(): number {
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (m?.[1]) return Number(m[1]) / 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024;
}

/** The floor: open with yauzl, inflate the three summary members, JSON.parse each. */
async function baseline(file: string): Promise<Record<string, unknown>> {
  const wanted = new Set(['header.json', 'summaries.json', 'reductions.json']);
  const zip = await new Promise<yauzl.ZipFile>((res, rej) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false }, (e, z) => (e || !z ? rej(e) : res(z))),
  );
  const parsed: Record<string, unknown> = {};
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      if (!wanted.has(entry.fileName)) return zip.readEntry();
      zip.openReadStream(entry, (err, s) => {
        if (err || !s) return reject(err);
        const chunks: Buffer[] = [];
        s.on('data', (c: Buffer) => chunks.push(c));
        s.on('error', reject);
        s.on('end', () => {
          parsed[entry.fileName] = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          zip.readEntry();
        });
      });
    });
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  });
  zip.close();
  const summaries = parsed['summaries.json'];
  return { members: Object.keys(parsed).sort(), summaries: Array.isArray(summaries) ? summaries.length : undefined };
}

async function main(): Promise<void> {
  const [task, file] = process.argv.slice(2);
  if (!task || !file) throw new Error('usage: evidence-measure.ts <baseline|import|sha256> <file>');
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let detail: Record<string, unknown>;
  if (task === 'baseline') detail = await baseline(file);
  else if (task === 'sha256') detail = await sha256File(file);
  else if (task === 'json-parse') {
    const log = JSON.parse(fs.readFileSync(file, 'utf8')) as { samples?: unknown[] };
    detail = { samples: log.samples?.length };
  } else if (task === 'import' || task === 'json-import') {
    const r = await readEvalLog(file);
    if (!r.ok) throw new Error(`${r.error.code} ${r.error.message}`);
    const run = r.runs[0]!;
    detail = {
      reported: run.model.reported,
      samples: run.samples.total,
      errored: run.samples.errored,
      sha256: run.artefact.sha256,
      notes: run.notes,
    };
  } else throw new Error(`unknown task ${task}`);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  process.stdout.write(
    `${JSON.stringify({ task, ms, cpuMs: (cpu.user + cpu.system) / 1000, peakRssMB: peakRssMB(), detail })}\n`,
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
