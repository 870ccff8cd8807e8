import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS } from './browser-stack';

/** axe-core's browser build, injected into the page under test. */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  targets: string[];
}

/** Every axe-core rule (WCAG 2.x A and AA and best practices) on the page as it is now: the violations, none expected. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, targets: violation.nodes.map((node) => node.target.join(' ')) }));
  });
}

/** How far the page scrolls sideways: 0 when nothing is wider than the window. */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** The elements that reach past the window's right edge (the deepest ones), to say what scrolls sideways. */
export function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    // Inside a scrolling table the table scrolls, not the page, unless an element escapes its clip (positioned against the page).
    const escapes = (element: Element) => !element.parentElement?.closest('.table-wrap') || getComputedStyle(element).position === 'absolute';
    const wide = [...document.querySelectorAll('body *')].filter((element) => element.getBoundingClientRect().right > width + 1 && escapes(element));
    return wide
      .filter((element) => !wide.some((other) => other !== element && element.contains(other)))
      .slice(0, 10)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} ${Math.round(element.getBoundingClientRect().right)}px`);
  });
}

/** On a phone-width page: no sideways scroll (naming what overflows first), no axe violation, and its full-page screenshot kept. */
export async function expectFitsPhone(phone: Page, screenshotPath: string): Promise<void> {
  if ((await sidewaysOverflow(phone)) > 0) expect(await overflowingElements(phone)).toEqual([]);
  expect(await sidewaysOverflow(phone)).toBeLessThanOrEqual(0);
  expect(await axeViolations(phone)).toEqual([]);
  await phone.screenshot({ path: screenshotPath, fullPage: true });
}

/** A dashboard page checked on a phone: its address (`#/…`), the test id that says it has drawn (its first list item, with `firstItem`), a pause for charts to settle, its screenshot's file name. */
export interface PhoneCheck {
  route: string;
  ready: string;
  firstItem?: boolean;
  settleMs?: number;
  shot: string;
}

/** Opens each page on `phone` in turn, once drawn checks that it fits (`expectFitsPhone`, its screenshot under SCREENSHOTS), then closes `phone`. */
export async function expectPagesFitPhone(phone: Page, dashboardUrl: string | null, checks: readonly PhoneCheck[]): Promise<void> {
  try {
    for (const { route, ready, firstItem = false, settleMs = 0, shot } of checks) {
      await phone.goto(`${dashboardUrl}${route}`);
      const shown = phone.getByTestId(ready);
      await (firstItem ? shown.getByRole('listitem').first() : shown).waitFor();
      if (settleMs > 0) await phone.waitForTimeout(settleMs);
      await expectFitsPhone(phone, path.join(SCREENSHOTS, shot));
    }
  } finally {
    await phone.close();
  }
}
