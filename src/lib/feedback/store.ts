/**
 * Where answers and view counts live: one SQLite file, through Node's built-in node:sqlite
 * (no native module to compile). Nothing about the reader is stored: an answer is the page,
 * yes or no, the comment and the day; a view is the page and the day.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Answer } from './answer';

/** Where the receiver keeps its data unless told otherwise; .data/ is git-ignored. */
export const defaultDatabase = '.data/feedback.sqlite';

export interface PageSummary {
  page: string;
  yes: number;
  no: number;
  /** The newest comments first, with the day each was left. */
  comments: { day: string; helpful: boolean; comment: string }[];
}

export interface FeedbackStore {
  addAnswer(answer: Answer, day: string): void;
  addView(page: string, day: string): void;
  /** Yes/no counts per page, most answered first, with up to `latest` newest comments each. */
  summarise(latest?: number): PageSummary[];
  /** Views per page over every day stored, by path. */
  viewTotals(): Map<string, number>;
  /** Every stored answer, oldest first (for tests and exports). */
  listAnswers(): (Answer & { day: string })[];
  close(): void;
}

const schema = `
  CREATE TABLE IF NOT EXISTS answers (
    id INTEGER PRIMARY KEY,
    page TEXT NOT NULL,
    helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)),
    comment TEXT,
    day TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS answers_page ON answers (page);
  CREATE TABLE IF NOT EXISTS views (
    page TEXT NOT NULL,
    day TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (page, day)
  ) WITHOUT ROWID;
`;

/** Opens (creating when missing) the store at `file`; ":memory:" for a throwaway one. */
export function openStore(file: string): FeedbackStore {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL;');
  db.exec(schema);
  const insertAnswer = db.prepare('INSERT INTO answers (page, helpful, comment, day) VALUES (?, ?, ?, ?)');
  const countView = db.prepare(
    'INSERT INTO views (page, day, count) VALUES (?, ?, 1) ON CONFLICT (page, day) DO UPDATE SET count = count + 1',
  );
  const counts = db.prepare(
    `SELECT page, SUM(helpful) AS yes, SUM(1 - helpful) AS no FROM answers
     GROUP BY page ORDER BY COUNT(*) DESC, page`,
  );
  const comments = db.prepare(
    `SELECT day, helpful, comment FROM answers WHERE page = ? AND comment IS NOT NULL ORDER BY id DESC LIMIT ?`,
  );
  const totals = db.prepare('SELECT page, SUM(count) AS views FROM views GROUP BY page ORDER BY page');
  const all = db.prepare('SELECT page, helpful, comment, day FROM answers ORDER BY id');
  return {
    addAnswer(answer, day) {
      insertAnswer.run(answer.page, answer.helpful ? 1 : 0, answer.comment ?? null, day);
    },
    addView(page, day) {
      countView.run(page, day);
    },
    summarise(latest = 3) {
      return counts.all().map((row) => ({
        page: String(row['page']),
        yes: Number(row['yes']),
        no: Number(row['no']),
        comments: comments.all(row['page'] as string, latest).map((c) => ({
          day: String(c['day']),
          helpful: c['helpful'] === 1,
          comment: String(c['comment']),
        })),
      }));
    },
    viewTotals() {
      return new Map(totals.all().map((row) => [String(row['page']), Number(row['views'])]));
    },
    listAnswers() {
      return all.all().map((row) => ({
        page: String(row['page']),
        helpful: row['helpful'] === 1,
        comment: row['comment'] === null ? undefined : String(row['comment']),
        day: String(row['day']),
      }));
    },
    close() {
      db.close();
    },
  };
}
