import { describe, expect, it } from 'vitest';
import { type Instance, startOnce } from '../../src/page/start-once';

/** An instance that records being stopped, and runs until told otherwise. */
function instance(name: string, log: string[]) {
  let running = true;
  const made: Instance & { cutOff(): void } = {
    running: () => running,
    stop: () => {
      running = false;
      log.push(`${name} stopped`);
    },
    cutOff: () => {
      running = false;
    },
  };
  log.push(`${name} started`);
  return made;
}

describe('one Sourcelight per page', () => {
  it('starts once, however often the script is injected into the page', () => {
    const scope = {};
    const log: string[] = [];
    startOnce(scope, () => instance('first', log));
    startOnce(scope, () => instance('second', log));
    expect(log).toEqual(['first started']);
  });

  it('lets a new injection start when the instance there was cut off from its extension, stopping it first', () => {
    const scope = {};
    const log: string[] = [];
    let first: ReturnType<typeof instance> | undefined;
    startOnce(scope, () => {
      first = instance('first', log);
      return first;
    });
    first?.cutOff();
    startOnce(scope, () => instance('second', log));
    expect(log).toEqual(['first started', 'first stopped', 'second started']);
    startOnce(scope, () => instance('third', log));
    expect(log).toHaveLength(3);
  });
});
