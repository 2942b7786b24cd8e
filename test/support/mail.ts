import { expect } from 'chai';
import { caughtMails, type CaughtMail } from '../../runtime/mail-catcher';
import { holdsPersonalNumber } from '../../activities/mail/seal';
import type { TestSystem } from './system';

/** Every message the catcher received for an address. */
export async function mailsTo(sys: TestSystem, address: string): Promise<CaughtMail[]> {
  const all = await caughtMails(sys.mail.webUrl);
  return all.filter((m) => m.to.some((t) => t.address.toLowerCase() === address.toLowerCase()));
}

/**
 * Waits until the catcher holds a message to `address` that `matches`; messages are sent by their
 * own workflow after the step that caused them, so a test waits for them rather than racing.
 */
export async function waitForMail(
  sys: TestSystem,
  address: string,
  matches: (m: CaughtMail) => boolean = () => true,
  timeoutMs = 30_000,
): Promise<CaughtMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await mailsTo(sys, address)).find(matches);
    if (found) return found;
    if (Date.now() > deadline) {
      const seen = (await mailsTo(sys, address)).map((m) => m.subject);
      throw new Error(
        `No matching mail to ${address} after ${timeoutMs} ms; received: ${JSON.stringify(seen)}`,
      );
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The first link into the application in a message's text part. */
export function linkIn(mail: CaughtMail, baseUrl: string): string {
  const match = new RegExp(`${baseUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\s]*`).exec(mail.text ?? '');
  expect(match, `a link to ${baseUrl} in « ${mail.subject} »`).to.not.equal(null);
  return match![0];
}

/** Checks that no message the catcher holds carries a national register number or an IBAN. */
export async function expectNoPersonalNumberInAnyMail(sys: TestSystem): Promise<number> {
  const all = await caughtMails(sys.mail.webUrl);
  for (const m of all) {
    const text = [m.subject, m.text ?? '', m.html ?? ''].join('\n');
    expect(holdsPersonalNumber(text), `personal number in « ${m.subject} » to ${m.to[0]?.address}`).to.equal(
      false,
    );
  }
  return all.length;
}
