/** The targets of issue 18 (ADR 006) and which ones a run missed. */
import type { ScenarioResult } from './scenario.ts';

export const TARGETS = {
  readsPerMessage: 2.5,
  /** widgetStatus: the workspace and the routing summary. */
  widgetOpenReads: 3,
  /** startChat: the workspace, the routing summary and the visitor's rate limit. */
  chatStartReads: 4,
  /** Housekeeping's few queries a minute, shared by the team; consoles read nothing. */
  idleReadsPerOperatorHour: 60,
};

/** A per-operation figure does not grow with the team: the largest team's is at most the smallest's plus this. */
const SLACK = 0.5;

export function checkTargets(results: ScenarioResult[]): string[] {
  const missed: string[] = [];
  for (const r of results) {
    const team = `${r.params.operators} operators (${r.params.offerMode === 'one' ? 'one at a time' : 'everyone at once'})`;
    if (r.perMessage.reads > TARGETS.readsPerMessage)
      missed.push(`${team}: ${r.perMessage.reads.toFixed(2)} reads per delivered message`);
    if (r.widgetOpen.reads > TARGETS.widgetOpenReads)
      missed.push(`${team}: ${r.widgetOpen.reads.toFixed(2)} reads per widget open`);
    if (r.chatStart.reads > TARGETS.chatStartReads)
      missed.push(`${team}: ${r.chatStart.reads.toFixed(2)} reads per chat started`);
    if (r.idleReadsPerOperatorHour > TARGETS.idleReadsPerOperatorHour)
      missed.push(`${team}: ${r.idleReadsPerOperatorHour.toFixed(1)} reads per idle operator-hour`);
    // Everyone at once: an offer is read by the operators it rings, all of them, by definition.
    // One at a time: by one (the benchmark's operators answer long before an offer lapses).
    if (r.params.offerMode === 'one' && r.offerReaders.max > 1)
      missed.push(`${team}: an offer was read by ${r.offerReaders.max} operators`);
    const d = r.delivery;
    if (d.lost + d.duplicated + d.outOfOrder > 0 || d.sent === 0)
      missed.push(
        `${team}: ${d.lost} lost, ${d.duplicated} duplicated, ${d.outOfOrder} out of order of ${d.sent}`,
      );
  }
  for (const mode of ['all', 'one'] as const)
    compareTeams(
      results.filter((r) => r.params.offerMode === mode),
      missed,
    );
  return missed;
}

/** Per-operation figures of the smallest and largest team of one offer mode. */
function compareTeams(results: ScenarioResult[], missed: string[]) {
  const sorted = [...results].sort((a, b) => a.params.operators - b.params.operators);
  const [small, large] = [sorted[0], sorted.at(-1)];
  if (small && large && small !== large) {
    const grows = (what: string, a: number, b: number) => {
      if (b > a + SLACK)
        missed.push(`${what} grows with the team: ${a.toFixed(2)} → ${b.toFixed(2)}`);
    };
    grows('reads per widget open', small.widgetOpen.reads, large.widgetOpen.reads);
    grows('reads per chat started', small.chatStart.reads, large.chatStart.reads);
    // Housekeeping's share falls as the team grows; the consoles' own reads must not grow.
    grows(
      "the consoles' reads per idle operator-hour",
      small.idleConsoleReadsPerOperatorHour,
      large.idleConsoleReadsPerOperatorHour,
    );
  }
}
