#!/usr/bin/env node
/**
 * The `setlist` command: `setlist <command> [arguments]`, one of scripts/commands.ts. A site's
 * package.json runs its verbs through it (`"build": "setlist build"`); this repository's
 * package.json runs the same file from source (`node scripts/setlist.ts build`).
 */
import { buildTime } from '../src/node/env.ts';
import { commands, type CommandName } from './commands.ts';

const name = process.argv[2];
if (!name || !(name in commands)) {
  const list = Object.entries(commands).map(([command, { about }]) => `  ${command.padEnd(14)}${about}`);
  console.error(`${name ? `✗ setlist: no command "${name}"\n\n` : ''}Usage: setlist <command> [arguments]\n\n${list.join('\n')}`);
  process.exit(name ? 1 : 0);
}
// A build time that is not a date is named before any command reads it.
try {
  buildTime(process.env);
} catch (error) {
  console.error(`✗ setlist ${name}: ${(error as Error).message}`);
  process.exit(1);
}
// The command reads its own arguments, as if it had been started alone.
process.argv.splice(2, 1);
await commands[name as CommandName].run();
