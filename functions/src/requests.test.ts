import { describe, expect, it } from 'vitest';
import {
  validateAcceptTransferRequest,
  validateChatRequest,
  validateCloseBillingPeriodRequest,
  validateCreateOperatorRequest,
  validateRequestTransferRequest,
  validateStartChatRequest,
  validateSubmitOfflineMessageRequest,
  validateUpdateOperatorRequest,
  validateWidgetStatusRequest,
} from './requests.ts';

const page = 'http://127.0.0.1:5173/pricing';

describe('request validators', () => {
  it('refuse anything but an object', () => {
    for (const input of [null, undefined, 'x', 3, []]) {
      expect(validateChatRequest(input)).toEqual({
        ok: false,
        message: 'The request must be an object.',
        problem: { kind: 'bad-request' },
      });
    }
  });

  it('check ids', () => {
    expect(validateChatRequest({ workspaceId: 'demo', chatId: 'abc' }).ok).toBe(true);
    expect(validateChatRequest({ workspaceId: 'de/mo', chatId: 'abc' }).ok).toBe(false);
    expect(validateChatRequest({ workspaceId: 'demo' }).ok).toBe(false);
    expect(validateChatRequest({ workspaceId: 'demo', chatId: 'x'.repeat(200) }).ok).toBe(false);
  });

  it('normalize startChat and drop a bad referrer, keep a missing email absent', () => {
    const result = validateStartChatRequest({
      workspaceId: 'demo',
      visitorName: '  Vera\n Visitor ',
      visitorEmail: '',
      pageUrl: page,
      referrer: 'javascript:alert(1)',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        workspaceId: 'demo',
        visitorName: 'Vera Visitor',
        visitorEmail: undefined,
        departmentId: undefined,
        pageUrl: page,
        referrer: undefined,
      },
    });
  });

  it('refuse oversize names and messages with a clear message', () => {
    const name = validateStartChatRequest({
      workspaceId: 'demo',
      visitorName: 'v'.repeat(81),
      pageUrl: page,
    });
    expect(name).toMatchObject({ ok: false, message: expect.stringContaining('at most 80') });
    const message = validateSubmitOfflineMessageRequest({
      workspaceId: 'demo',
      name: 'Vera',
      email: 'vera@example.com',
      message: 'm'.repeat(4001),
      pageUrl: page,
    });
    expect(message).toMatchObject({ ok: false, message: expect.stringContaining('at most 4000') });
  });

  it('require an email and a page for off-line messages', () => {
    const base = { workspaceId: 'demo', name: 'Vera', message: 'Hi', pageUrl: page };
    expect(validateSubmitOfflineMessageRequest(base).ok).toBe(false);
    expect(validateSubmitOfflineMessageRequest({ ...base, email: 'nope' }).ok).toBe(false);
    expect(
      validateSubmitOfflineMessageRequest({ ...base, email: 'vera@Example.COM' }),
    ).toMatchObject({
      ok: true,
      value: { email: 'vera@example.com' },
    });
    expect(validateWidgetStatusRequest({ workspaceId: 'demo', pageUrl: 'ftp://x' }).ok).toBe(false);
  });

  it('validate createOperator with defaults and an optional password', () => {
    const ok = validateCreateOperatorRequest({
      workspaceId: 'demo',
      email: 'pia@parley.test',
      displayName: 'Pia',
      role: 'normal',
      password: '',
    });
    expect(ok).toEqual({
      ok: true,
      value: {
        workspaceId: 'demo',
        email: 'pia@parley.test',
        displayName: 'Pia',
        role: 'normal',
        password: undefined,
        maxChats: 5,
      },
    });
    const base = {
      workspaceId: 'demo',
      email: 'pia@parley.test',
      displayName: 'Pia',
      role: 'normal',
    };
    expect(validateCreateOperatorRequest({ ...base, role: 'owner' }).ok).toBe(false);
    expect(validateCreateOperatorRequest({ ...base, password: 42 }).ok).toBe(false);
    expect(validateCreateOperatorRequest({ ...base, displayName: '/t' }).ok).toBe(false);
    expect(validateCreateOperatorRequest({ ...base, maxChats: 0 }).ok).toBe(false);
  });

  it('keep only the fields an update names', () => {
    expect(
      validateUpdateOperatorRequest({ workspaceId: 'demo', uid: 'u1', displayName: 'Nora N' }),
    ).toEqual({
      ok: true,
      value: { workspaceId: 'demo', uid: 'u1', displayName: 'Nora N' },
    });
    expect(validateUpdateOperatorRequest({ workspaceId: 'demo', uid: 'u1', active: 'no' }).ok).toBe(
      false,
    );
  });

  it('validate transfers', () => {
    expect(
      validateRequestTransferRequest({ workspaceId: 'demo', chatId: 'c', toName: '  otto ' }),
    ).toEqual({
      ok: true,
      value: { workspaceId: 'demo', chatId: 'c', toName: 'otto' },
    });
    expect(
      validateRequestTransferRequest({ workspaceId: 'demo', chatId: 'c', toName: ' ' }).ok,
    ).toBe(false);
    expect(validateAcceptTransferRequest({ workspaceId: 'demo' })).toEqual({
      ok: true,
      value: { workspaceId: 'demo', chatId: undefined },
    });
  });

  it('validate billing periods', () => {
    expect(validateCloseBillingPeriodRequest({ workspaceId: 'demo', period: '2026-10' }).ok).toBe(
      true,
    );
    for (const period of ['2026-13', '2026-1', 'last month', 202610]) {
      expect(validateCloseBillingPeriodRequest({ workspaceId: 'demo', period }).ok).toBe(false);
    }
  });
});
