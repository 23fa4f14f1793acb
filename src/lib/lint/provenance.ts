/**
 * Provenance: every source a page lists is real and used. (That every benchmark has a basis,
 * and that a basis names one of the page's sources, is the schema's to check.)
 */
import { explainPlaceholderSource, isSourceUsed, listCitingTexts } from '../provenance';
import type { Basis } from '../../schemas/basis';
import { formatFieldPath } from '../../schemas/field-path';
import type { Source } from '../../schemas/source';
import type { LintDocument } from './document';
import type { Problem } from './problem';
import { severityFor } from './severity';
import { hasTodoMarker } from '../../schemas/todo';

export interface ProvenanceInput {
  doc: LintDocument;
  sources: readonly Source[];
  bases: readonly Basis[];
}

export function checkProvenance(pages: readonly ProvenanceInput[]): Problem[] {
  return pages.flatMap(({ doc, sources, bases }) => {
    const texts = listCitingTexts(doc.data ?? {}, doc.facts.links);
    return sources.flatMap((source, index): Problem[] => {
      // A skeleton's unfinished source is the todo rule's to report.
      if (hasTodoMarker(`${source.title} ${source.publisher} ${source.url}`)) return [];
      const at = (field: 'url' | 'title' | 'id', message: string): Problem => ({
        file: doc.file,
        line: doc.lineOf(['sources', index, field]),
        field: formatFieldPath(['sources', index, field]),
        severity: severityFor(doc, 'error'),
        rule: 'provenance',
        message,
      });
      const placeholder = explainPlaceholderSource(source);
      if (placeholder) return [at(placeholder.startsWith('title') ? 'title' : 'url', placeholder)];
      if (isSourceUsed(source, bases, texts)) return [];
      return [
        at(
          source.id ? 'id' : 'url',
          `source "${source.title}" is cited nowhere on the page: name its id in a benchmark's basis.source, ` +
            'link its url from the text where you use it, or remove it.',
        ),
      ];
    });
  });
}
