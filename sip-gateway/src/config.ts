import { randomBytes, randomUUID } from 'node:crypto';
import type { DigestAlgorithm } from '../../functions/src/sip-credentials.ts';
import { DEFAULT_SIP_BASE_DOMAIN } from '../../utils/domain/sip.ts';

export interface GatewayConfig {
  /** Interface to listen on (127.0.0.1 locally, 0.0.0.0 in a container). */
  host: string;
  /** UDP and TCP port (5060). */
  port: number;
  /** WebSocket (RFC 7118) port; off when absent. */
  wsPort?: number;
  /** The address written into Via headers; defaults to `host`. */
  publicAddress?: string;
  /** SIP_DOMAIN: each workspace is <ws>.<baseDomain>. */
  baseDomain: string;
  /** Signs nonces: instances sharing it accept each other's challenges (scale-out). */
  nonceSecret: Buffer;
  /**
   * The digest challenges offered, most preferred first (RFC 8760: SHA-256, then MD5). Clients
   * that only read the first challenge and know only MD5 (SIPp) need MD5 first: SIP_DIGEST=MD5,SHA-256.
   */
  digestAlgorithms: DigestAlgorithm[];
  /** This process, as recorded on the registrations it holds. */
  instanceId: string;
  log: (line: string) => void;
}

/** The gateway's settings from the environment (README "SIP gateway"). */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const port = Number(env.SIP_PORT ?? 5060);
  const wsPort = env.SIP_WS_PORT ? Number(env.SIP_WS_PORT) : undefined;
  return {
    host: env.SIP_LISTEN ?? '127.0.0.1',
    port,
    ...(wsPort ? { wsPort } : {}),
    ...(env.SIP_PUBLIC_ADDRESS ? { publicAddress: env.SIP_PUBLIC_ADDRESS } : {}),
    baseDomain: env.SIP_DOMAIN?.trim() || DEFAULT_SIP_BASE_DOMAIN,
    nonceSecret: env.SIP_NONCE_SECRET ? Buffer.from(env.SIP_NONCE_SECRET, 'utf8') : randomBytes(32),
    digestAlgorithms: digestAlgorithms(env.SIP_DIGEST),
    instanceId: env.SIP_INSTANCE_ID ?? `gw-${randomUUID().slice(0, 8)}`,
    log: (line) => console.log(`[sip-gateway] ${line}`),
  };
}

/** SIP_DIGEST ("SHA-256,MD5") as a list; unknown names are an error, not silently dropped. */
export function digestAlgorithms(value = 'SHA-256,MD5'): DigestAlgorithm[] {
  const names = value.split(',').map((name) => name.trim().toUpperCase());
  for (const name of names) {
    if (name !== 'MD5' && name !== 'SHA-256')
      throw new Error(`SIP_DIGEST: unknown algorithm ${name}`);
  }
  return names as DigestAlgorithm[];
}
