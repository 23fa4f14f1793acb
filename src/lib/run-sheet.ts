/**
 * A meeting agenda as the facilitator runs it: each segment with the clock time it starts
 * at, counted from the meeting's first minute, so the run-sheet can be read against a
 * watch ("at 0:25 we should be role-playing") rather than added up in one's head.
 */

export interface TimedSegment {
  minutes: number;
}

export type RunSheetRow<T extends TimedSegment> = T & {
  /** Minutes from the start of the meeting: 0, 10, 25. */
  startMinute: number;
  /** The same as the facilitator reads it: "0:00", "0:10", "0:25", "1:05". */
  start: string;
  /** When the segment hands over to the next: "0:10". */
  end: string;
};

export interface RunSheet<T extends TimedSegment> {
  rows: RunSheetRow<T>[];
  totalMinutes: number;
  /** When the meeting ends, in the same notation: "1:00" for a sixty-minute plan. */
  end: string;
}

/** Minutes as hours and zero-padded minutes: 0 → "0:00", 25 → "0:25", 60 → "1:00", 125 → "2:05". */
export function formatOffset(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 0) {
    throw new RangeError(`formatOffset takes whole minutes from zero up, not ${minutes}.`);
  }
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Start and end offsets for each segment, in agenda order. */
export function buildRunSheet<T extends TimedSegment>(agenda: readonly T[]): RunSheet<T> {
  let elapsed = 0;
  const rows = agenda.map((segment) => {
    const startMinute = elapsed;
    elapsed += segment.minutes;
    return { ...segment, startMinute, start: formatOffset(startMinute), end: formatOffset(elapsed) };
  });
  return { rows, totalMinutes: elapsed, end: formatOffset(elapsed) };
}
