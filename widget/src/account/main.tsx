import { render } from 'preact';
import { accountAuth } from './account-auth.ts';
import { AccountPage } from './account-page.tsx';
import { type AccountLink, readAccountLink } from './action-link.ts';

/**
 * Firebase's own links carry the web API key; should one not, Firebase Hosting serves the
 * project's web config at a reserved address, so the deployed page can still find it.
 */
async function withApiKey(link: AccountLink): Promise<AccountLink> {
  if (link.apiKey) return link;
  const config: { apiKey?: string } = await fetch('/__/firebase/init.json')
    .then((response) => (response.ok ? response.json() : {}))
    .catch(() => ({}));
  return { ...link, apiKey: config.apiKey ?? '' };
}

void withApiKey(readAccountLink(location.href)).then((link) =>
  render(
    <AccountPage action={link.action} auth={accountAuth(link)} />,
    document.getElementById('account')!,
  ),
);
