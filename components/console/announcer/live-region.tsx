import type { Announcer } from './announcer.ts';

/** The console's polite live region: always rendered, so assistive technology watches it. */
export function LiveRegion({ announcer }: { announcer: Announcer }) {
  return (
    <div id="console-announcements" class="visually-hidden" role="status" aria-atomic="true">
      {announcer.text.value}
    </div>
  );
}
