/** The targets of issue 18 (ADR 006), and the check that a figure does not grow with the team. */
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

/** The per-operation figures that grow from the smallest team to the largest, per offer mode. */
export function teamGrowth(results: ScenarioResult[]): string[] {
  const missed: string[] = [];
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
