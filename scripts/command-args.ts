/**
 * A command's arguments, read with Node's `parseArgs`; an unknown or malformed flag stops the
 * command with one line naming it and the command's usage, not a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export function commandArgs<const Config extends ParseArgsConfig>(command: string, usage: string, config: Config) {
  try {
    return parseArgs(config);
  } catch (error) {
    console.error(`✗ ${command}: ${(error as Error).message}\n  usage: ${usage}`);
    process.exit(1);
  }
}
