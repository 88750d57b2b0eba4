import { describe, expect, it } from 'vitest';
import { DEFAULT_FROM, smtpConfigFromEnv } from './smtp-config.ts';

describe('smtpConfigFromEnv', () => {
  it('is null without a host', () => {
    expect(smtpConfigFromEnv({})).toBeNull();
    expect(smtpConfigFromEnv({ SMTP_HOST: '  ' })).toBeNull();
  });
  it('reads the local sink settings', () => {
    expect(
      smtpConfigFromEnv({
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: '2525',
        SMTP_SECURE: 'false',
        SMTP_FROM: 'Parley <no-reply@parley.test>',
      }),
    ).toEqual({
      host: '127.0.0.1',
      port: 2525,
      secure: false,
      auth: undefined,
      from: 'Parley <no-reply@parley.test>',
    });
  });
  it('defaults the port from SMTP_SECURE and takes credentials', () => {
    expect(smtpConfigFromEnv({ SMTP_HOST: 'smtp.example.com', SMTP_SECURE: 'TRUE' })).toMatchObject(
      { port: 465, secure: true, from: DEFAULT_FROM },
    );
    expect(
      smtpConfigFromEnv({ SMTP_HOST: 'smtp.example.com', SMTP_USER: 'u', SMTP_PASS: 'p' }),
    ).toMatchObject({ port: 587, secure: false, auth: { user: 'u', pass: 'p' } });
  });
  it('ignores a port that is not a number', () => {
    expect(smtpConfigFromEnv({ SMTP_HOST: 'h', SMTP_PORT: 'abc' })?.port).toBe(587);
  });
});
