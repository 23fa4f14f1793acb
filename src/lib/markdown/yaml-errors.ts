/**
 * YAML syntax errors in an editor's words: where the mistake was made, not where the parser
 * gave up, and what to change. The `yaml` parser reports an unclosed quote at the end of the
 * text the quote swallowed (often the end of the frontmatter), so the error is moved back to
 * the line on which the quote opens.
 */
import { isScalar, visit, type Document, type YAMLError } from 'yaml';

export interface LocatedYamlError {
  /** Offset in the YAML text where the mistake is. */
  offset: number;
  message: string;
}

/** The quoted value whose text runs up to `offset`: where an unclosed quote opened. */
function findOpeningQuote(doc: Document, offset: number): number | undefined {
  let start: number | undefined;
  visit(doc, {
    Scalar(_, node) {
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      if (quoted && isScalar(node) && node.range && node.range[0] < offset && node.range[1] >= offset) {
        start = node.range[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return start;
}

export function describeYamlError(doc: Document, error: YAMLError): LocatedYamlError {
  const [offset] = error.pos;
  const first = error.message.split('\n')[0] ?? '';
  if (error.code === 'MISSING_CHAR' && /quote/.test(first)) {
    const quote = first.includes("'") ? "'" : '"';
    return {
      offset: findOpeningQuote(doc, offset) ?? offset,
      message: `YAML does not parse: the ${quote} that opens this value is never closed: add the closing ${quote} at the end of the value.`,
    };
  }
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY') {
    return {
      offset,
      message:
        'YAML does not parse: this value contains ": ", which YAML reads as the start of another field: put the whole value in double quotes.',
    };
  }
  return {
    offset,
    message: `YAML does not parse: ${first.replace(/\.$/, '')}: check this line's indentation, quotes and brackets.`,
  };
}
