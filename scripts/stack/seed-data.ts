/** The demo workspace (docs/architecture.md, "Local stack"): what `npm start` seeds and the browser tests rely on. */
export const DEMO_WORKSPACE = 'demo';

export const DEMO_ACCOUNTS = [
  {
    key: 'ada',
    email: 'ada@parley.test',
    password: 'parley-admin',
    displayName: 'Ada',
    role: 'admin',
  },
  {
    key: 'nora',
    email: 'nora@parley.test',
    password: 'parley-operator',
    displayName: 'Nora',
    role: 'normal',
  },
  {
    key: 'otto',
    email: 'otto@parley.test',
    password: 'parley-operator',
    displayName: 'Otto',
    role: 'normal',
  },
] as const;

/**
 * Every demo operator's SIP password (SIP Info; the user name is the account key, e.g.
 * nora@demo.chat.parley.test). Only its digests are stored, as resetSipPassword stores them.
 */
export const DEMO_SIP_PASSWORD = 'parley-sip';

export type DemoAccountKey = (typeof DEMO_ACCOUNTS)[number]['key'];

export const DEMO_DEPARTMENTS = [
  { id: 'sales', name: 'Sales', members: ['nora'] },
  { id: 'support', name: 'Support', members: ['otto'] },
] as const satisfies readonly { id: string; name: string; members: DemoAccountKey[] }[];

export const DEMO_CANNED_RESPONSES = [
  {
    id: 'hello',
    shortcut: 'hello',
    text: 'Hello %VISITOR%, I am %OPERATOR%. How can I help you today?',
  },
  {
    id: 'thanks',
    shortcut: 'thanks',
    text: 'Thank you for contacting us, %VISITOR%. Have a great day!',
  },
  {
    id: 'wait',
    shortcut: 'wait',
    text: 'One moment please, %VISITOR%, I am checking that for you.',
  },
] as const;

export const DEMO_URL_ROUTES = [
  { id: 'pricing', pattern: '127.0.0.1*/pricing*', members: ['nora'] },
  { id: 'help', pattern: '127.0.0.1*/help*', members: ['otto'] },
] as const satisfies readonly { id: string; pattern: string; members: DemoAccountKey[] }[];
