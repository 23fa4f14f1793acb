import { z } from 'astro/zod';
import { toolIds } from '../lib/calculators/registry';
import { describeSuggestion } from '../lib/suggest';
import { checkUnique } from './context';

/** The id of a Pulse tool (calculator or scorecard): the `<id>` in `/tools/<id>/`. */
export const toolIdSchema = z
  .string()
  .trim()
  .superRefine((id, issue) => {
    if ((toolIds as readonly string[]).includes(id)) return;
    issue.addIssue({
      code: 'custom',
      message: `unknown tool "${id}": use one of ${toolIds.join(', ')}.${describeSuggestion(id, toolIds)}`,
    });
  })
  .describe('A tool id, as in /tools/<id>/: "pipeline-coverage", "cac-payback", "kpi-scorecard".');

/** A page's `tools:` list: each gets an "Apply this in Pulse" card, in this order. */
export const toolsField = z
  .array(toolIdSchema)
  .default([])
  .superRefine((ids, issue) => checkUnique(ids, issue, (index) => [index], 'tool'))
  .describe('Tools the page points readers to, shown as "Apply this in Pulse" cards: ["pipeline-coverage"].');
