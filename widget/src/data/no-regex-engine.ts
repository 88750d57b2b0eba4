/**
 * Stands in for `re2js` in the widget's build (vite.config.ts aliases it here). Firestore's web
 * SDK uses RE2JS only to evaluate the `like`, `regexContains` and `regexMatch` functions of
 * pipeline queries against its local cache, each call inside a try/catch that turns a throw into
 * an evaluation error. The widget runs no pipelines, and RE2JS is 45 KB gzipped, a quarter of
 * the widget. tests/conventions/widget-regex-engine.test.ts fails if a Firestore upgrade starts
 * using RE2JS anywhere else. ADR 011.
 */
export class RE2JSError extends Error {}

export const RE2JS = {
  compile(pattern: string): never {
    throw new RE2JSError(`Parley's widget has no regular-expression engine for "${pattern}"`);
  },
};
