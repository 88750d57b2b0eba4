/**
 * Where a deployment serves the widget: Firebase Hosting's default site of the project, with
 * widget/dist under /widget/ (firebase.json "hosting", scripts/deploy/hosting.ts), the same
 * layout as the local demo site. The Control Panel's snippet and the deploy check both use this.
 */
export const WIDGET_HOSTING_PATH = '/widget/widget.js';

export function hostingWidgetUrl(projectId: string): string {
  return `https://${projectId}.web.app${WIDGET_HOSTING_PATH}`;
}
