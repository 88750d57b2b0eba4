/**
 * The extension's message catalogue format (public/_locales/<lang>/messages.json, the
 * WebExtensions i18n format) and how a message is filled in, as browser.i18n.getMessage does:
 * `$NAME$` is replaced by its placeholder's content, in which `$1`…`$9` are the substitutions;
 * `$$` is a literal dollar sign. Pure, so the tests' stand-in for getMessage (tests/setup/ui.ts)
 * and the catalogue's convention test share the browsers' rules.
 */
export interface CatalogueEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type Catalogue = Record<string, CatalogueEntry>;

const substitute = (text: string, substitutions: readonly string[]) =>
  text.replace(/\$(\d)/g, (_all, digit: string) => substitutions[Number(digit) - 1] ?? '');

export function formatMessage(entry: CatalogueEntry, substitutions: readonly string[]): string {
  const placeholders = Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  );
  return entry.message
    .split('$$')
    .map((part) =>
      part.replace(/\$([a-zA-Z0-9_@]+)\$/g, (all, name: string) => {
        const content = placeholders[name.toLowerCase()];
        return content === undefined ? all : substitute(content, substitutions);
      }),
    )
    .join('$');
}

/** The `$NAME$` placeholders a message uses, lower case, in order of appearance. */
export function placeholdersUsed(message: string): string[] {
  return [
    ...message
      .split('$$')
      .join('')
      .matchAll(/\$([a-zA-Z0-9_@]+)\$/g),
  ].map((m) => m[1]!.toLowerCase());
}
