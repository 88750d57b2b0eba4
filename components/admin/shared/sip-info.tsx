import { useState } from 'preact/hooks';
import { resetSipPassword } from '../../../utils/data/admin/operators.ts';
import type { SipInfo as Sip } from '../../../utils/domain/model.ts';
import { t } from '../../../utils/i18n.ts';
import { richMessage } from '../../ui/rich-message.tsx';
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
        <code>{value}</code> <CopyButton text={value} label={t('copyOf', label, name)} />
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
  const generate = useAction(t('actionGenerateASipPassword'));
  const [password, setPassword] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  async function onGenerate() {
    setConfirming(false);
    const result = await generate.run(() => resetSipPassword(workspaceId, uid));
    if (result) setPassword(result.password);
  }

  if (!sip) {
    return (
      <section class="sip-info" aria-label={t('sipInfoFor', name)}>
        <h4>{t('sipInfo')}</h4>
        <p class="muted">{t('noSipDetailsHaveBeenAssigned')}</p>
      </section>
    );
  }
  // Without a proxy a SIP client finds the server from the domain (DNS SRV).
  const proxy = sip.proxy ?? sip.domain;
  const transports = (sip.transports ?? ['UDP', 'TCP']).join(' or ');
  const hasPassword = sip.passwordSetAt !== undefined;
  return (
    <section class="sip-info" aria-label={t('sipInfoFor', name)}>
      <h4>{t('sipInfo')}</h4>
      <p class="muted hint">{t('theseDetailsAreRequiredToConfigure')}</p>
      <dl class="facts">
        <Fact label={t('sipAddress')} value={sip.uri} name={name} />
        <Fact label={t('userName')} value={sip.username} name={name} />
        <Fact label={t('domain')} value={sip.domain} name={name} />
        <Fact label={t('proxy')} value={proxy} name={name} />
        <dt>{t('transport')}</dt>
        <dd>{transports}</dd>
        <dt>{t('sipPassword')}</dt>
        <dd>
          {hasPassword
            ? t('setItIsShownOnlyWhen', sip.passwordSetAt!.toLocaleString())
            : t('notSetYetGenerateOneTo')}
        </dd>
      </dl>
      {password && (
        <div class="generated-password">
          <p class="row">
            <code class="secret" data-testid="sip-password">
              {password}
            </code>
            <CopyButton text={password} label={t('copySipPasswordOf', name)} />
          </p>
          <p class="notice" role="note">
            {t('thisSipPasswordIsShownOnly')}
          </p>
        </div>
      )}
      {canGenerate &&
        (confirming ? (
          <fieldset class="row">
            <legend>{t('replaceTheSipPasswordTheCurrent')}</legend>
            <button type="button" class="danger" onClick={() => void onGenerate()}>
              {t('replaceSipPassword')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('keepTheCurrentOne')}
            </button>
          </fieldset>
        ) : (
          <button
            type="button"
            disabled={generate.busy}
            onClick={() => (hasPassword ? setConfirming(true) : void onGenerate())}
          >
            {generate.busy
              ? t('generating')
              : hasPassword
                ? t('generateANewSipPassword')
                : t('generateSipPassword')}
          </button>
        ))}
      <FormError message={generate.error} />
      <details class="sip-howto">
        <summary>{t('howToSetUpLinphone')}</summary>
        <ol>
          <li>{richMessage('sipHowtoOpen', <em>{t('useASipAccount')}</em>)}</li>
          <li>
            {richMessage('sipHowtoAccount', <code>{sip.username}</code>, <code>{sip.domain}</code>)}
          </li>
          <li>
            {richMessage(
              'sipHowtoProxy',
              <code>{t('sipProxyAddress', proxy)}</code>,
              <code>{transports.split(' or ')[0]}</code>,
            )}
          </li>
          <li>{richMessage('sipHowtoChats', <code>{t('sipChatAddress', sip.domain)}</code>)}</li>
        </ol>
      </details>
    </section>
  );
}
