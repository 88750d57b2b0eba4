import { describe, expect, it } from 'vitest';
import { javaMajorOf } from './java.ts';

describe('javaMajorOf', () => {
  it('reads the major version of modern and legacy `java -version` texts', () => {
    expect(javaMajorOf('openjdk version "25.0.3" 2026-04-21 LTS')).toBe(25);
    expect(javaMajorOf('openjdk version "21" 2023-09-19')).toBe(21);
    expect(javaMajorOf('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(javaMajorOf('java version "1.8.0_402"')).toBe(8);
    expect(javaMajorOf('Picked up JAVA_TOOL_OPTIONS: -Xmx1g\nopenjdk version "22-ea"')).toBe(22);
  });

  it('says null for text that is not a version', () => {
    expect(javaMajorOf('bash: java: command not found')).toBeNull();
  });
});
