// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { type PageChanges, watchPage } from '../../src/page/live-updates';

const settle = () => new Promise((resume) => setTimeout(resume, 30));

function watch() {
  document.body.innerHTML = `<div id="clock">0</div>
    <article><p id="one">Officials said the ferry was late.</p><p id="two">Second.</p></article>`;
  const known = new Set<Element | null>([
    document.getElementById('one'),
    document.getElementById('two'),
  ]);
  const batches: PageChanges[] = [];
  const touched: Element[] = [];
  const controller = new AbortController();
  watchPage(
    document.body,
    {
      isBlock: (element) => known.has(element),
      onTouched: (block) => touched.push(block),
      onChanges: (changes) => batches.push(changes),
      onMutations: () => {},
    },
    controller.signal,
    10,
  );
  return { batches, touched, controller };
}

describe('watchPage', () => {
  let stop: AbortController | null = null;
  afterEach(() => stop?.abort());

  it('ignores changes outside the article’s blocks, such as a ticking clock', async () => {
    const { batches, controller } = watch();
    stop = controller;
    for (let i = 1; i <= 5; i++)
      (document.getElementById('clock') as HTMLElement).textContent = String(i);
    await settle();
    expect(batches).toEqual([]);
  });

  it('hands over many changes as one batch, naming the blocks they touched', async () => {
    const { batches, touched, controller } = watch();
    stop = controller;
    const one = document.getElementById('one') as HTMLElement;
    one.firstChild?.replaceWith('Officials say nothing.');
    one.append(' More.');
    const added = document.createElement('section');
    added.innerHTML = '<p>A new post, Reuters reported.</p>';
    document.querySelector('article')?.append(added);
    await settle();
    expect(batches).toHaveLength(1);
    expect([...(batches[0]?.touched ?? [])]).toEqual([one]);
    expect([...(batches[0]?.added ?? [])]).toEqual([added]);
    // The touched block is reported at once, before the batch: its highlights go before a repaint.
    expect(touched).toEqual([one]);
  });

  it('notes that blocks left the page, and stops when its signal aborts', async () => {
    const { batches, controller } = watch();
    document.getElementById('two')?.remove();
    await settle();
    expect(batches.at(-1)?.removals).toBe(true);
    controller.abort();
    document.getElementById('one')?.append(' Later.');
    await settle();
    expect(batches).toHaveLength(1);
  });
});
