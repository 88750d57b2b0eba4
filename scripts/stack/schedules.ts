/**
 * The Functions emulator loads `onSchedule` functions but never fires them (in production Cloud
 * Scheduler does). The local stack fires them itself, through the emulator's route for background
 * triggers, so the deployed code runs exactly as in production, not an imported copy of it.
 */

export interface ScheduleTarget {
  /** host:port of the Functions emulator */
  functionsHost: string;
  projectId: string;
  region?: string;
}

/**
 * Runs one scheduled function now and waits until it finished. The emulator keys event triggers
 * as `<region>-<name>-<generation>`, the generation growing each time the functions reload; a
 * 404 lists the valid keys, so a stale generation is looked up and tried once more.
 */
export async function fireScheduled(target: ScheduleTarget, name: string): Promise<void> {
  const id = `${target.region ?? 'us-central1'}-${name}`;
  const url = (key: string) =>
    `http://${target.functionsHost}/functions/projects/${target.projectId}/triggers/${key}`;
  const post = (key: string) =>
    fetch(url(key), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ data: {} }),
    });
  let response = await post(`${id}-0`);
  if (response.status === 404) {
    const listing = await response.text();
    const key = listing.match(new RegExp(`\\b${id}-\\d+\\b`, 'g'))?.pop();
    if (!key)
      throw new Error(`The Functions emulator has no scheduled function ${name}: ${listing}`);
    response = await post(key);
  }
  if (!response.ok) {
    throw new Error(`${name} failed: HTTP ${response.status} ${await response.text()}`);
  }
}

export interface Schedule {
  stop(): Promise<void>;
}

/**
 * Fires `name` every `everyMs`, one run at a time (a slow run delays the next instead of piling
 * up), like Cloud Scheduler with a single-instance function. Errors are logged, never thrown.
 */
export function every(
  target: ScheduleTarget,
  name: string,
  everyMs: number,
  log: (line: string) => void,
): Schedule {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    running = fireScheduled(target, name)
      .catch((error: Error) => log(`${name}: ${error.message}`))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, everyMs);
      });
  };
  timer = setTimeout(tick, everyMs);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
