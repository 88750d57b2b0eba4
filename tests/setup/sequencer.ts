import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Files that wait on real time (the stack's housekeeping schedule, a stack of their own) start
 * first, so the integration project's workers finish together. Vitest orders by the last run's
 * durations where it has them, but a clean checkout (CI) has none and goes by file size, which
 * put a minute-long file last.
 */
const WAIT_ON_REAL_TIME = [
  'tests/integration/stack/burst-after-start.test.ts',
  'tests/integration/functions/offline-mail.test.ts',
];

export default class RealTimeFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const at = WAIT_ON_REAL_TIME.findIndex((name) => file.moduleId.endsWith(name));
      return at < 0 ? WAIT_ON_REAL_TIME.length : at;
    };
    // A stable sort: the rest keep the base order.
    return sorted
      .map((file, index) => ({ file, index }))
      .sort((a, b) => rank(a.file) - rank(b.file) || a.index - b.index)
      .map(({ file }) => file);
  }
}
