/**
 * What a "Was this helpful?" answer is, and how a submission becomes one. The widget and
 * the receiver share these limits, so the form cannot offer what the receiver refuses.
 */

/** Longest comment a reader may leave, in characters (UTF-16 code units, as maxlength counts). */
export const maxCommentLength = 1000;

/** The form's field names, shared by the widget and the receiver. */
export const answerFields = { page: 'page', helpful: 'helpful', comment: 'comment' } as const;

/** The id of the widget's thank-you message; the receiver's 303 to `page#…` shows it without JavaScript. */
export const thanksAnchor = 'feedback-thanks';

export interface Answer {
  /** The page's URL path, one the built site has. */
  page: string;
  helpful: boolean;
  /** The reader's comment, trimmed; undefined when they left none. */
  comment: string | undefined;
}

/** A submission the receiver refuses: the HTTP status and a message a reader can act on. */
export interface Refusal {
  status: number;
  message: string;
}

export type AnswerResult = { answer: Answer } | { refusal: Refusal };

const refuse = (status: number, message: string): AnswerResult => ({ refusal: { status, message } });

/**
 * Checks submitted fields (from JSON or a urlencoded form) against the built site's pages.
 * Only the three known fields are read; anything else a client sends is ignored, not stored.
 */
export function readAnswer(fields: Readonly<Record<string, unknown>>, pages: ReadonlySet<string>): AnswerResult {
  const page = fields[answerFields.page];
  if (typeof page !== 'string' || page === '') return refuse(400, 'The answer names no page.');
  if (!pages.has(page)) return refuse(422, `Unknown page: ${page.slice(0, 200)} is not a page of this site.`);
  const helpful = fields[answerFields.helpful];
  if (helpful !== 'yes' && helpful !== 'no') return refuse(400, 'Choose "Yes" or "No" before sending.');
  const raw = fields[answerFields.comment] ?? '';
  if (typeof raw !== 'string') return refuse(400, 'The comment must be text.');
  const comment = raw.replace(/\r\n?/g, '\n').trim();
  if (comment.length > maxCommentLength) {
    return refuse(
      422,
      `The comment is ${comment.length} characters long; the limit is ${maxCommentLength}. Please shorten it.`,
    );
  }
  return { answer: { page, helpful: helpful === 'yes', comment: comment === '' ? undefined : comment } };
}
