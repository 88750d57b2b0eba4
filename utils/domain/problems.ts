/**
 * What a validator found wrong, as data: a kind, the field it concerns and the numbers or names
 * its sentence needs. The domain stays in one language (its English `message` serves the
 * functions' refusals and logs); each client phrases a problem in its own catalogue: the
 * extension's `problem<Kind>` and `field<Field>` messages (utils/data/problem-message.ts), the
 * widget's own catalogues. docs/adr-014-catalogue-for-problems-and-refusals.md.
 */

/** The fields validators name; each has a `field<Field>` message in the extension's catalogue. */
export type Field =
  | 'visitorName'
  | 'messageText'
  | 'offlineMessage'
  | 'ratingComment'
  | 'displayName'
  | 'email'
  | 'visitorEmail'
  | 'maxChats'
  | 'departmentName'
  | 'operatorIds'
  | 'departmentOperators'
  | 'routeOperators'
  | 'offlineRecipients'
  | 'cannedShortcut'
  | 'cannedText'
  | 'workspaceName'
  | 'blockReason'
  | 'queueTimeoutSeconds'
  | 'transferTimeoutSeconds'
  | 'offerSeconds'
  | 'urlPattern'
  | 'widgetTitle'
  | 'widgetGreeting'
  | 'widgetAccent'
  | 'projectId'
  | 'apiKey'
  | 'appId'
  | 'emulatorHost'
  | 'authEmulatorPort'
  | 'firestoreEmulatorPort'
  | 'functionsEmulatorPort';

export type Problem =
  | { kind: 'required'; field: Field }
  | { kind: 'too-long'; field: Field; max: number; length: number }
  | { kind: 'too-short'; field: Field; min: number }
  | { kind: 'not-an-email'; field: Field }
  | { kind: 'no-letter-or-digit'; field: Field }
  | { kind: 'leading-slash'; field: Field }
  | { kind: 'not-text'; field: Field }
  | { kind: 'not-a-role' }
  | { kind: 'count-out-of-range'; field: Field; min: number; max: number }
  | { kind: 'not-seconds'; field: Field }
  | { kind: 'not-whole-seconds'; field: Field }
  | { kind: 'seconds-out-of-range'; field: Field; min: number; max: number }
  | { kind: 'days-out-of-range'; min: number; max: number }
  | { kind: 'not-a-list'; field: Field }
  | { kind: 'empty-list'; field: Field }
  | { kind: 'list-too-long'; field: Field; max: number }
  | { kind: 'unknown-operators'; field: Field }
  | { kind: 'no-url-pattern' }
  | { kind: 'has-spaces'; field: Field }
  | { kind: 'no-host' }
  | { kind: 'bad-host'; host: string }
  | { kind: 'has-query' }
  | { kind: 'matches-everything' }
  | { kind: 'shortcut-characters' }
  | { kind: 'built-in-command'; name: string; description: string }
  | { kind: 'shortcut-taken'; shortcut: string }
  | { kind: 'no-offer-mode' }
  | { kind: 'not-a-colour'; field: Field }
  | { kind: 'low-contrast'; colour: string; ratio: string; min: number }
  | { kind: 'not-a-position' }
  | { kind: 'bad-request' }
  | { kind: 'demo-project-needs-emulators' }
  | { kind: 'password-too-short'; min: number }
  | { kind: 'password-too-long'; max: number }
  | { kind: 'password-outer-space' }
  | { kind: 'password-mix'; passphrase: number }
  | { kind: 'password-common' }
  | { kind: 'password-simple' }
  | { kind: 'password-personal' }
  | { kind: 'password-mismatch' };

export type ProblemKind = Problem['kind'];

// A record, not a list, so the typecheck fails when a kind is added without being listed here.
const KINDS: Record<ProblemKind, true> = {
  required: true,
  'too-long': true,
  'too-short': true,
  'not-an-email': true,
  'no-letter-or-digit': true,
  'leading-slash': true,
  'not-text': true,
  'not-a-role': true,
  'count-out-of-range': true,
  'not-seconds': true,
  'not-whole-seconds': true,
  'seconds-out-of-range': true,
  'days-out-of-range': true,
  'not-a-list': true,
  'empty-list': true,
  'list-too-long': true,
  'unknown-operators': true,
  'no-url-pattern': true,
  'has-spaces': true,
  'no-host': true,
  'bad-host': true,
  'has-query': true,
  'matches-everything': true,
  'shortcut-characters': true,
  'built-in-command': true,
  'shortcut-taken': true,
  'no-offer-mode': true,
  'not-a-colour': true,
  'low-contrast': true,
  'not-a-position': true,
  'bad-request': true,
  'demo-project-needs-emulators': true,
  'password-too-short': true,
  'password-too-long': true,
  'password-outer-space': true,
  'password-mix': true,
  'password-common': true,
  'password-simple': true,
  'password-personal': true,
  'password-mismatch': true,
};

/** Every problem kind: the convention test checks each has a catalogue message. */
export const PROBLEM_KINDS = Object.keys(KINDS) as ProblemKind[];

const FIELD_NAMES: Record<Field, true> = {
  visitorName: true,
  messageText: true,
  offlineMessage: true,
  ratingComment: true,
  displayName: true,
  email: true,
  visitorEmail: true,
  maxChats: true,
  departmentName: true,
  operatorIds: true,
  departmentOperators: true,
  routeOperators: true,
  offlineRecipients: true,
  cannedShortcut: true,
  cannedText: true,
  workspaceName: true,
  blockReason: true,
  queueTimeoutSeconds: true,
  transferTimeoutSeconds: true,
  offerSeconds: true,
  urlPattern: true,
  widgetTitle: true,
  widgetGreeting: true,
  widgetAccent: true,
  projectId: true,
  apiKey: true,
  appId: true,
  emulatorHost: true,
  authEmulatorPort: true,
  firestoreEmulatorPort: true,
  functionsEmulatorPort: true,
};

/** Every field: the convention test checks each has a catalogue label. */
export const FIELDS = Object.keys(FIELD_NAMES) as Field[];
