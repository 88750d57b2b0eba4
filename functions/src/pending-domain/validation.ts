// TEMPORARY: stand-in for utils/domain/validation.ts until it lands; delete then.
export type Validated<T> = { ok: true; value: T } | { ok: false; error: string };

const WORKSPACE_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function validateWidgetStatus(
  input: unknown,
): Validated<{ workspaceId: string; pageUrl: string }> {
  if (!input || typeof input !== 'object') return { ok: false, error: 'Expected an object.' };
  const { workspaceId, pageUrl } = input as Record<string, unknown>;
  if (typeof workspaceId !== 'string' || !WORKSPACE_ID.test(workspaceId)) {
    return { ok: false, error: 'workspaceId must be 1-64 letters, digits, _ or -.' };
  }
  if (typeof pageUrl !== 'string' || pageUrl.length > 2048) {
    return { ok: false, error: 'pageUrl must be a string of at most 2048 characters.' };
  }
  return { ok: true, value: { workspaceId, pageUrl } };
}
