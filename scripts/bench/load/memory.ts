/**
 * Memory while the load runs: the stack's processes (every process the benchmark started: the
 * firebase-tools process, Google's Firestore emulator JVM and the Functions emulator's workers;
 * the SMTP sink and the demo site live in the benchmark's own process) and the benchmark process
 * itself, which holds every visitor's and operator's web SDK client. Peaks of samples.
 */
import { processTree } from '../stack-footprint.ts';

export function startMemorySampler(everyMs = 5_000) {
  const peak = { stackMb: 0, firestoreMb: 0, clientsRssMb: 0, clientsHeapMb: 0 };
  const sample = () => {
    const stack = processTree(process.pid).filter((p) => p.pid !== process.pid);
    const firestore = stack.filter((p) => p.command.includes('firestore-emulator'));
    const sum = (list: { rssMb: number }[]) => list.reduce((total, p) => total + p.rssMb, 0);
    const own = process.memoryUsage();
    peak.stackMb = Math.max(peak.stackMb, sum(stack));
    peak.firestoreMb = Math.max(peak.firestoreMb, sum(firestore));
    peak.clientsRssMb = Math.max(peak.clientsRssMb, own.rss / 2 ** 20);
    peak.clientsHeapMb = Math.max(peak.clientsHeapMb, own.heapUsed / 2 ** 20);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    peak,
    stop() {
      clearInterval(timer);
      sample();
    },
  };
}
