/**
 * One port for every protocol, like Google's emulator: each TCP connection is sniffed, the HTTP/2
 * preface goes to the gRPC server, anything else to the HTTP/1.1 server (REST, WebChannel,
 * control endpoints).
 */
import type http from 'node:http';
import net from 'node:net';
import type * as grpc from '@grpc/grpc-js';
import { ServerCredentials } from '@grpc/grpc-js';

const HTTP2_PREFACE = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n');

export interface OnePortServer {
  host: string;
  port: number;
  close(): Promise<void>;
}

export interface OnePortOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  grpcServer: grpc.Server;
  httpServer: http.Server;
}

export async function listenOnOnePort(options: OnePortOptions): Promise<OnePortServer> {
  const { grpcServer, httpServer } = options;
  const injector = grpcServer.createConnectionInjector(ServerCredentials.createInsecure());
  const sockets = new Set<net.Socket>();

  const route = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    sniff(socket, (isHttp2) => {
      if (isHttp2) injector.injectConnection(socket);
      else httpServer.emit('connection', socket);
    });
  };

  const listeners = await bindAll(options.host, options.port, route);
  const port = (listeners[0]!.address() as net.AddressInfo).port;

  let closing: Promise<void> | null = null;
  return {
    host: options.host,
    port,
    close() {
      closing ??= (async () => {
        // Stop accepting first; a listener's close callback only fires once every connection
        // it accepted is gone, so live clients (SDKs that never disconnect) are cut here.
        const closed = Promise.all(listeners.map((listener) => closeListener(listener)));
        httpServer.closeAllConnections();
        injector.destroy();
        grpcServer.forceShutdown();
        for (const socket of sockets) socket.destroy();
        await closed;
      })();
      return closing;
    },
  };
}

/** Reads until the bytes either match the whole HTTP/2 preface or stop matching it. */
function sniff(socket: net.Socket, decide: (isHttp2: boolean) => void): void {
  let seen = Buffer.alloc(0);
  const onData = (chunk: Buffer) => {
    seen = Buffer.concat([seen, chunk]);
    const length = Math.min(seen.length, HTTP2_PREFACE.length);
    const matches = seen.subarray(0, length).equals(HTTP2_PREFACE.subarray(0, length));
    if (matches && seen.length < HTTP2_PREFACE.length) return;
    socket.off('data', onData);
    socket.pause();
    socket.unshift(seen);
    decide(matches);
    process.nextTick(() => socket.resume());
  };
  socket.on('data', onData);
}

/**
 * Binds the host; for a loopback host also the other loopback family, so `localhost` reaches us
 * whether it resolves to 127.0.0.1 or ::1 (and never a different server on the same port).
 */
async function bindAll(
  host: string,
  port: number,
  onConnection: (socket: net.Socket) => void,
): Promise<net.Server[]> {
  const loopback = host === '127.0.0.1' || host === 'localhost' || host === '::1';
  const attempts = port === 0 ? 5 : 1;
  for (let attempt = 1; ; attempt++) {
    const primary = await bind(loopback ? '127.0.0.1' : host, port, onConnection);
    if (!loopback) return [primary];
    const chosen = (primary.address() as net.AddressInfo).port;
    try {
      return [primary, await bind('::1', chosen, onConnection)];
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // No IPv6 on this machine: 127.0.0.1 alone is all localhost can mean.
      if (code === 'EADDRNOTAVAIL' || code === 'EAFNOSUPPORT') return [primary];
      await closeListener(primary);
      if (attempt >= attempts) throw error;
    }
  }
}

function bind(
  host: string,
  port: number,
  onConnection: (socket: net.Socket) => void,
): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const listener = net.createServer(onConnection);
    listener.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        const where = host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
        reject(
          Object.assign(
            new Error(
              `Port ${port} is already in use (${where}): stop the other server or pick another port`,
            ),
            { code: error.code },
          ),
        );
      } else reject(error);
    });
    listener.listen({ host, port, exclusive: true }, () => resolve(listener));
  });
}

function closeListener(listener: net.Server): Promise<void> {
  return new Promise((resolve) => listener.close(() => resolve()));
}
