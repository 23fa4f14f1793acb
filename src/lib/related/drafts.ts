/**
 * A published page whose `related` list names a draft: production leaves the draft out,
 * so the link would point at nothing. The lint and the build both refuse it with this
 * wording, naming the page, the field and the draft.
 */

export interface RelatedPage {
  /** "guides/x": how `related` entries name a page. */
  key: string;
  /** Path as printed: content/guides/x.mdx. */
  file: string;
  draft: boolean;
  /** The `related` entries as written: "guides/y". */
  related: readonly string[];
}

export interface DraftRelated {
  file: string;
  /** Position in the `related` list. */
  index: number;
  message: string;
}

export function findDraftRelated(pages: readonly RelatedPage[]): DraftRelated[] {
  const drafts = new Map(pages.filter((page) => page.draft).map((page) => [page.key, page.file]));
  return pages
    .filter((page) => !page.draft)
    .flatMap((page) =>
      page.related.flatMap((key, index) => {
        const draftFile = drafts.get(key);
        if (!draftFile) return [];
        return [
          {
            file: page.file,
            index,
            message: `related[${index}] names ${key}, which is a draft (draft: true in ${draftFile}): publish it or remove the entry.`,
          },
        ];
      }),
    );
}
