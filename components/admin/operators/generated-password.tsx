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
      <p>
        {props.name}'s account ({props.email}) is ready. A password was generated for it:
      </p>
      <p class="row">
        <code class="secret" data-testid="generated-password">
          {props.password}
        </code>
        <CopyButton text={props.password} label={`Copy ${props.name}'s password`} />
      </p>
      <p class="notice" role="note">
        This password is shown only once. Copy it now and give it to {props.name}; they can change
        it in My profile.
      </p>
      <button type="button" class="primary" onClick={props.onDone}>
        Done
      </button>
    </div>
  );
}
