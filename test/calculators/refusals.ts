/** Shared by the maths tests: the inputs a calculator must refuse rather than answer. */
import { expect, it } from 'vitest';
import type { NoResultCode, Outcome } from '~/lib/calculators/outcome';

/** A refusal: its name, the change to the valid input, the NoResult code and the field it blames. */
export type Refusal<Input> = [name: string, change: Partial<Input>, code: NoResultCode, field: string];

/**
 * One test per case: `compute` on `base` with the case's change has no result, with the
 * case's code, blaming its field, and gives the reader a reason.
 */
export function itRefuses<Input>(
  compute: (input: Input) => Outcome<unknown>,
  base: Input,
  cases: readonly Refusal<Input>[],
): void {
  it.each(cases)('has no result for %s', (_, change, code, field) => {
    expect(compute({ ...base, ...change })).toMatchObject({
      ok: false,
      code,
      field,
      reason: expect.stringMatching(/\w+/),
    });
  });
}
