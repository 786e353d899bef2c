// Population coverage: how much of the decided population the evidence's
// sample could have reached. A sample frame (result.frame, format 2) that
// holds a small part of the decided population, by count or by share, or that
// leaves out kinds of user or tiers of it, speaks only for that part.

import type { Case, EvidenceItem } from '../../../model/case.js';
import { resultsOf } from '../../../model/results.js';
import type { SampleFrame } from '../../../model/schema.js';
import { exclusionsOf } from '../../exclusions.js';

/**
 * Below this share of the decided population a frame is reported. Under
 * coverage c, the population's rate can differ from the frame's by up to
 * (1 - c) times the gap between covered and uncovered users (the survey
 * undercoverage bias); below one half, the users the evidence could never
 * have observed are the majority, so the frame no longer speaks for the
 * decided population without an argument that it represents the rest.
 */
export const COVERAGE_FLOOR = 0.5;

/** A reason the coverage falls short, and the word a bridging justification must name (SIZE_WORD: any transfer argument). */
export interface CoverageReason {
  text: string;
  word: string;
  /** Where in the item it was read. */
  path: (string | number)[];
}

/** The share as a percentage with two significant figures: 0.0001167 -> "0.012%". */
export function share(x: number): string {
  return `${Number((x * 100).toPrecision(2))}%`;
}

/** The coverage, in words, of a count against the decided size, or undefined if it reaches the floor. */
export function countShortfall(n: number, size: number): string | undefined {
  if (size <= 0 || n >= size * COVERAGE_FLOOR) return undefined;
  return `it covers ${n.toLocaleString('en-GB')} of the ${size.toLocaleString('en-GB')} decided on (${share(n / size)}), under the ${share(COVERAGE_FLOOR)} coverage floor`;
}

/** True if the case's own exclusions leave this group out of the decided population too. */
function excludedByCase(c: Case, group: string): boolean {
  const g = group.toLowerCase();
  return exclusionsOf(c).some(
    (x) =>
      x.kind === 'user-group' &&
      [x.what, ...(x.terms ?? []), x.access_tier ?? ''].some(
        (w) => w && (g.includes(w.toLowerCase()) || w.toLowerCase().includes(g)),
      ),
  );
}

/** The coverage shortfalls of each sample frame of people among the item's results. `size`: the decided population size. */
export function frameShortfalls(
  c: Case,
  item: EvidenceItem,
  size: number | undefined,
  sizeWord: string,
  aboutPeople: (text: string) => boolean,
  /** False when the message already names the frame (the item states no measured population). */
  nameFrame = true,
): CoverageReason[] {
  const out: CoverageReason[] = [];
  for (const { result, path } of resultsOf(item)) {
    const f = result.frame;
    // A frame of tasks or prompts is not a part of the user population.
    if (!f || !aboutPeople(`${f.population} ${f.unit ?? ''}`)) continue;
    const name = nameFrame ? `its sample frame ("${f.population}")` : 'its sample frame';
    const short = coverageOf(f, size, name);
    if (short)
      out.push({ text: short, word: sizeWord, path: [...path, 'frame', f.share !== undefined ? 'share' : 'size'] });
    (f.excludes ?? []).forEach((group, i) => {
      if (excludedByCase(c, group)) return;
      out.push({
        text: `${name} leaves out ${group}, which the decided population includes`,
        word: group,
        path: [...path, 'frame', 'excludes', i],
      });
    });
  }
  return out;
}

function coverageOf(f: SampleFrame, size: number | undefined, name: string): string | undefined {
  if (f.share !== undefined)
    return f.share < COVERAGE_FLOOR
      ? `${name} covers ${share(f.share)} of the decided population, under the ${share(COVERAGE_FLOOR)} coverage floor`
      : undefined;
  if (f.size === undefined || size === undefined) return undefined;
  const s = countShortfall(f.size, size);
  return s?.replace(/^it covers/, `${name} covers`);
}
