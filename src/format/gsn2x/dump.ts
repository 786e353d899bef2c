// Deterministic YAML text: js-yaml's dumper with a fixed configuration. Key
// order is the order the caller built each object in.
import yaml from 'js-yaml';

export function dumpYaml(value: unknown): string {
  return yaml.dump(value, {
    lineWidth: -1, // never fold long text
    noRefs: true, // no anchors for repeated values
    sortKeys: false,
    noCompatMode: false, // quote `yes`, `on`, ... for YAML 1.1 readers such as gsn2x
  });
}

/** `# line` for each line, each on one line whatever the input holds. */
export function comment(lines: readonly string[]): string {
  return lines.map((l) => `${`# ${l.replace(/[\r\n\u0085\u2028\u2029]+/g, ' ')}`.trimEnd()}\n`).join('');
}
