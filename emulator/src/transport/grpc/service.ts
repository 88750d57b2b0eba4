/**
 * google.firestore.v1.Firestore over gRPC. Messages are (de)serialized here with the SDKs' own
 * descriptor, straight to and from the proto3 JSON the RPC layer speaks. A request that does not
 * decode becomes INVALID_ARGUMENT for that call only; the server keeps serving.
 */
import * as grpc from '@grpc/grpc-js';
import { type EmulatorCore, FirestoreError } from '../../core/api.ts';
import { callerFromAuthorization } from '../caller.ts';
import { toRpcStatus } from '../errors.ts';
import { decodeRequest, encodeFromJson, type JsonObject } from '../proto/json.ts';
import { firestoreMethods, type MethodSchema, SERVICE_NAME } from '../proto/schema.ts';
import { type RpcContext, serverStreamingRpcs, unaryRpcs } from '../rpc/dispatch.ts';
import {
  type BidiStream,
  openListenStream,
  openWriteStream,
  type StreamPeer,
} from '../rpc/streams.ts';

/** What the deserializer hands over when the bytes are not a valid request. */
class UndecodableRequest {
  constructor(readonly reason: string) {}
}

type Incoming = JsonObject | UndecodableRequest;

export type RequestLog = (line: string) => void;

const MAX_MESSAGE_BYTES = 32 * 1024 * 1024;

export function createGrpcServer(core: EmulatorCore, log: RequestLog): grpc.Server {
  const server = new grpc.Server({
    // Large enough that an oversized document reaches the core and gets its proper error.
    'grpc.max_receive_message_length': MAX_MESSAGE_BYTES,
    'grpc.max_send_message_length': -1,
    // Channelz (gRPC's own introspection service) is not served here; tracking it costs per call.
    'grpc.enable_channelz': 0,
  });
  const definition: Record<string, grpc.MethodDefinition<Incoming, Uint8Array>> = {};
  const handlers: grpc.UntypedServiceImplementation = {};
  for (const schema of firestoreMethods.values()) {
    definition[schema.name] = methodDefinition(schema);
    handlers[schema.name] = handlerFor(schema, core, log);
  }
  server.addService(definition as grpc.ServiceDefinition, handlers);
  return server;
}

function methodDefinition(schema: MethodSchema): grpc.MethodDefinition<Incoming, Uint8Array> {
  return {
    path: `/${SERVICE_NAME}/${schema.name}`,
    requestStream: schema.requestStream,
    responseStream: schema.responseStream,
    requestSerialize: () => {
      throw new Error('server-side definition: requests are never serialized here');
    },
    requestDeserialize: (bytes: Buffer): Incoming => {
      try {
        return decodeRequest(schema.requestType, bytes);
      } catch (error) {
        return new UndecodableRequest(error instanceof Error ? error.message : String(error));
      }
    },
    responseSerialize: (bytes: Uint8Array) =>
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    responseDeserialize: (bytes: Buffer) => bytes,
  };
}

function checked(request: Incoming): JsonObject {
  if (request instanceof UndecodableRequest) {
    throw new FirestoreError('INVALID_ARGUMENT', `Invalid request: ${request.reason}`);
  }
  return request;
}

const unsupported = (name: string) =>
  new FirestoreError('UNIMPLEMENTED', `${name} is not supported`);

function grpcError(error: unknown): Partial<grpc.StatusObject> & { code: number; details: string } {
  const status = toRpcStatus(error);
  return { code: status.code, details: status.message };
}

function contextOf(call: { metadata: grpc.Metadata }, core: EmulatorCore): RpcContext {
  const header = call.metadata.get('authorization')[0];
  return {
    core,
    caller: callerFromAuthorization(typeof header === 'string' ? header : header?.toString()),
  };
}

function handlerFor(
  schema: MethodSchema,
  core: EmulatorCore,
  log: RequestLog,
): grpc.UntypedHandleCall {
  const { name, responseType } = schema;
  const encode = (json: JsonObject) => encodeFromJson(responseType, json);
  const finished = (started: number, outcome: string) =>
    log(`gRPC ${name} ${outcome} ${Date.now() - started}ms`);

  if (schema.requestStream) {
    const open = name === 'Listen' ? openListenStream : name === 'Write' ? openWriteStream : null;
    return (call: grpc.ServerDuplexStream<Incoming, Uint8Array>) => {
      const started = Date.now();
      let ended = false;
      let stream: BidiStream | null = null;
      const peer: StreamPeer = {
        send(json) {
          if (ended) return;
          try {
            call.write(encode(json));
          } catch (error) {
            peer.fail(error);
          }
        },
        fail(error) {
          if (ended) return;
          ended = true;
          stream?.close();
          const status = grpcError(error);
          finished(started, `stream ended: ${toRpcStatus(error).status} ${status.details}`);
          call.emit('error', status);
        },
      };
      if (!open) {
        peer.fail(unsupported(name));
        return;
      }
      let opened: BidiStream;
      try {
        opened = open(core, contextOf(call, core).caller, peer);
      } catch (error) {
        peer.fail(error);
        return;
      }
      stream = opened;
      log(`gRPC ${name} stream opened`);
      call.on('data', (request: Incoming) => {
        try {
          const json = checked(request);
          log(`gRPC ${name} ${describeStreamRequest(json)}`);
          opened.onRequest(json);
        } catch (error) {
          peer.fail(error);
        }
      });
      const stop = () => {
        if (ended) return;
        ended = true;
        opened.close();
        finished(started, 'stream closed');
      };
      call.on('end', () => {
        const wasEnded = ended;
        stop();
        if (!wasEnded) call.end();
      });
      call.on('cancelled', stop);
      call.on('close', stop);
      call.on('error', stop);
    };
  }

  if (schema.responseStream) {
    return (call: grpc.ServerWritableStream<Incoming, Uint8Array>) => {
      const started = Date.now();
      Promise.resolve()
        .then(() => serverStreamingRpcs[name]!(contextOf(call, core), checked(call.request)))
        .then((responses) => {
          const encoded = responses.map(encode);
          for (const bytes of encoded) call.write(bytes);
          call.end();
          finished(started, `OK (${encoded.length} responses)`);
        })
        .catch((error: unknown) => {
          finished(started, `${toRpcStatus(error).status} ${toRpcStatus(error).message}`);
          call.emit('error', grpcError(error));
        });
    };
  }

  return (
    call: grpc.ServerUnaryCall<Incoming, Uint8Array>,
    callback: grpc.sendUnaryData<Uint8Array>,
  ) => {
    const started = Date.now();
    const rpc = unaryRpcs[name];
    Promise.resolve()
      .then(() => {
        if (!rpc) throw unsupported(name);
        return rpc(contextOf(call, core), checked(call.request));
      })
      .then((json) => {
        const bytes = encode(json);
        finished(started, 'OK');
        callback(null, bytes);
      })
      .catch((error: unknown) => {
        const status = toRpcStatus(error);
        finished(started, `${status.status} ${status.message}`);
        callback(grpcError(error));
      });
  };
}

function describeStreamRequest(request: JsonObject): string {
  if (request.addTarget)
    return `addTarget ${(request.addTarget as { targetId?: number }).targetId ?? 0}`;
  if (request.removeTarget !== undefined) return `removeTarget ${String(request.removeTarget)}`;
  if (Array.isArray(request.writes)) return `${request.writes.length} writes`;
  return 'handshake';
}
