/**
 * Tool ids that `tools` fields and /tools/<id>/ links may name, from the
 * calculators' registry: the lint keeps no list of its own to drift from it.
 */
export { toolIds as knownToolIds } from '../../calculators/registry';
