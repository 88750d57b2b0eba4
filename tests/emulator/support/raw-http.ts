/** Plain HTTP calls to the target, for suites that test the wire without an SDK. */
import { expect } from 'vitest';
import type { FirestoreTarget } from './target.ts';

export interface RawHttp {
  /** POST /v1/{path} with a JSON (or raw string) body sent as text/plain, like the web SDK. */
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Response>;
  /** Asserts the server still answers its liveness probe. */
  alive(): Promise<void>;
}

export function rawHttp(target: FirestoreTarget): RawHttp {
  return {
    post: (path, body, headers = {}) =>
      fetch(`${target.url}/v1/${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    async alive() {
      const response = await fetch(`${target.url}/`);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('Ok');
    },
  };
}
