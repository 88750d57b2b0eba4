import type { SipRegistration } from '../../../utils/domain/model.ts';
import { paths } from '../../../utils/domain/paths.ts';
import { db } from '../admin.ts';
import { modelConverter } from './convert.ts';

export const sipRegistrationConverter = modelConverter<SipRegistration>(() => ({ contacts: [] }));

/**
 * workspaces/{ws}/sipRegistrations/{uid}: an operator's live SIP client bindings, written by the
 * SIP gateway (sip-gateway/src/registrar.ts). All gateway state lives here, so instances scale out.
 */
export const sipRegistrationsCol = (ws: string) =>
  db().collection(paths.sipRegistrations(ws)).withConverter(sipRegistrationConverter);
export const sipRegistrationRef = (ws: string, uid: string) =>
  db().doc(paths.sipRegistration(ws, uid)).withConverter(sipRegistrationConverter);
