/**
 * Evaluates a request against a parsed ruleset: find the match blocks whose full pattern covers
 * the request path, then grant if any `allow` for the method evaluates to true. read = get + list,
 * write = create + update + delete (expanded by the parser). Errors deny. List queries are checked
 * once per disjunct of their filter (see list-queries.ts).
 */

import type { AllowCoverage } from '../core/api.ts';
import type { CompiledRules, RulesDecision, RulesMethod, RulesRequest } from './api.ts';
import type { AllowStmt, Ruleset, SourcePos } from './ast.ts';
import { CoverageCounter } from './coverage.ts';
import { DEFAULT_ACCESS_LIMIT, TrackingDocumentReader } from './documents.ts';
import { Env } from './env.ts';
import { RulesEvalError } from './errors.ts';
import { type EvalContext, evaluate } from './evaluator.ts';
import { fromJson, resourceValue } from './firestore-values.ts';
import { queryResource, requestQueryValue } from './list-queries.ts';
import {
  ANY_DEPTH,
  ANY_ID,
  type MatchedBlock,
  matchingChains,
  type RequestSegment,
} from './match.ts';
import { type Atom, parseFieldPath, QueryConstraints, toDisjuncts } from './query-filters.ts';
import { showValue } from './show.ts';
import { parseRfc3339 } from './time.ts';
import { RMap, RPath, RTimestamp, type RValue } from './values.ts';

const at = (pos: SourcePos) => `L${pos.line}:${pos.column}`;

/** The request path as rules match it, with list queries ending in an unknown document id. */
function requestSegments(request: RulesRequest): RequestSegment[] {
  const head = ['databases', request.database, 'documents'];
  if (request.method === 'list' && request.query) {
    const { parent, structuredQuery } = request.query;
    const parentPath = parent.split('/documents')[1] ?? '';
    const parentSegs = parentPath.split('/').filter((s) => s !== '');
    const from = structuredQuery.from?.[0];
    const collectionId = from?.collectionId;
    if (collectionId !== undefined) {
      const depth: RequestSegment[] = from?.allDescendants ? [ANY_DEPTH] : [];
      return [...head, ...parentSegs, ...depth, collectionId, ANY_ID];
    }
  }
  const segs = request.path.split('/').filter((s) => s !== '');
  if (request.method === 'list') {
    const last = segs[segs.length - 1];
    if (segs.length % 2 === 0 && last && /^\{.*\}$/.test(last)) segs.pop();
    return [...head, ...segs, ANY_ID];
  }
  return [...head, ...segs];
}

function authValue(auth: RulesRequest['auth']): RValue {
  if (!auth) return null;
  return RMap.of({ uid: auth.uid, token: fromJson(auth.token) });
}

type Outcome = { allowed: true } | { allowed: false; failures: string[] };

export class RulesEngine implements CompiledRules {
  private readonly counter: CoverageCounter;

  constructor(private readonly ruleset: Ruleset) {
    this.counter = new CoverageCounter(ruleset);
  }

  coverage(): AllowCoverage[] {
    return this.counter.report();
  }

  evaluate(request: RulesRequest): RulesDecision {
    try {
      return this.decide(request);
    } catch (e) {
      // Errors outside any condition (a malformed request.time, say) deny like any other error.
      if (!(e instanceof RulesEvalError)) throw e;
      return { allowed: false, reason: `Rules evaluation failed: ${e.message}` };
    }
  }

