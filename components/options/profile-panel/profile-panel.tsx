import type { ControlPanelProps } from '../panel-registry.ts';

/** The signed-in operator's own account: who they are and in which workspace. */
export function ProfilePanel({ operator }: ControlPanelProps) {
  return (
    <section class="profile-panel" aria-labelledby="profile-title">
      <h2 id="profile-title">My profile</h2>
      <dl class="facts">
        <dt>Name</dt>
        <dd>{operator.displayName}</dd>
        <dt>Email</dt>
        <dd>{operator.email}</dd>
        <dt>Role</dt>
        <dd>{operator.role === 'admin' ? 'Administrator' : 'Normal'}</dd>
        <dt>Workspace</dt>
        <dd>{operator.workspaceId}</dd>
      </dl>
    </section>
  );
}
