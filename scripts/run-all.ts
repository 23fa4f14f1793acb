/**
 * Runs every step of a command even when an earlier one fails, so one run shows every
 * problem, and says which failed. `npm run check` uses it.
 */
import { spawnSync } from 'node:child_process';

export interface Step {
  name: string;
  command: string;
  args: string[];
}

/** The names of the steps that failed, in order; each step's output goes to the terminal. */
export function runAll(steps: readonly Step[], env: NodeJS.ProcessEnv = process.env): string[] {
  return steps.flatMap((step) => {
    console.log(`\n== ${step.name}`);
    const run = spawnSync(step.command, step.args, { stdio: 'inherit', env });
    return run.status === 0 ? [] : [step.name];
  });
}
