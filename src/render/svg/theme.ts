// The diagram's look: colours as CSS custom properties on the <svg>, so one
// drawing serves a light page and a dark one. Status colours are chosen to
// differ in lightness as well as hue, and every status is also written as a
// word in the node: colour is never the only signal.
import { SUPPORT_STATUSES } from '../../analysis/status-types.js';
import { FONT_FAMILY, MONO_FAMILY } from '../text/measure.js';

export type Theme = 'light' | 'dark' | 'auto';
export const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

type Palette = Record<string, string>;

const LIGHT: Palette = {
  bg: '#ffffff',
  text: '#1b1f24',
  muted: '#57606a',
  stroke: '#3d444d',
  fill: '#ffffff',
  edge: '#3d444d',
  link: '#0a58ca',
  challenge: '#b3261e',
  'defeater-fill': '#fff1f0',
  'defeater-stroke': '#b3261e',
  'resolved-fill': '#f4f5f7',
  'resolved-stroke': '#6e7781',
  'away-band': '#eef1f4',
  'supported-fill': '#e6f4ea',
  'supported-stroke': '#1a7f37',
  'degraded-fill': '#fff5d6',
  'degraded-stroke': '#9a6700',
  'stale-fill': '#f1eaf9',
  'stale-stroke': '#6f42c1',
  'contested-fill': '#ddf4f2',
  'contested-stroke': '#0b6b63',
  'challenged-fill': '#ffe8d5',
  'challenged-stroke': '#bc4c00',
  'unsupported-fill': '#ffe3ee',
  'unsupported-stroke': '#9f1239',
  'undeveloped-fill': '#eef1f4',
  'undeveloped-stroke': '#57606a',
  'defeated-fill': '#ffe1df',
  'defeated-stroke': '#b3261e',
};

const DARK: Palette = {
  bg: '#0d1117',
  text: '#e6edf3',
  muted: '#9198a1',
  stroke: '#9198a1',
  fill: '#161b22',
  edge: '#9198a1',
  link: '#58a6ff',
  challenge: '#ff7b72',
  'defeater-fill': '#2d1517',
  'defeater-stroke': '#ff7b72',
  'resolved-fill': '#1c2128',
  'resolved-stroke': '#768390',
  'away-band': '#21262d',
  'supported-fill': '#12261b',
  'supported-stroke': '#3fb950',
  'degraded-fill': '#2b2411',
  'degraded-stroke': '#d29922',
  'stale-fill': '#231a33',
  'stale-stroke': '#bc8cff',
  'contested-fill': '#0f2a28',
  'contested-stroke': '#39c5b5',
  'challenged-fill': '#2d1d10',
  'challenged-stroke': '#f0883e',
  'unsupported-fill': '#33121f',
  'unsupported-stroke': '#f778ba',
  'undeveloped-fill': '#1c2128',
  'undeveloped-stroke': '#9198a1',
  'defeated-fill': '#341616',
  'defeated-stroke': '#ff7b72',
};

const vars = (p: Palette): string =>
  Object.entries(p)
    .map(([k, v]) => `--w-${k}:${v}`)
    .join(';');

const STATUSES = SUPPORT_STATUSES;

/** The <style> content; `root` is the selector of the diagram's <svg>. */
export function themeCss(root = 'svg.warrant-diagram'): string {
  const r = root;
  const rules = [
    `${r}{${vars(LIGHT)}}`,
    `${r}.theme-dark,.warrant-dark ${r}{${vars(DARK)}}`,
    `@media (prefers-color-scheme:dark){${r}.theme-auto{${vars(DARK)}}}`,
    `${r} .bg{fill:var(--w-bg)}`,
    `${r} text{font-family:${FONT_FAMILY};fill:var(--w-text)}`,
    `${r} .code{font-family:${MONO_FAMILY}}`,
    `${r} .b{font-weight:bold}`,
    `${r} .i{font-style:italic}`,
    `${r} a .a{fill:var(--w-link);text-decoration:underline}`,
    `${r} .nid{font-weight:bold;fill:var(--w-muted)}`,
    `${r} .footer{font-style:italic;fill:var(--w-muted)}`,
    `${r} .shape{fill:var(--w-fill);stroke:var(--w-stroke);stroke-width:1.5}`,
    `${r} .letter{font-weight:bold;font-style:italic;fill:var(--w-stroke)}`,
    ...STATUSES.map(
      (s) =>
        `${r} .status-${s} .shape{fill:var(--w-${s}-fill);stroke:var(--w-${s}-stroke)}${r} .status-${s} .footer,${r} .key-${s}{fill:var(--w-${s}-stroke)}`,
    ),
    `${r} .status-undeveloped .shape{stroke-dasharray:5 3}`,
    `${r} .defeater .shape{fill:var(--w-defeater-fill);stroke:var(--w-defeater-stroke);stroke-width:2.5}`,
    `${r} .defeater .footer{fill:var(--w-defeater-stroke);font-weight:bold}`,
    `${r} .defeater.resolved .shape{fill:var(--w-resolved-fill);stroke:var(--w-resolved-stroke);stroke-width:1.5;stroke-dasharray:6 3}`,
    `${r} .defeater.resolved .footer{fill:var(--w-resolved-stroke);font-weight:normal}`,
    `${r} .away .band{fill:var(--w-away-band);stroke:var(--w-stroke);stroke-width:1.5}`,
    `${r} .away .module{fill:var(--w-muted)}`,
    `${r} .decor{fill:var(--w-fill);stroke:var(--w-stroke);stroke-width:1.5}`,
    `${r} .hidden-count{fill:var(--w-muted);font-weight:bold}`,
    `${r} .edge{fill:none;stroke:var(--w-edge);stroke-width:1.3}`,
    `${r} .edge.challenge{stroke:var(--w-challenge);stroke-dasharray:6 4;stroke-width:1.6}`,
    `${r} .arrow-solid{fill:var(--w-edge)}`,
    `${r} .arrow-hollow{fill:var(--w-bg);stroke:var(--w-edge);stroke-width:1.2}`,
    `${r} .arrow-challenge{fill:var(--w-challenge)}`,
    `${r} .legend .heading{font-weight:bold}`,
    `${r} .legend text{fill:var(--w-muted)}`,
  ];
  return rules.join('\n');
}
