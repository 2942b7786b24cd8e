import { expect } from 'chai';
import { caughtMails } from '../../runtime/mail-catcher';
import { runningTestSystem, stopTestSystem } from './system';
import { expectNoPersonalNumberInAnyMail } from './mail';

// Mocha global fixture: the shared servers stop once, after the last test file.
export async function mochaGlobalTeardown(): Promise<void> {
  await stopTestSystem();
}

// After the last test: every message sent during the whole run, as the catcher received it,
// holds no national register number and no IBAN, and none arrived twice.
export const mochaHooks = {
  async afterAll(this: Mocha.Context): Promise<void> {
    this.timeout(60_000);
    const sys = await runningTestSystem();
    if (!sys) return;
    const checked = await expectNoPersonalNumberInAnyMail(sys);
    const ids = (await caughtMails(sys.mail.webUrl)).map(
      (m) => `${m.headers['message-id']} → ${m.to[0]?.address}`,
    );
    const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(twice, 'messages received twice').to.deep.equal([]);
    process.stderr.write(`  [mail] ${checked} messages checked: no NISS, no IBAN, none twice\n`);
  },
};
