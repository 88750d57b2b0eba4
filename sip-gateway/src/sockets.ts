import net from 'node:net';

/**
 * The `sip` library binds its sockets without telling when it is done (or that it failed);
 * we know the TCP listener is up once a connection succeeds. Fails after `timeoutMs`.
 */
export async function waitForListening(
  host: string,
  port: number,
  timeoutMs = 5000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, host, () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`SIP gateway: nothing listens on ${host}:${port}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
