import { z } from 'astro/zod';
import { checkUnique, existingId, type SchemaContext } from './context';

/**
 * The id of a Pulse tool (calculator or scorecard): the `<id>` in `/tools/<id>/`. Every
 * tool has its page prose in content/tools/<id>.md (the build checks the two agree), so
 * the catalog of that folder is the list of tools.
 */
export function toolIdSchema(ctx: SchemaContext) {
  return existingId(ctx, 'tools', 'tool').describe(
    'A tool id, as in /tools/<id>/: "pipeline-coverage", "cac-payback", "kpi-scorecard".',
  );
}

/** A page's `tools:` list: each gets an "Apply this in Pulse" card, in this order. */
export function toolsField(ctx: SchemaContext) {
  return z
    .array(toolIdSchema(ctx))
    .default([])
    .superRefine((ids, issue) => checkUnique(ids, issue, (index) => [index], 'tool'))
    .describe('Tools the page points readers to, shown as "Apply this in Pulse" cards: ["pipeline-coverage"].');
}
