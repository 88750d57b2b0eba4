/** The account page (widget/account.html) that invitation and password-reset links open. */
import type { Page } from 'puppeteer-core';
import { byRole } from './page.ts';

/** Types the new password twice and sends the form. */
export async function choosePassword(page: Page, password: string) {
  await page.locator(byRole('textbox', 'New password')).fill(password);
  await page.locator(byRole('textbox', 'Confirm password')).fill(password);
  await page.locator(byRole('button', 'Set password')).click();
}
