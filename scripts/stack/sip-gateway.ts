/**
 * The SIP gateway beside the emulators (DESIGN.md: 127.0.0.1:5060, UDP and TCP): the same code as
 * the container (sip-gateway/), in this process, on the stack's Firestore. Separate from
 * stack.ts so the stack's pieces stay independent; start.ts starts it after the stack.
 */
import { randomBytes } from 'node:crypto';
import { DEFAULT_SIP_BASE_DOMAIN } from '../../utils/domain/sip.ts';
import { assertPortFree } from './ports.ts';

export const DEFAULT_SIP_PORT = 5060;

export interface SipGatewayOptions {
  host: string;
  port: number;
  projectId: string;
  firestoreHost: string;
  log: (line: string) => void;
}

export interface RunningSipGateway {
  address: string;
  domain: string;
  stop(): Promise<void>;
}

export async function startSipGateway(options: SipGatewayOptions): Promise<RunningSipGateway> {
  await assertPortFree(options.port, 'SIP gateway');
  // The functions' admin app (which the gateway shares) reads these on first use.
  process.env.FIRESTORE_EMULATOR_HOST = options.firestoreHost;
  process.env.GCLOUD_PROJECT = options.projectId;
  process.env.METADATA_SERVER_DETECTION ??= 'none';
  const { startGateway } = await import('../../sip-gateway/src/gateway.ts');
  const gateway = await startGateway({
    host: options.host,
    port: options.port,
    baseDomain: DEFAULT_SIP_BASE_DOMAIN,
    // Softphones and SIPp alike: MD5 first locally (see sip-gateway/src/config.ts).
    digestAlgorithms: ['MD5', 'SHA-256'],
    nonceSecret: randomBytes(32),
    instanceId: 'local',
    log: options.log,
  });
  return {
    address: `${options.host}:${options.port}`,
    domain: DEFAULT_SIP_BASE_DOMAIN,
    stop: () => gateway.stop(),
  };
}
