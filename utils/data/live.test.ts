import { describe, expect, it } from 'vitest';
import { LiveSource } from './live.ts';

/** A source whose "listener" is a counter: what retain/release does with a real one. */
class CountingSource extends LiveSource {
  started = 0;
  stopped = 0;
  protected listen() {
    this.started++;
    return () => {
      this.stopped++;
    };
  }
  deliver() {
    this.loaded(false);
  }
}

describe('LiveSource', () => {
  it('listens once for any number of holders and stops with the last release', () => {
    const source = new CountingSource('the things');
    expect(source.status.value).toBe('idle');
    const releaseA = source.retain();
    const releaseB = source.retain();
    expect(source.started).toBe(1);
    expect(source.status.value).toBe('loading');
    source.deliver();
    expect(source.status.value).toBe('ready');
    releaseA();
    releaseA(); // a second call from the same holder changes nothing
    expect(source.stopped).toBe(0);
    releaseB();
    expect(source.stopped).toBe(1);
    expect(source.status.value).toBe('idle');
    source.retain();
    expect(source.started).toBe(2);
  });
});
