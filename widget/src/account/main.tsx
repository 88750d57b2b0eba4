import { render } from 'preact';
import { AccountPage } from './AccountPage.tsx';
import { accountAuth } from './account-auth.ts';
import { readAccountLink } from './action-link.ts';

const link = readAccountLink(location.href);
render(
  <AccountPage action={link.action} auth={accountAuth(link)} />,
  document.getElementById('account')!,
);
