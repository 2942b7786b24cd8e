import { expect } from 'chai';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError } from '../api/api.js';
import { PageLoad } from './page-load.js';

function fakeHost(): ReactiveControllerHost & { controllers: ReactiveController[]; updates: number } {
  return {
    controllers: [],
    updates: 0,
    addController(controller) {
      this.controllers.push(controller);
    },
    removeController() {},
    requestUpdate() {
      this.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
}

function testIds(template: unknown): string {
  const { strings } = template as { strings: readonly string[] };
  return strings.join('').match(/data-testid="([^"]+)"/)?.[1] ?? '';
}

describe('PageLoad', () => {
  it('loads when the page is connected and renders the data once it has come', async () => {
    const host = fakeHost();
    const load = new PageLoad(host, async () => ['a']);
    expect(host.controllers).to.deep.equal([load]);
    expect(testIds(load.render(() => 'ready'))).to.equal('loading');
    host.controllers[0].hostConnected?.();
    await new Promise((resolve) => setTimeout(resolve));
    expect(load.value).to.deep.equal(['a']);
    expect(load.render((value) => value)).to.deep.equal(['a']);
    expect(host.updates).to.equal(2);
  });

  it('keeps the error, then clears it when loading again', async () => {
    const host = fakeHost();
    let fail = true;
    const load = new PageLoad(host, async () => {
      if (fail) throw new ApiError(503, 'UNAVAILABLE', 'Service indisponible');
      return 'data';
    });
    await load.load();
    expect(load.error?.message).to.equal('Service indisponible');
    expect(testIds(load.render(() => 'ready'))).to.equal('load-error');
    fail = false;
    await load.load();
    expect(load.error).to.equal(null);
    expect(load.render((value) => value)).to.equal('data');
  });
});
