/**
 * `node dist/gateway.mjs` (container) or `tsx sip-gateway/src/main.ts`: the gateway from the
 * environment (config.ts). Firestore is reached as the functions reach it: GOOGLE_CLOUD_PROJECT
 * and default credentials in production, FIRESTORE_EMULATOR_HOST locally.
 */
import { configFromEnv } from './config.ts';
import { startGateway } from './gateway.ts';

const gateway = await startGateway(configFromEnv());
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    gateway.config.log(`${signal}: stopping`);
    void gateway.stop().then(() => process.exit(0));
  });
}
