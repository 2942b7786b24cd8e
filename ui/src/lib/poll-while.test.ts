import { expect } from 'chai';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PollWhile } from './poll-while.js';

function fakeHost() {
  const controllers: ReactiveController[] = [];
  const host = {
    addController: (c: ReactiveController) => controllers.push(c),
    removeController: () => undefined,
    requestUpdate: () => undefined,
    updateComplete: Promise.resolve(true),
  } as unknown as ReactiveControllerHost;
  return {
    host,
    connect: () => controllers.forEach((c) => c.hostConnected?.()),
    disconnect: () => controllers.forEach((c) => c.hostDisconnected?.()),
  };
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('PollWhile: asks again while the work goes on, never after', () => {
  it('refreshes until the work is done, through a lost refresh', async () => {
    const { host, connect } = fakeHost();
    let remaining = 3;
    let calls = 0;
    const poll = new PollWhile(
      host,
      5,
      () => remaining > 0,
      async () => {
        calls += 1;
        if (calls === 1) throw new Error('network');
        remaining -= 1;
      },
    );
    connect();
    poll.check();
    await wait(200);
    expect(remaining).to.equal(0);
    expect(calls).to.equal(4);
  });

  it('stops when the page is left, and does nothing before it is shown', async () => {
    const { host, connect, disconnect } = fakeHost();
    let calls = 0;
    const poll = new PollWhile(
      host,
      5,
      () => true,
      async () => {
        calls += 1;
      },
    );
    poll.check();
    await wait(30);
    expect(calls).to.equal(0);
    connect();
    poll.check();
    await wait(30);
    disconnect();
    const seen = calls;
    expect(seen).to.be.greaterThan(0);
    await wait(30);
    expect(calls).to.equal(seen);
  });
});
