/**
 * The emulator core: databases by name, Security Rules per project, persistence.
 *
 *   const core = createEmulatorCore({ dataDir, log, compileRules });
 *   const db = core.database('demo-parley', '(default)');
 */
import type { CompiledRules, CompileResult } from '../rules/api.ts';
import type { AllowCoverage, Database, EmulatorCore, RulesIssue } from './api.ts';
import { DatabaseImpl } from './database.ts';
import { databaseName } from './paths.ts';
import { loadSnapshot, type Snapshot, SnapshotWriter } from './persistence.ts';
import { Clock } from './timestamps.ts';

export { FirestoreError } from './api.ts';
export { CorruptDataError, DATA_FILE } from './persistence.ts';

export interface EmulatorCoreOptions {
  /** Directory for the persisted snapshot; memory only when absent. */
  dataDir?: string;
  /** Receives one debug line per request. */
  log?: (line: string) => void;
  /** Compiles rules source (injected from emulator/src/rules so the core stays independent). */
  compileRules?: (source: string) => CompileResult;
}

const NAME = /^projects\/([^/]+)\/databases\/([^/]+)$/;

class EmulatorCoreImpl implements EmulatorCore {
  private readonly databases = new Map<string, DatabaseImpl>();
  private readonly rules = new Map<string, CompiledRules>();
  private readonly clock = new Clock();
  private readonly writer?: SnapshotWriter;
  private closed = false;

  constructor(private readonly options: EmulatorCoreOptions) {
    if (options.dataDir) {
      const snapshot = loadSnapshot(options.dataDir);
      for (const [name, docs] of Object.entries(snapshot?.databases ?? {})) {
        const m = NAME.exec(name);
        if (m) this.get(m[1]!, m[2]!).importDocuments(docs);
      }
      this.writer = new SnapshotWriter(options.dataDir, () => this.snapshot(), options.log);
    }
  }

  private snapshot(): Snapshot {
    const databases: Snapshot['databases'] = {};
    for (const [name, db] of this.databases) {
      const docs = db.exportDocuments();
      if (docs.length > 0) databases[name] = docs;
    }
    return { databases };
  }

  private get(project: string, database: string): DatabaseImpl {
    const name = databaseName(project, database);
    let db = this.databases.get(name);
    if (!db) {
      db = new DatabaseImpl({
        project,
        database,
        clock: this.clock,
        rules: () => this.rules.get(project),
        log: this.options.log,
        onChange: () => this.writer?.markDirty(),
      });
      this.databases.set(name, db);
    }
    return db;
  }

  database(project: string, database: string): Database {
    if (!project || !database || project.includes('/') || database.includes('/')) {
      throw new Error(`Invalid database: projects/${project}/databases/${database}`);
    }
    return this.get(project, database);
  }

  setRules(project: string, source: string): { issues: RulesIssue[] } {
    this.options.log?.(`setRules ${project} (${source.length} chars)`);
    if (!this.options.compileRules) {
      return {
        issues: [
          {
            sourcePosition: { line: 1, column: 1 },
            description:
              'This emulator was started without a rules compiler; rules cannot be loaded.',
            severity: 'ERROR',
          },
        ],
      };
    }
    const result = this.options.compileRules(source);
    if (result.ok) this.rules.set(project, result.rules);
    return { issues: result.issues };
  }

  ruleCoverage(project: string): AllowCoverage[] | null {
    const rules = this.rules.get(project);
    return rules ? (rules.coverage?.() ?? []) : null;
  }

  clear(project: string, database = '(default)'): void {
    this.options.log?.(`clear ${databaseName(project, database)}`);
    this.databases.get(databaseName(project, database))?.clear();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.writer?.flush();
  }
}

export function createEmulatorCore(options: EmulatorCoreOptions = {}): EmulatorCore {
  return new EmulatorCoreImpl(options);
}
