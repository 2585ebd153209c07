/**
 * Exit codes scripts can trust (documented in `sitrep --help` and the README).
 * Example: `sitrep ingest feed/ || echo "some inputs were rejected"`.
 */
export const EXIT = {
  /** Everything asked for was done. */
  ok: 0,
  /** Done, but some inputs were rejected (named on stderr), or an eval figure fell below its baseline. */
  partial: 1,
  /** The command line was wrong: unknown command or option, missing argument. */
  usage: 2,
  /** Nothing could be done: the database cannot be opened, a dataset file is missing. */
  failure: 3,
} as const;

/** A problem with the command line: printed with the command's usage, exits 2. */
export class UsageError extends Error {}

/** A problem that stops the command: printed alone, exits 3. */
export class CommandError extends Error {}
