// Inspect `.eval` logs: a zip archive. Only what the summary needs is read:
// header.json (or, for a crashed run without one, _journal/start.json), the
// sample summaries (summaries.json, or the journal's summaries/N.json), and at
// most a few bytes-bounded sample members to find the provider-reported model.
// Every member read is streamed and checked (size, CRC-32, limits).

import type { EvalArtefact, EvalLogLimits, EvalRun } from '../eval-run.js';
import { EvalLogFailure } from '../eval-run.js';
import { JsonScanner, type PathSeg } from '../json/scan.js';
import { jsonFailure, parseCaptured } from '../json/scan-file.js';
import { ZipArchive } from '../zip/zip-reader.js';
import { isObj, mapInspectLog, type SampleFacts } from './map.js';

/** Sample members looked at, at most, to find a provider-reported model. */
const MAX_PROBED_SAMPLES = 3;

/** Read an Inspect .eval file. Throws EvalLogFailure. */
export async function readInspectEval(
  artefact: EvalArtefact,
  limits: EvalLogLimits,
  probeSamples = true,
): Promise<EvalRun> {
  const file = artefact.path;
  const zip = await ZipArchive.open(file, limits);
  try {
    const notes: string[] = [];
    for (const name of zip.repeated)
      notes.push(`The archive holds more than one member named ${name}; the last one was read.`);

    // Members read whole, so whose size and CRC-32 were checked; the rest are named as not verified.
    const checked = new Set<string>();
    let header: Record<string, unknown>;
    let statusOverride: 'started' | undefined;
    if (zip.has('header.json')) {
      header = await readJsonMember(zip, 'header.json');
      checked.add('header.json');
    } else if (zip.has('_journal/start.json')) {
      header = await readJsonMember(zip, '_journal/start.json');
      checked.add('_journal/start.json');
      statusOverride = 'started';
      notes.push(
        'header.json is missing (the run did not finish writing its log): the run was reconstructed from _journal/start.json and the journal summaries, and has no results.',
      );
    } else {
      throw new EvalLogFailure({
        code: 'E0802',
        file,
        message: 'the zip archive has neither header.json nor _journal/start.json: it is not an Inspect .eval log',
      });
    }

    const facts: SampleFacts = { reportedModels: [] };
    const summaryMembers = zip.has('summaries.json')
      ? ['summaries.json']
      : zip
          .names()
          .filter((n) => /^_journal\/summaries\/\d+\.json$/.test(n))
          .sort((a, b) => journalIndex(a) - journalIndex(b));
    if (summaryMembers.length > 0) {
      facts.seen = 0;
      facts.errored = 0;
      for (const m of summaryMembers) {
        await scanSummaries(zip, m, limits, facts);
        checked.add(m);
      }
      if (statusOverride)
        notes.push(`${facts.seen} sample summar${facts.seen === 1 ? 'y was' : 'ies were'} found in the journal.`);
    }

    if (probeSamples) await probeReportedModel(zip, limits, facts, notes, checked);
    const unverified = unverifiedNote(zip, checked);
    if (unverified) notes.push(unverified);
    const run = mapInspectLog(
      statusOverride
        ? { artefact, header, samples: facts, notes, statusOverride }
        : { artefact, header, samples: facts, notes },
    );
    if (unverified) run.unverified = unverified;
    return run;
  } finally {
    zip.close();
  }
}

/** Members shown by name in the note; the rest are counted. */
const NAMED_UNVERIFIED = 5;

/**
 * Which members with data were not read, so a bit flip in them would pass
 * unseen (the artefact's sha256 covers the whole file, but only as it is now).
 */
function unverifiedNote(zip: ZipArchive, checked: ReadonlySet<string>): string | undefined {
  const names = zip.names().filter((n) => !n.endsWith('/') && !checked.has(n));
  const repeated = zip.repeated.length;
  if (names.length === 0 && repeated === 0) return undefined;
  const shown = names.slice(0, NAMED_UNVERIFIED).join(', ');
  const more = names.length > NAMED_UNVERIFIED ? ` and ${names.length - NAMED_UNVERIFIED} more` : '';
  const dup = repeated
    ? `${names.length ? '; also ' : ''}the earlier copies of ${repeated} repeated member name(s)`
    : '';
  return (
    `Not verified: ${names.length} of ${zip.names().length} archive members were not read, so their CRC-32 was not ` +
    `checked${names.length ? ` (${shown}${more})` : ''}${dup}. The reader reads only what the summary needs.`
  );
}

