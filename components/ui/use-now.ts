import { useEffect, useState } from 'preact/hooks';

/**
 * The current time, refreshed every `intervalMs`: countdowns and waiting times (every second),
 * presence turning stale on screen (every few seconds).
 */
export function useNow(intervalMs = 1000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
