/**
 * Expression evaluation with CEL error semantics: any failure is a RulesEvalError that propagates
 * upward, except that `&&` and `||` absorb it when the other side decides the result
 * (false && err = false, err || true = true, ...). The error remembers the innermost node it came
 * from so that deny reasons can say where evaluation failed.
 */
import type { Expr, PathPart } from './ast.ts';
import { type Closure, Env, Lazy } from './env.ts';
import { fail, RulesEvalError } from './errors.ts';
import { callMethod, callNamespace, invoke, NAMESPACES, PURE_GLOBALS } from './functions/index.ts';
import { indexList } from './functions/list.ts';
import { mapField } from './functions/map.ts';
import { indexPath } from './functions/path.ts';
import { codePoints, indexString } from './functions/string.ts';
import { applyBinary, applyUnary } from './operators.ts';
import { asBool, describeType, isType, QueryDerived, RMap, RPath, type RValue } from './values.ts';

/** Reads documents for get()/exists()/getAfter()/existsAfter(); enforces the access limit. */
export interface DocumentReader {
  /** The resource map {data, id, __name__} or null when the document does not exist. */
  read(kind: 'get' | 'getAfter', path: RPath): RValue;
}

export interface EvalContext {
  docs: DocumentReader;
  /** debug(x) output. */
  debug?: (value: RValue) => void;
  /** Current user-function call depth (limit 20). */
  depth: number;
}

const MAX_CALL_DEPTH = 20;

export function evaluate(e: Expr, env: Env, ctx: EvalContext): RValue {
  try {
    return evalNode(e, env, ctx);
  } catch (err) {
    if (err instanceof RulesEvalError && !err.pos) err.pos = e.pos;
    throw err;
  }
}

/** Evaluates, returning the error instead of throwing it (for && and || absorption). */
function attempt(
  e: Expr,
  env: Env,
  ctx: EvalContext,
): { value: boolean } | { error: RulesEvalError } {
  try {
    return { value: asBool(evaluate(e, env, ctx), 'Operand of a logical operator') };
  } catch (err) {
    if (err instanceof RulesEvalError) {
      if (!err.pos) err.pos = e.pos;
      return { error: err };
    }
    throw err;
  }
}

function logical(op: '&&' | '||', left: Expr, right: Expr, env: Env, ctx: EvalContext): boolean {
  const decisive = op === '||';
  const l = attempt(left, env, ctx);
  if ('value' in l && l.value === decisive) return decisive;
  const r = attempt(right, env, ctx);
  if ('value' in r && r.value === decisive) return decisive;
  if ('error' in l) throw l.error;
  if ('error' in r) throw r.error;
  return !decisive;
}

function evalNode(e: Expr, env: Env, ctx: EvalContext): RValue {
  switch (e.kind) {
    case 'literal':
      return e.value;
    case 'ident':
      return lookupVariable(e.name, env);
    case 'member':
      return getField(evaluate(e.object, env, ctx), e.name);
    case 'index':
      return indexValue(evaluate(e.object, env, ctx), evaluate(e.index, env, ctx));
    case 'slice':
      return sliceValue(
        evaluate(e.object, env, ctx),
        e.start && evaluate(e.start, env, ctx),
        e.end && evaluate(e.end, env, ctx),
      );
    case 'unary':
      return applyUnary(e.op, evaluate(e.operand, env, ctx));
    case 'binary':
      if (e.op === '&&' || e.op === '||') return logical(e.op, e.left, e.right, env, ctx);
      return applyBinary(e.op, evaluate(e.left, env, ctx), evaluate(e.right, env, ctx));
    case 'ternary':
      return asBool(evaluate(e.cond, env, ctx), 'Condition of ?:')
        ? evaluate(e.then, env, ctx)
        : evaluate(e.otherwise, env, ctx);
    case 'is':
      return isType(evaluate(e.operand, env, ctx), e.typeName);
    case 'list':
      return e.items.map((item) => evaluate(item, env, ctx));
    case 'map': {
      const entries = new Map<string, RValue>();
      for (const { key, value } of e.entries) {
        const k = evaluate(key, env, ctx);
        if (typeof k !== 'string') fail(`Map keys must be strings, got ${describeType(k)}.`);
        if (entries.has(k)) fail(`Duplicate map key ${JSON.stringify(k)}.`);
        entries.set(k, evaluate(value, env, ctx));
      }
      return new RMap(entries);
    }
    case 'path':
      return new RPath(e.parts.flatMap((segment) => evalPathSegment(segment, env, ctx)));
    case 'call':
      return evalCall(e, env, ctx);
  }
}

function lookupVariable(name: string, env: Env): RValue {
  const v = env.findVar(name);
  if (v instanceof Lazy) return v.get();
  if (v !== undefined) return v;
  if (name in NAMESPACES) fail(`'${name}' is a namespace, not a value.`);
  return fail(`Variable ${name} is not defined.`);
}

/** One `/segment` of a path literal; `$(p)` with a path value splices all of its segments. */
function evalPathSegment(parts: PathPart[], env: Env, ctx: EvalContext): string[] {
  if (parts.length === 1 && parts[0]!.kind === 'interp') {
    const v = evaluate(parts[0]!.expr, env, ctx);
    if (v instanceof RPath) return [...v.segments];
  }
  let text = '';
  for (const part of parts) {
    if (part.kind === 'text') {
      text += part.text;
      continue;
    }
    const v = evaluate(part.expr, env, ctx);
    if (typeof v === 'string') text += v;
    else if (typeof v === 'bigint') text += v.toString();
    else fail(`Path segments must be strings, got ${describeType(v)}.`);
  }
  return [text];
}