  private decide(request: RulesRequest): RulesDecision {
    const segments = requestSegments(request);
    const concrete = segments.filter((s): s is string => typeof s === 'string');
    const shownPath = `/${segments.map((s) => (s === ANY_ID ? '{document}' : s === ANY_DEPTH ? '**' : s)).join('/')}`;
    const chains = matchingChains(this.ruleset.root, segments, this.ruleset.version).filter(
      (chain) => chain[chain.length - 1]!.block.allows.some((a) => a.methods.has(request.method)),
    );
    const reader = new TrackingDocumentReader(request, request.accessLimit ?? DEFAULT_ACCESS_LIMIT);
    const finish = (decision: RulesDecision): RulesDecision => ({
      ...decision,
      accessedDocuments: [...reader.accessed],
    });
    if (chains.length === 0) {
      return finish({
        allowed: false,
        reason: `No matching allow statements for ${request.method} on ${shownPath}.`,
      });
    }
    const ctx: EvalContext = {
      docs: reader,
      depth: 0,
      debug: request.debug && ((v) => request.debug!(showValue(v))),
    };
    const requestFields: Record<string, RValue> = {
      auth: authValue(request.auth),
      method: request.method,
      path: new RPath(concrete),
      time: new RTimestamp(parseRfc3339(request.time)),
    };
    // request.resource is the document after the write; null where there is none (reads, deletes).
    requestFields.resource = request.requestResource
      ? resourceValue(request.requestResource)
      : null;

    if (request.method === 'list' && request.query) {
      const q = request.query.structuredQuery;
      requestFields.query = requestQueryValue(q);
      const collection = new RPath(concrete);
      let disjuncts: Atom[][];
      try {
        disjuncts = toDisjuncts(q.where);
      } catch (e) {
        if (!(e instanceof RulesEvalError)) throw e;
        return finish({ allowed: false, reason: `${e.message} (${shownPath})` });
      }
      const orderBy = (q.orderBy ?? []).map((o) => parseFieldPath(o.field.fieldPath));
      for (const [i, atoms] of disjuncts.entries()) {
        const constraints = new QueryConstraints(atoms, orderBy);
        if (constraints.impossible) continue;
        const outcome = this.check(
          chains,
          request.method,
          RMap.of(requestFields),
          queryResource(constraints, collection),
          ctx,
        );
        if (!outcome.allowed) {
          const which =
            disjuncts.length > 1
              ? ` (query disjunct ${i + 1} of ${disjuncts.length}: ${describeAtoms(atoms)})`
              : '';
          return finish({
            allowed: false,
            reason: `Permission denied: list on ${shownPath}${which}: ${outcome.failures.join('; ')}`,
          });
        }
      }
      return finish({ allowed: true });
    }

    const resource: RValue = request.resource ? resourceValue(request.resource) : null;
    const outcome = this.check(chains, request.method, RMap.of(requestFields), resource, ctx);
    if (outcome.allowed) return finish({ allowed: true });
    return finish({
      allowed: false,
      reason: `Permission denied: ${request.method} on ${shownPath}: ${outcome.failures.join('; ')}`,
    });
  }

  /** Tries every applicable allow of every matching chain; the first true one grants. */
  private check(
    chains: MatchedBlock[][],
    method: RulesMethod,
    requestValue: RValue,
    resource: RValue,
    ctx: EvalContext,
  ): Outcome {
    const globals = new Env(null);
    globals.vars.set('request', requestValue);
    globals.vars.set('resource', resource);
    globals.declareFunctions(this.ruleset.root.functions);
    const failures: string[] = [];
    for (const chain of chains) {
      let env = globals;
      for (const { block, bindings } of chain) {
        env = new Env(env);
        for (const [k, v] of bindings) env.vars.set(k, v);
        env.declareFunctions(block.functions);
      }
      const last = chain[chain.length - 1]!.block;
      for (const allow of last.allows) {
        if (!allow.methods.has(method)) continue;
        const verdict = runAllow(allow, env, ctx);
        this.counter.record(allow, verdict.outcome);
        if (verdict.outcome === 'granted') return { allowed: true };
        failures.push(
          `${verdict.why} for 'allow ${allow.written.join(', ')}' at ${at(allow.pos)} (match ${chainText(chain)})`,
        );
      }
    }
    return { allowed: false, failures };
  }
}

type Verdict = { outcome: 'granted' } | { outcome: 'denied' | 'errors'; why: string };

/** Whether the allow grants, and if not, why. */
function runAllow(allow: AllowStmt, env: Env, ctx: EvalContext): Verdict {
  if (!allow.condition) return { outcome: 'granted' };
  try {
    const v = evaluate(allow.condition, env, ctx);
    if (v === true) return { outcome: 'granted' };
    if (v === false) return { outcome: 'denied', why: 'false' };
    return { outcome: 'errors', why: `condition returned ${showValue(v)}, not a bool,` };
  } catch (e) {
    if (!(e instanceof RulesEvalError)) throw e;
    return { outcome: 'errors', why: `error at ${e.pos ? at(e.pos) : '?'}: ${e.message}` };
  }
}

function chainText(chain: MatchedBlock[]): string {
  return chain.map((m) => m.block.patternText).join('');
}

function describeAtoms(atoms: Atom[]): string {
  if (atoms.length === 0) return 'no filter';
  const ops: Record<Atom['op'], string> = {
    EQUAL: '==',
    NOT_EQUAL: '!=',
    ARRAY_CONTAINS: 'array-contains',
    LESS_THAN: '<',
    LESS_THAN_OR_EQUAL: '<=',
    GREATER_THAN: '>',
    GREATER_THAN_OR_EQUAL: '>=',
    EXISTS: 'exists',
  };
  return atoms.map((a) => `${a.field.join('.')} ${ops[a.op]} ${showValue(a.value)}`).join(' && ');
}
