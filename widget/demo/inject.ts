/** Addresses of the local stack, as `startStack` passes them (host:port strings). */
export interface StackAddresses {
  projectId: string;
  authHost: string;
  firestoreHost: string;
  functionsHost: string;
  apiKey?: string;
}

/**
 * Adds the stack's addresses to every widget script tag of a page as data attributes (see
 * widget/src/app/config.ts), unless the page already sets them: the pages embed the widget exactly
 * as a customer would, and this is what a customer's own config would say.
 */
export function injectWidgetAttributes(html: string, stack: StackAddresses): string {
  const attributes: Record<string, string> = {
    'data-project-id': stack.projectId,
    'data-auth-emulator': stack.authHost,
    'data-firestore-emulator': stack.firestoreHost,
    'data-functions-emulator': stack.functionsHost,
    ...(stack.apiKey ? { 'data-api-key': stack.apiKey } : {}),
  };
  return html.replace(/<script\b([^>]*\bsrc="[^"]*\/widget\.js"[^>]*)>/g, (_tag, inner: string) => {
    const added = Object.entries(attributes)
      .filter(([name]) => !new RegExp(`\\s${name}=`).test(inner))
      .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
      .join('');
    return `<script${inner.replace(/\s*$/, '')}${added}>`;
  });
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
