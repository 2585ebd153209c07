#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { EXIT, UsageError, CommandError } from './exit-codes.js';
import { ingestCommand } from './commands/ingest.js';
import { eventsCommand } from './commands/events.js';
import { showCommand } from './commands/show.js';
import { evalCommand } from './commands/eval.js';
import { statsCommand } from './commands/stats.js';
import { packageRoot } from '../data-files/data-path.js';

const HELP = `sitrep: news reports about armed conflict and diplomacy in, sourced and checkable event records out.

Usage: sitrep COMMAND [options]      (sitrep COMMAND --help for each)

Commands:
  ingest INPUT...    read articles (text, HTML, JSONL, stdin), find their events, store both
  events             list stored events, filtered; as a table, JSON, JSONL, CSV or GeoJSON
  show EVENT_ID      one event with its evidence highlighted and who says so
  stats              what the database holds
  eval DATASET PATH  measure accuracy against human-labelled data

Every command takes --db FILE (default ./sitrep.db). --json prints one JSON object as the last line
of stdout; progress and messages go to stderr.
Exit codes: 0 ok, 1 some inputs rejected, 2 usage error, 3 failure.`;

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  ingest: ingestCommand,
  events: eventsCommand,
  show: showCommand,
  stats: statsCommand,
  eval: evalCommand,
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(HELP);
    return command ? EXIT.ok : EXIT.usage;
  }
  if (command === '--version' || command === '-v') {
    console.log(JSON.parse(readFileSync(`${packageRoot()}/package.json`, 'utf8')).version);
    return EXIT.ok;
  }
  const run = COMMANDS[command];
  if (!run) throw new UsageError(`unknown command "${command}"; one of ${Object.keys(COMMANDS).join(', ')}.`);
  return run(rest);
}

// `sitrep events --format json | head`: the reader left; stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`sitrep: ${error.message}\nRun sitrep --help, or sitrep COMMAND --help.\n`);
      process.exitCode = EXIT.usage;
    } else if (error instanceof CommandError) {
      process.stderr.write(`sitrep: ${error.message}\n`);
      process.exitCode = EXIT.failure;
    } else {
      process.stderr.write(`sitrep: internal error (please report it): ${(error as Error)?.stack ?? error}\n`);
      process.exitCode = EXIT.failure;
    }
  },
);