function journalIndex(name: string): number {
  return Number(/(\d+)\.json$/.exec(name)?.[1] ?? 0);
}

/** Read a small member whole and parse it as a JSON object. */
async function readJsonMember(zip: ZipArchive, member: string): Promise<Record<string, unknown>> {
  const raw = await zip.read(member);
  const value = parseCaptured({ file: zip.file, member }, [], raw);
  if (!isObj(value))
    throw new EvalLogFailure({ code: 'E0808', file: zip.file, member, message: `${member} is not a JSON object` });
  return value;
}

/** Stream one summaries member: count its entries and those with an error. */
async function scanSummaries(
  zip: ZipArchive,
  member: string,
  limits: EvalLogLimits,
  facts: SampleFacts,
): Promise<void> {
  const src = { file: zip.file, member };
  let count = 0;
  let errored = 0;
  const scanner = new JsonScanner(
    {
      want(path: readonly PathSeg[]): boolean {
        if (path.length === 1) {
          if (typeof path[0] !== 'number')
            throw new EvalLogFailure({
              code: 'E0808',
              file: zip.file,
              member,
              message: `${member} is not a JSON array of sample summaries`,
            });
          count = path[0] + 1;
          return false;
        }
        return path.length === 2 && typeof path[0] === 'number' && path[1] === 'error';
      },
      captured(path: readonly PathSeg[], raw: Uint8Array): void {
        const v = parseCaptured(src, path, raw);
        if (v !== null && v !== '' && v !== undefined) errored++;
      },
    },
    { maxQueryDepth: 2, maxCaptureBytes: limits.maxJsonValueBytes },
  );
  let first: number | undefined;
  await zip.stream(member, (chunk) => {
    if (first === undefined) first = chunk.find((b) => b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09);
    try {
      scanner.push(chunk);
    } catch (e) {
      throw jsonFailure(src, e);
    }
  });
  try {
    scanner.end();
  } catch (e) {
    throw jsonFailure(src, e);
  }
  if (count === 0 && first !== undefined && first !== 0x5b) {
    throw new EvalLogFailure({
      code: 'E0808',
      file: zip.file,
      member,
      message: `${member} is not a JSON array of sample summaries`,
    });
  }
  facts.seen = (facts.seen ?? 0) + count;
  facts.errored = (facts.errored ?? 0) + errored;
}

/**
 * Find the model the provider reported: stream the first sample members (in
 * archive order; the monolith layout samples/<id>_epoch_<n>.json or the
 * chunked layout samples/<id>_epoch_<n>/sample.json) and keep their
 * output.model, stopping at the first that has one.
 */
async function probeReportedModel(
  zip: ZipArchive,
  limits: EvalLogLimits,
  facts: SampleFacts,
  notes: string[],
  checked: Set<string>,
): Promise<void> {
  const candidates = zip
    .names()
    .filter((n) => /^samples\/[^/]+\.json$/.test(n) || /^samples\/[^/]+\/sample\.json$/.test(n));
  let probed = 0;
  for (const member of candidates) {
    if (probed >= MAX_PROBED_SAMPLES) break;
    const m = zip.members.get(member)!;
    if (m.uncompressedSize > limits.maxSampleProbeBytes) {
      notes.push(
        `${member} is larger than limits.maxSampleProbeBytes (${limits.maxSampleProbeBytes} bytes): it was not read for the provider-reported model.`,
      );
      continue;
    }
    probed++;
    const src = { file: zip.file, member };
    let model: string | undefined;
    const scanner = new JsonScanner(
      {
        want: (path: readonly PathSeg[]) => path.length === 2 && path[0] === 'output' && path[1] === 'model',
        captured(path: readonly PathSeg[], raw: Uint8Array): void {
          const v = parseCaptured(src, path, raw);
          if (typeof v === 'string' && v !== '') model = v;
        },
      },
      { maxQueryDepth: 2, maxCaptureBytes: 1024 * 1024 },
    );
    await zip.stream(member, (chunk) => {
      try {
        scanner.push(chunk);
      } catch (e) {
        throw jsonFailure(src, e);
      }
    });
    try {
      scanner.end();
    } catch (e) {
      throw jsonFailure(src, e);
    }
    checked.add(member);
    if (model !== undefined) {
      facts.reportedModels.push(model);
      return;
    }
  }
}
