import { useEffect, useState } from 'preact/hooks';

/** The current time, refreshed every `intervalMs` so presence turns stale on screen too. */
export function useNow(intervalMs = 15_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
