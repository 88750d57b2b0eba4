import type { SipInfo as Sip } from '../../../utils/domain/model.ts';
import { CopyButton } from './copy-button.tsx';

/**
 * The seed manual's "SIP Info": the connection details a third-party chat client needs to sign
 * in as this operator. Read-only; the functions assign them when the account is created.
 */
export function SipInfo({ sip, name }: { sip: Sip | undefined; name: string }) {
  return (
    <section class="sip-info" aria-label={`SIP info for ${name}`}>
      <h4>SIP Info</h4>
      {sip ? (
        <>
          <p class="muted hint">Use these details to connect a third-party chat application.</p>
          <dl class="facts">
            <dt>SIP URI</dt>
            <dd>
              <code>{sip.uri}</code> <CopyButton text={sip.uri} label={`Copy SIP URI of ${name}`} />
            </dd>
            <dt>Username</dt>
            <dd>
              <code>{sip.username}</code>
            </dd>
            <dt>Domain</dt>
            <dd>
              <code>{sip.domain}</code>
            </dd>
          </dl>
        </>
      ) : (
        <p class="muted">No SIP details have been assigned to this account.</p>
      )}
    </section>
  );
}
