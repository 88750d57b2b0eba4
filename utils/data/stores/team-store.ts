import { effect, signal } from '@preact/signals';
import type { Firestore } from 'firebase/firestore';
import type { PresenceState } from '../../domain/model.ts';
import { t } from '../../i18n.ts';
import type { CachedCanned } from '../canned-cache.ts';
import { type DepartmentDoc, departmentsCollection } from '../collections/departments.ts';
import { type OperatorDoc, operatorsCollection } from '../collections/operators.ts';
import { type TeamPresence, teamPresenceOf, teamPresenceRef } from '../collections/presence.ts';
import { type WorkspaceDoc, workspaceRef } from '../collections/workspaces.ts';
import { LiveDoc, LiveList, type LiveSource } from '../live.ts';
import { bindCannedResponses } from './canned-source.ts';

/** What the team store holds, as plain data (the hub sends it to the pages as it is). */
export interface TeamData {
  operators: OperatorDoc[];
  presences: TeamPresence[];
  departments: DepartmentDoc[];
  workspace: WorkspaceDoc | undefined;
  canned: CachedCanned[];
  error: string | null;
}

const byDisplayName = (a: OperatorDoc, b: OperatorDoc) =>
  a.displayName.localeCompare(b.displayName);

/**
 * The operator's team as signals: colleagues with their presence, departments, the workspace's
 * settings and the canned responses. Filled either live from Firestore (the background, which
 * stays alive) or from the hub's snapshots (the pages, see console-hub.ts).
 */
export class TeamStore {
  readonly operators = signal<OperatorDoc[]>([]);
  /** the team's states: the presence board, which changes only when a state does (ADR 006) */
  readonly presences = signal<TeamPresence[]>([]);
  readonly departments = signal<DepartmentDoc[]>([]);
  /** my workspace's settings (the transfer timeout the banners count down) */
  readonly workspace = signal<WorkspaceDoc | undefined>(undefined);
  readonly canned = signal<CachedCanned[]>([]);
  /** the first live binding that failed, as a sentence */
  readonly error = signal<string | null>(null);

  /** Binds every signal to its Firestore listener; returns the stop function. */
  bindLive(db: Firestore, ws: string): () => void {
    const operators = new LiveList(t('liveTheOperators'), () => operatorsCollection(db, ws), {
      order: byDisplayName,
    });
    const presences = new LiveDoc(t('livePresence'), () => teamPresenceRef(db, ws));
    const departments = new LiveList(t('liveTheDepartments'), () => departmentsCollection(db, ws));
    const workspace = new LiveDoc(t('liveTheWorkspace'), () => workspaceRef(db, ws));
    const canned = bindCannedResponses(db, ws, this.canned);
    const sources: LiveSource[] = [operators, presences, departments, workspace];
    const stops = [
      ...sources.map((source) => source.retain()),
      effect(() => {
        this.operators.value = operators.items.value;
        this.presences.value = presences.data.value ?? [];
        this.departments.value = departments.items.value;
        this.workspace.value = workspace.data.value;
      }),
      effect(() => {
        this.error.value =
          sources.find((s) => s.error.value)?.error.value ?? canned.error.value ?? null;
      }),
      canned.stop,
    ];
    return () => {
      for (const stop of stops) stop();
    };
  }

  snapshot(): TeamData {
    return {
      operators: this.operators.value,
      presences: this.presences.value,
      departments: this.departments.value,
      workspace: this.workspace.value,
      canned: this.canned.value,
      error: this.error.value,
    };
  }

  apply(data: TeamData): void {
    this.operators.value = data.operators;
    this.presences.value = data.presences;
    this.departments.value = data.departments;
    this.workspace.value = data.workspace;
    this.canned.value = data.canned;
    this.error.value = data.error;
  }

  operatorName(uid: string | undefined): string {
    if (!uid) return '';
    return this.operators.value.find((o) => o.id === uid)?.displayName ?? 'Operator';
  }

  presenceOf(uid: string): PresenceState {
    return teamPresenceOf(this.presences.value, uid);
  }

  departmentName(id: string | undefined): string | undefined {
    if (!id) return undefined;
    return this.departments.value.find((d) => d.id === id)?.name ?? id;
  }
}
