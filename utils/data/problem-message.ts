/**
 * A validation problem (utils/domain/problems.ts) as a sentence from the extension's catalogue:
 * `problem<Kind>` with the field's `field<Field>` label. Written out key by key so the typecheck
 * sees every kind handled and the catalogue's convention test sees every key used.
 */
import type { Field, Problem } from '../domain/problems.ts';
import { t } from '../i18n.ts';

export function fieldLabel(field: Field): string {
  switch (field) {
    case 'visitorName':
      return t('fieldVisitorName');
    case 'messageText':
      return t('fieldMessageText');
    case 'offlineMessage':
      return t('fieldOfflineMessage');
    case 'ratingComment':
      return t('fieldRatingComment');
    case 'displayName':
      return t('fieldDisplayName');
    case 'email':
      return t('fieldEmail');
    case 'visitorEmail':
      return t('fieldVisitorEmail');
    case 'maxChats':
      return t('fieldMaxChats');
    case 'departmentName':
      return t('fieldDepartmentName');
    case 'operatorIds':
      return t('fieldOperatorIds');
    case 'departmentOperators':
      return t('fieldDepartmentOperators');
    case 'routeOperators':
      return t('fieldRouteOperators');
    case 'offlineRecipients':
      return t('fieldOfflineRecipients');
    case 'cannedShortcut':
      return t('fieldCannedShortcut');
    case 'cannedText':
      return t('fieldCannedText');
    case 'workspaceName':
      return t('fieldWorkspaceName');
    case 'blockReason':
      return t('fieldBlockReason');
    case 'queueTimeoutSeconds':
      return t('fieldQueueTimeoutSeconds');
    case 'transferTimeoutSeconds':
      return t('fieldTransferTimeoutSeconds');
    case 'offerSeconds':
      return t('fieldOfferSeconds');
    case 'urlPattern':
      return t('fieldUrlPattern');
    case 'widgetTitle':
      return t('fieldWidgetTitle');
    case 'widgetGreeting':
      return t('fieldWidgetGreeting');
    case 'widgetAccent':
      return t('fieldWidgetAccent');
    case 'projectId':
      return t('fieldProjectId');
    case 'apiKey':
      return t('fieldApiKey');
    case 'appId':
      return t('fieldAppId');
    case 'emulatorHost':
      return t('fieldEmulatorHost');
    case 'authEmulatorPort':
      return t('fieldAuthEmulatorPort');
    case 'firestoreEmulatorPort':
      return t('fieldFirestoreEmulatorPort');
    case 'functionsEmulatorPort':
      return t('fieldFunctionsEmulatorPort');
  }
}

/** Several problems (a password's) as one paragraph. */
export function problemsMessage(problems: readonly Problem[]): string {
  return problems.map(problemMessage).join(' ');
}

export function problemMessage(problem: Problem): string {
  switch (problem.kind) {
    case 'required':
      return t('problemRequired', fieldLabel(problem.field));
    case 'too-long':
      return t('problemTooLong', fieldLabel(problem.field), problem.max, problem.length);
    case 'too-short':
      return t('problemTooShort', fieldLabel(problem.field), problem.min);
    case 'not-an-email':
      return t('problemNotAnEmail', fieldLabel(problem.field));
    case 'no-letter-or-digit':
      return t('problemNoLetterOrDigit', fieldLabel(problem.field));
    case 'leading-slash':
      return t('problemLeadingSlash', fieldLabel(problem.field));
    case 'not-text':
      return t('problemNotText', fieldLabel(problem.field));
    case 'not-a-role':
      return t('problemNotARole');
    case 'count-out-of-range':
      return t('problemCountOutOfRange', fieldLabel(problem.field), problem.min, problem.max);
    case 'not-seconds':
      return t('problemNotSeconds', fieldLabel(problem.field));
    case 'not-whole-seconds':
      return t('problemNotWholeSeconds', fieldLabel(problem.field));
    case 'seconds-out-of-range':
      return t('problemSecondsOutOfRange', fieldLabel(problem.field), problem.min, problem.max);
    case 'days-out-of-range':
      return t('problemDaysOutOfRange', problem.min, problem.max);
    case 'not-a-list':
      return t('problemNotAList', fieldLabel(problem.field));
    case 'empty-list':
      return t('problemEmptyList', fieldLabel(problem.field));
    case 'list-too-long':
      return t('problemListTooLong', fieldLabel(problem.field), problem.max);
    case 'unknown-operators':
      return t('problemUnknownOperators', fieldLabel(problem.field));
    case 'no-url-pattern':
      return t('problemNoUrlPattern');
    case 'has-spaces':
      return t('problemHasSpaces', fieldLabel(problem.field));
    case 'no-host':
      return t('problemNoHost');
    case 'bad-host':
      return t('problemBadHost', problem.host);
    case 'has-query':
      return t('problemHasQuery');
    case 'matches-everything':
      return t('problemMatchesEverything');
    case 'shortcut-characters':
      return t('problemShortcutCharacters');
    case 'built-in-command':
      return t('problemBuiltInCommand', problem.name, problem.description);
    case 'shortcut-taken':
      return t('problemShortcutTaken', problem.shortcut);
    case 'no-offer-mode':
      return t('problemNoOfferMode');
    case 'not-a-colour':
      return t('problemNotAColour', fieldLabel(problem.field));
    case 'low-contrast':
      return t('problemLowContrast', problem.colour, problem.ratio, problem.min);
    case 'not-a-position':
      return t('problemNotAPosition');
    case 'demo-project-needs-emulators':
      return t('problemDemoProjectNeedsEmulators');
    case 'bad-request':
      return t('problemBadRequest');
    case 'password-too-short':
      return t('problemPasswordTooShort', problem.min);
    case 'password-too-long':
      return t('problemPasswordTooLong', problem.max);
    case 'password-outer-space':
      return t('problemPasswordOuterSpace');
    case 'password-mix':
      return t('problemPasswordMix', problem.passphrase);
    case 'password-common':
      return t('problemPasswordCommon');
    case 'password-simple':
      return t('problemPasswordSimple');
    case 'password-personal':
      return t('problemPasswordPersonal');
    case 'password-mismatch':
      return t('problemPasswordMismatch');
  }
}
