import { useId, useState } from 'preact/hooks';
import type { UrlRouteDoc } from '../../../utils/data/collections/url-routes.ts';
import type { RoutingMode } from '../../../utils/domain/model.ts';
import { mostSpecificRoute } from '../../../utils/domain/url-pattern.ts';
import { t } from '../../../utils/i18n.ts';
import { ConfirmButton } from '../shared/confirm-button.tsx';
import { FormError, FormStatus } from '../shared/form-error.tsx';
import { OperatorPicker, type PickableOperator } from '../shared/operator-picker.tsx';
import { EXCLUSIVE_ROUTING_NOTE, routingChangeNotice } from '../shared/routing-notice.ts';
import { useAction } from '../shared/use-action.ts';

export interface UrlRouteInput {
  pattern: string;
  operatorIds: string[];
}

export interface UrlRoutingProps {
  operators: readonly PickableOperator[];
  routes: readonly UrlRouteDoc[];
  routingMode: RoutingMode;
  onAdd: (route: UrlRouteInput) => Promise<void>;
  onUpdate: (id: string, route: UrlRouteInput) => Promise<void>;
  onDelete: (route: UrlRouteDoc) => Promise<void>;
  /** on: routingMode 'url'; off: back to 'all' */
  onEnable: (enabled: boolean) => Promise<void>;
}

/**
 * The seed manual's URL routing window: website address, operators dragged in, Add routing, and
 * the Enable URL routing checkbox (which switches department routing off: one routingMode enum).
 */
export function UrlRoutingEditor(props: UrlRoutingProps) {
  const [pattern, setPattern] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [editing, setEditing] = useState<UrlRouteDoc | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const save = useAction(t('actionSaveTheRoutingRule'));
  const remove = useAction(t('actionDeleteTheRoutingRule'));
  const toggle = useAction(t('actionChangeTheRoutingMode'));
  const patternId = useId();
  const names = new Map(props.operators.map((op) => [op.id, op.displayName]));

  function reset() {
    setPattern('');
    setChosen([]);
    setEditing(null);
  }

  async function submit(event: Event) {
    event.preventDefault();
    setStatus(null);
    const route = { pattern, operatorIds: chosen };
    const done = await save.run(async () => {
      if (editing) await props.onUpdate(editing.id, route);
      else await props.onAdd(route);
      return true;
    });
    if (done) {
      setStatus(
        editing ? t('savedTheRoutingFor', pattern.trim()) : t('addedRoutingFor', pattern.trim()),
      );
      reset();
    }
  }

  async function setEnabled(enabled: boolean) {
    setStatus(null);
    const previous = props.routingMode;
    const next: RoutingMode = enabled ? 'url' : 'all';
    const done = await toggle.run(async () => {
      await props.onEnable(enabled);
      return true;
    });
    if (done) setStatus(routingChangeNotice(previous, next));
  }

  return (
    <div class="url-routing">
      <section aria-label={t('routingRules')}>
        {props.routes.length === 0 ? (
          <p class="empty">{t('noRoutingRulesYetChatsFrom')}</p>
        ) : (
          <ul class="rule-list">
            {props.routes.map((route) => (
              <li key={route.id} class="rule-list__item">
                <code>{route.pattern}</code>
                <span class="muted">
                  →{' '}
                  {route.operatorIds
                    .map((id) => names.get(id) ?? t('removedOperator2'))
                    .join(', ') || t('nobody')}
                </span>
                <span class="spacer" />
                <button
                  type="button"
                  aria-label={t('editRoutingFor', route.pattern)}
                  onClick={() => {
                    setEditing(route);
                    setPattern(route.pattern);
                    setChosen([...route.operatorIds]);
                    setStatus(null);
                  }}
                >
                  {t('edit2')}
                </button>
                <ConfirmButton
                  label={t('delete')}
                  subject={t('confirmSubjectRouting', route.pattern)}
                  busy={remove.busy}
                  onConfirm={() => void remove.run(() => props.onDelete(route))}
                />
              </li>
            ))}
          </ul>
        )}
        <FormError message={remove.error} />
      </section>

      <form class="url-routing__form" onSubmit={submit} aria-busy={save.busy}>
        <h4>{editing ? t('editRoutingFor', editing.pattern) : t('newRoutingRule')}</h4>
        <label class="field">
          <span>{t('websiteOrPageAddress')}</span>
          <input
            id={patternId}
            name="pattern"
            placeholder={t('shopExampleOrShopExampleHelp')}
            value={pattern}
            onInput={(e) => setPattern(e.currentTarget.value)}
          />
        </label>
        <p class="muted hint">{t('aHostMatchesAllItsPages')}</p>
        <OperatorPicker
          operators={props.operators}
          chosen={chosen}
          onChange={setChosen}
          chosenLabel={t('operatorsForThisAddress')}
          disabled={save.busy}
        />
        <FormError message={save.error} />
        <div class="row form-actions">
          <button type="submit" class="primary" disabled={save.busy}>
            {save.busy ? t('saving') : editing ? t('saveRouting') : t('addRouting')}
          </button>
          {editing && (
            <button type="button" onClick={reset} disabled={save.busy}>
              {t('cancelEditing')}
            </button>
          )}
        </div>
      </form>

      <RouteTester routes={props.routes} names={names} />

      <div class="routing-switch">
        <label class="checkbox">
          <input
            type="checkbox"
            name="enableUrlRouting"
            checked={props.routingMode === 'url'}
            disabled={toggle.busy}
            onChange={(e) => void setEnabled(e.currentTarget.checked)}
          />
          {t('enableUrlRouting')}
        </label>
        <p class="muted hint">{EXCLUSIVE_ROUTING_NOTE}</p>
        {props.routingMode === 'departments' && (
          <p class="hint">{t('departmentRoutingIsOnNowEnabling')}</p>
        )}
        <FormError message={toggle.error} />
      </div>
      <FormStatus message={status} />
    </div>
  );
}

/** "Which rule would this page use?" — the same matching startChat uses (url-pattern.ts). */
function RouteTester(props: { routes: readonly UrlRouteDoc[]; names: Map<string, string> }) {
  const [page, setPage] = useState('');
  const match = page.trim() === '' ? undefined : mostSpecificRoute(props.routes, page);
  return (
    <div class="route-tester">
      <label class="field">
        <span>{t('tryAPageAddress')}</span>
        <input
          name="testPage"
          placeholder={t('httpsShopExampleHelpFaq')}
          value={page}
          onInput={(e) => setPage(e.currentTarget.value)}
        />
      </label>
      <p class="muted" role="status" aria-live="polite">
        {match === undefined
          ? ''
          : match === null
            ? t('noRuleMatchesTheChatGoes')
            : t(
                'urlRoutingMatches',
                match.pattern,
                match.operatorIds
                  .map((id) => props.names.get(id) ?? t('aRemovedOperator'))
                  .join(', '),
              )}
      </p>
    </div>
  );
}
