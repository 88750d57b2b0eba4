/**
 * The composer's built-in slash commands (docs/architecture.md "Slash commands"). Kept apart so
 * that both the parser (slash-commands.ts) and canned-response validation (canned.ts) know them:
 * a canned shortcut may never shadow a command.
 */

export interface BuiltInCommand {
  /** What follows the slash, matched case-insensitively. */
  name: string;
  usage: string;
  description: string;
}

export const BUILT_IN_COMMANDS: readonly BuiltInCommand[] = [
  { name: 't', usage: '/t OperatorName', description: 'Transfer this chat to another operator' },
  { name: 'a', usage: '/a', description: 'Accept the chat transfer offered to you' },
];

/** The comparable form of a shortcut or command name: no leading slash, trimmed, lowercase. */
export function shortcutKey(input: string): string {
  return input.trim().replace(/^\/+/, '').normalize('NFKC').toLocaleLowerCase('und');
}

export function builtInCommand(name: string): BuiltInCommand | undefined {
  const key = shortcutKey(name);
  return BUILT_IN_COMMANDS.find((command) => command.name === key);
}
