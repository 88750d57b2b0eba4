import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { assertPortFree, freePort, freePorts, PortInUseError, waitForPort } from './ports.ts';

describe('ports', () => {
  const servers: net.Server[] = [];
  afterEach(async () => {
    await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
    servers.length = 0;
  });

  async function listen(port = 0): Promise<number> {
    const server = net.createServer();
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    return (server.address() as net.AddressInfo).port;
  }

  it('finds a port nobody listens on', async () => {
    const port = await freePort();
    await expect(assertPortFree(port, 'Firestore')).resolves.toBeUndefined();
  });

  it('hands out different ports in one batch, all free', async () => {
    const ports = await freePorts(12);
    expect(new Set(ports).size).toBe(12);
    for (const port of ports) await assertPortFree(port, 'test');
  });

  it('names the port, the service and what to do when the port is taken', async () => {
    const port = await listen();
    const error = await assertPortFree(port, 'Firestore').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortInUseError);
    expect((error as Error).message).toContain(`Port ${port} (Firestore) is already in use`);
    expect((error as Error).message).toContain('README');
  });

  it('waits until a port accepts connections', async () => {
    const port = await freePort();
    setTimeout(() => void listen(port), 300);
    await expect(waitForPort(port, '127.0.0.1', 5_000)).resolves.toBeUndefined();
  });

  it('gives up waiting after the timeout', async () => {
    const port = await freePort();
    await expect(waitForPort(port, '127.0.0.1', 400)).rejects.toThrow(`127.0.0.1:${port}`);
  });
});
