import { t } from '../../../utils/i18n.ts';
import { CopyButton } from '../shared/copy-button.tsx';

/**
 * The random password createOperator generated, shown this once (it is stored nowhere):
 * the admin copies it and hands it to the new operator.
 */
export function GeneratedPassword(props: {
  name: string;
  email: string;
  password: string;
  onDone: () => void;
}) {
  return (
    <div class="generated-password">
      <p>{t('sAccountIsReadyAPassword', props.name, props.email)}</p>
      <p class="row">
        <code class="secret" data-testid="generated-password">
          {props.password}
        </code>
        <CopyButton text={props.password} label={t('copySPassword', props.name)} />
      </p>
      <p class="notice" role="note">
        {t('thisPasswordIsShownOnlyOnce', props.name)}
      </p>
      <button type="button" class="primary" onClick={props.onDone}>
        {t('done')}
      </button>
    </div>
  );
}
