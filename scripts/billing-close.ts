import { fireScheduled } from './stack/schedules.ts';
import { DEFAULT_PORTS, PROJECT_ID } from './stack/stack.ts';

/**
 * `npm run billing:close`: closes last month's billing for every workspace of the running
 * `npm start` stack by firing the deployed monthlyBilling function, as Cloud Scheduler does at
 * 00:05 UTC on the 1st. Closing a month twice keeps the first invoice.
 */
const functionsHost = process.env.PARLEY_FUNCTIONS_HOST ?? `127.0.0.1:${DEFAULT_PORTS.functions}`;
try {
  await fireScheduled({ functionsHost, projectId: PROJECT_ID }, 'monthlyBilling');
  console.log(
    'Billing: last month is closed for every workspace (invoices in the Control Panel, Billing).',
  );
} catch (error) {
  const reason =
    (error as Error & { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
  console.error(
    `Billing could not be closed: ${reason}. Is \`npm start\` running (Functions on ${functionsHost})?`,
  );
  process.exit(1);
}
