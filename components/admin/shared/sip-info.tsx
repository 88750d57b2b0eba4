import { useState } from 'preact/hooks';
import { resetSipPassword } from '../../../utils/data/admin/operators.ts';
import type { SipInfo as Sip } from '../../../utils/domain/model.ts';
import { CopyButton } from './copy-button.tsx';
import { FormError } from './form-error.tsx';
import { useAction } from './use-action.ts';

export interface SipInfoProps {
  sip: Sip | undefined;
  name: string;
  workspaceId: string;
  uid: string;
  /** The operator themself or an admin may generate a SIP password (the callable checks again). */
  canGenerate: boolean;
}

function Fact({ label, value, name }: { label: string; value: string; name: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <code>{value}</code> <CopyButton text={value} label={`Copy ${label} of ${name}`} />
      </dd>
    </>
  );
}

/**
 * The seed manual's "SIP Info": the details required to configure a third-party chat
 * application (any SIP client) as this operator: address, user name, domain, proxy and
 * transport, and a SIP password generated here and shown once (only its digests are stored).
 */
export function SipInfo({ sip, name, workspaceId, uid, canGenerate }: SipInfoProps) {
  const generate = useAction('generate a SIP password');
  const [password, setPassword] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  async function onGenerate() {
    setConfirming(false);
    const result = await generate.run(() => resetSipPassword(workspaceId, uid));
    if (result) setPassword(result.password);
  }

  if (!sip) {
    return (
      <section class="sip-info" aria-label={`SIP info for ${name}`}>
        <h4>SIP Info</h4>
        <p class="muted">No SIP details have been assigned to this account.</p>
      </section>
    );
  }
  const proxy = sip.proxy ?? '127.0.0.1:5060';
  const transports = (sip.transports ?? ['UDP', 'TCP']).join(' or ');
  const hasPassword = sip.passwordSetAt !== undefined;
  return (
    <section class="sip-info" aria-label={`SIP info for ${name}`}>
      <h4>SIP Info</h4>
      <p class="muted hint">
        These details are required to configure a third-party chat application (a SIP client such as
        Linphone). Each chat then arrives from its own address; reply there, or type /a to accept,
        /t Name to transfer, /close to end, or a canned shortcut.
      </p>
      <dl class="facts">
        <Fact label="SIP address" value={sip.uri} name={name} />
        <Fact label="User name" value={sip.username} name={name} />
        <Fact label="Domain" value={sip.domain} name={name} />
        <Fact label="Proxy" value={proxy} name={name} />
        <dt>Transport</dt>
        <dd>{transports}</dd>
        <dt>SIP password</dt>
        <dd>
          {hasPassword
            ? `Set ${sip.passwordSetAt!.toLocaleString()}; it is shown only when generated.`
            : 'Not set yet: generate one to connect a SIP client.'}
        </dd>
      </dl>
      {password && (
        <div class="generated-password">
          <p class="row">
            <code class="secret" data-testid="sip-password">
              {password}
            </code>
            <CopyButton text={password} label={`Copy SIP password of ${name}`} />
          </p>
          <p class="notice" role="note">
            This SIP password is shown only once. Copy it into the SIP client now; generating
            another one replaces it.
          </p>
        </div>
      )}
      {canGenerate &&
        (confirming ? (
          <fieldset class="row">
            <legend>Replace the SIP password? The current one stops working at once.</legend>
            <button type="button" class="danger" onClick={() => void onGenerate()}>
              Replace SIP password
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep the current one
            </button>
          </fieldset>
        ) : (
          <button
            type="button"
            disabled={generate.busy}
            onClick={() => (hasPassword ? setConfirming(true) : void onGenerate())}
          >
            {generate.busy
              ? 'Generating…'
              : hasPassword
                ? 'Generate a new SIP password'
                : 'Generate SIP password'}
          </button>
        ))}
      <FormError message={generate.error} />
      <details class="sip-howto">
        <summary>How to set up Linphone</summary>
        <ol>
          <li>
            Open Linphone → Assistant → <em>Use a SIP account</em> (on the desktop: "I have a SIP
            account").
          </li>
          <li>
            Username <code>{sip.username}</code>, SIP domain <code>{sip.domain}</code>, the password
            generated above.
          </li>
          <li>
            In the account's settings: SIP proxy (outbound proxy on) <code>sip:{proxy}</code>,
            transport <code>{transports.split(' or ')[0]}</code>. Linphone registers and you appear
            online in Parley.
          </li>
          <li>
            New chats arrive as messages from <code>chat-…@{sip.domain}</code>: reply "accept" (or
            /a) to take one, then just write.
          </li>
        </ol>
      </details>
    </section>
  );
}
