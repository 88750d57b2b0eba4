import { useEffect, useRef } from 'preact/hooks';
import type { WidgetLook } from '../../../utils/domain/widget-look.ts';
import { t } from '../../../utils/i18n.ts';
import { mountWidgetPreview, type WidgetPreview } from '../../../widget/src/app/preview.tsx';

/**
 * The widget as visitors will see it with `look`: the widget's own launcher and panel
 * (widget/src/app/preview.tsx), so the preview can't drift from what a site shows.
 */
export function WidgetLookPreview({ look }: { look: WidgetLook }) {
  const host = useRef<HTMLDivElement>(null);
  const preview = useRef<WidgetPreview | null>(null);
  useEffect(() => {
    if (!host.current) return;
    preview.current = mountWidgetPreview(host.current);
    return () => preview.current?.unmount();
  }, []);
  useEffect(() => preview.current?.show(look), [look]);
  return (
    <figure class="widget-look-preview">
      <figcaption>{t('preview')}</figcaption>
      <div ref={host} data-testid="widget-preview" />
    </figure>
  );
}
