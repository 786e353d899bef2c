// Warrant's canonical YAML style for text it writes into a case: block
// mappings in the key order given, two-space indentation, no line folding,
// lists of plain values in flow style ([a, b]) when they fit on one line of
// 100 characters, strings quoted only when YAML would read them otherwise.
import { Document, isScalar, isSeq, visit } from 'yaml';

const FLOW_WIDTH = 100;

/** `value` as block YAML, every line indented by `indent` spaces, ending with a newline. */
export function stringifyBlock(value: unknown, indent: number, flowLists = true): string {
  const doc = new Document(value);
  visit(doc, {
    Seq(_, node) {
      if (!flowLists || !isSeq(node)) return;
      if (node.items.every((i) => isScalar(i) && (typeof i.value !== 'string' || !i.value.includes('\n')))) {
        const width = node.items.reduce<number>((n, i) => n + String((i as { value: unknown }).value).length + 2, 2);
        if (width + indent <= FLOW_WIDTH) node.flow = true;
      }
    },
  });
  const text = doc.toString({
    lineWidth: 0,
    indent: 2,
    indentSeq: true,
    flowCollectionPadding: false,
    nullStr: 'null',
  });
  if (indent === 0) return text;
  const pad = ' '.repeat(indent);
  return text
    .split('\n')
    .map((l, i, all) => (l === '' && i === all.length - 1 ? l : l === '' ? l : pad + l))
    .join('\n');
}