export function getField(obj: RValue, name: string): RValue {
  if (obj instanceof RMap) return mapField(obj, name);
  if (obj instanceof QueryDerived) return obj.field(name);
  if (obj === null) return fail(`Null value error: cannot read property ${name} of null.`);
  return fail(`Property ${name} is undefined on ${describeType(obj)}.`);
}

function indexValue(obj: RValue, index: RValue): RValue {
  if (obj instanceof RMap || obj instanceof QueryDerived) {
    if (typeof index !== 'string') fail(`Map keys are strings, got ${describeType(index)}.`);
    return getField(obj, index);
  }
  if (obj === null) return fail('Null value error: cannot index null.');
  if (typeof index !== 'bigint')
    return fail(
      `Index must be an int, got ${describeType(index)} (indexing ${describeType(obj)}).`,
    );
  if (Array.isArray(obj)) return indexList(obj, index);
  if (typeof obj === 'string') return indexString(obj, index);
  if (obj instanceof RPath) return indexPath(obj, index);
  if (obj instanceof Uint8Array) {
    if (index < 0n || index >= BigInt(obj.length)) fail(`Bytes index ${index} out of range.`);
    return BigInt(obj[Number(index)]!);
  }
  return fail(`Cannot index ${describeType(obj)}.`);
}

function sliceValue(obj: RValue, start: RValue | undefined, end: RValue | undefined): RValue {
  const items: RValue[] | string[] | null =
    typeof obj === 'string'
      ? codePoints(obj)
      : Array.isArray(obj)
        ? obj
        : obj instanceof RPath
          ? [...obj.segments]
          : null;
  if (!items) return fail(`Cannot slice ${describeType(obj)}.`);
  const bound = (v: RValue | undefined, fallback: number) => {
    if (v === undefined) return fallback;
    if (typeof v !== 'bigint') return fail(`Slice bounds must be ints, got ${describeType(v)}.`);
    return Number(v);
  };
  const from = bound(start, 0);
  const to = bound(end, items.length);
  if (from < 0 || to > items.length || from > to)
    fail(`Slice [${from}:${to}] out of range (size ${items.length}).`);
  if (typeof obj === 'string') return (items as string[]).slice(from, to).join('');
  if (obj instanceof RPath) return new RPath((items as string[]).slice(from, to));
  return items.slice(from, to);
}

function evalCall(e: Extract<Expr, { kind: 'call' }>, env: Env, ctx: EvalContext): RValue {
  const callee = e.callee;
  if (callee.kind === 'ident') {
    const fn = env.findFunction(callee.name);
    const args = e.args.map((a) => evaluate(a, env, ctx));
    if (fn) return callUserFunction(fn, args, ctx);
    return callGlobal(callee.name, args, ctx);
  }
  if (callee.kind !== 'member') return fail('Only functions and methods can be called.');
  const object = callee.object;
  if (
    object.kind === 'ident' &&
    object.name in NAMESPACES &&
    env.findVar(object.name) === undefined
  ) {
    return callNamespace(
      object.name,
      callee.name,
      e.args.map((a) => evaluate(a, env, ctx)),
    );
  }
  const receiver = evaluate(object, env, ctx);
  const args = e.args.map((a) => evaluate(a, env, ctx));
  return callMethod(receiver, callee.name, args);
}

function callUserFunction(fn: Closure, args: RValue[], ctx: EvalContext): RValue {
  const { decl } = fn;
  if (args.length !== decl.params.length)
    fail(`Function ${decl.name}() expects ${decl.params.length} argument(s), got ${args.length}.`);
  if (ctx.depth >= MAX_CALL_DEPTH)
    fail(`Maximum function call depth (${MAX_CALL_DEPTH}) exceeded.`);
  const frame = new Env(fn.env);
  for (const [i, p] of decl.params.entries()) frame.vars.set(p, args[i]!);
  for (const binding of decl.lets) {
    frame.vars.set(binding.name, new Lazy(() => evaluate(binding.expr, frame, ctx)));
  }
  ctx.depth++;
  try {
    return evaluate(decl.body, frame, ctx);
  } finally {
    ctx.depth--;
  }
}

function callGlobal(name: string, args: RValue[], ctx: EvalContext): RValue {
  switch (name) {
    case 'debug':
      if (args.length !== 1) fail(`Function debug() expects 1 argument(s), got ${args.length}.`);
      ctx.debug?.(args[0]!);
      return args[0]!;
    case 'get':
    case 'getAfter':
    case 'exists':
    case 'existsAfter': {
      if (args.length !== 1) fail(`Function ${name}() expects 1 argument(s), got ${args.length}.`);
      const path = args[0];
      if (!(path instanceof RPath))
        return fail(`Function ${name}() expects a path, got ${describeType(path ?? null)}.`);
      const kind = name === 'get' || name === 'exists' ? 'get' : 'getAfter';
      const doc = ctx.docs.read(kind, path);
      return name.startsWith('exists') ? doc !== null : doc;
    }
  }
  const spec = Object.hasOwn(PURE_GLOBALS, name) ? PURE_GLOBALS[name] : undefined;
  if (!spec) return fail(`Function not found error: Name: [${name}].`);
  return invoke(name, spec, null, args);
}
