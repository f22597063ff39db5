/** Generated pages for the benchmark: a typical article, a huge live blog, a page that never stops changing. */

/** A small deterministic generator, so that every run reads the same words. */
function sequence(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const PEOPLE = ['Elena Ruiz', 'Tomas Berg', 'Ana Lopes', 'Lee Park', 'Maria Okafor', 'John Reyes'];
const OUTLETS = ['Reuters', 'the Coastal Gazette', 'the Island Herald', 'Interfax'];
const SUBJECTS = [
  'the ferry contract',
  'the harbour budget',
  'the new pier',
  'fuel prices',
  'the strike',
];

const ATTRIBUTED = [
  (p: string, s: string) => `${p} said the council would review ${s} before the end of the month.`,
  (_p: string, s: string, o: string) =>
    `The delay over ${s} could cost millions, according to ${o}.`,
  (_p: string, s: string) => `The operator had reportedly asked for more time to settle ${s}.`,
  (_p: string, s: string) => `Analysts say ${s} will weigh on the island's economy next year.`,
  (p: string, s: string, o: string) => `${p} told ${o} that ${s} was never on the agenda.`,
];
const PLAIN = [
  (s: string) =>
    `Ferries have linked the island to the mainland for more than a century, and ${s} is only the latest dispute.`,
  (s: string) => `Residents packed the town hall on Tuesday evening to hear the debate over ${s}.`,
  (s: string) => `The council meets again next week, when ${s} is expected to return to the table.`,
  (s: string) =>
    `Several small businesses on the quay have already changed their opening hours because of ${s}.`,
];

function paragraph(next: () => number, sentences: number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) {
    const subject = pick(SUBJECTS);
    out.push(
      next() < 0.35 ? pick(ATTRIBUTED)(pick(PEOPLE), subject, pick(OUTLETS)) : pick(PLAIN)(subject),
    );
  }
  // Inline markup inside sentences, as real articles have.
  return out
    .join(' ')
    .replace(/the council/, '<a href="#council">the council</a>')
    .replace(/ferry/, '<em>ferry</em>');
}

const CHROME_TOP = `<header><nav><a href="#">Home</a> <a href="#">News</a> <a href="#">Sport</a></nav></header>`;
const CHROME_BOTTOM = `<aside class="related"><ul><li><a href="#">More on the harbour</a></li><li><a href="#">Weather</a></li></ul></aside>
<footer><p>© Harbour Times. All rights reserved.</p></footer>`;

function page(title: string, body: string, script = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:18px/1.6 Georgia,serif;margin:0;color:#222}main{max-width:720px;margin:24px auto;padding:0 16px}</style>
</head><body>${CHROME_TOP}<main>${body}</main>${CHROME_BOTTOM}${script ? `<script>${script}</script>` : ''}</body></html>`;
}

/** About `words` words in paragraphs of 3–6 sentences. */
function paragraphs(next: () => number, words: number): string[] {
  const out: string[] = [];
  let count = 0;
  while (count < words) {
    const text = paragraph(next, 3 + Math.floor(next() * 4));
    count += text.split(/\s+/).length;
    out.push(`<p>${text}</p>`);
  }
  return out;
}

/** A typical long read: about 5,000 words. */
export function typicalArticle(): string {
  const next = sequence(7);
  return page(
    'Harbour Council Delays Vote',
    `<article><h1>Harbour Council Delays Vote</h1>${paragraphs(next, 5_000).join('\n')}</article>`,
  );
}

/** A live blog of about one million characters of article text, in dated posts. */
export function hugeLiveBlog(): string {
  const next = sequence(11);
  const posts: string[] = [];
  let chars = 0;
  for (let i = 0; chars < 1_000_000; i++) {
    const body = paragraphs(next, 60 + Math.floor(next() * 80));
    chars += body.join('').replace(/<[^>]+>/g, '').length;
    posts.push(
      `<section class="post"><p class="time">${String(10 + (i % 12)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}</p>${body.join('')}</section>`,
    );
  }
  return page(
    'Live: Harbour Strike',
    `<article><h1>Live: Harbour Strike</h1>${posts.join('\n')}</article>`,
  );
}

/**
 * A live page that changes every 100 ms: a ticking clock outside the article, a new post in it,
 * and an earlier post edited, in turn.
 */
export function mutatingLiveBlog(): string {
  const next = sequence(13);
  const script = `
  const live = document.getElementById('live');
  const clock = document.getElementById('clock');
  const lines = ${JSON.stringify(paragraphs(next, 1_500).map((p) => p.replace(/<[^>]+>/g, '')))};
  let tick = 0;
  window.sourcelightBenchStart = () => {
    const timer = setInterval(() => {
      tick += 1;
      clock.textContent = 'Updated ' + tick + ' times';
      if (tick % 3 === 1) {
        const post = document.createElement('p');
        post.textContent = lines[tick % lines.length];
        live.prepend(post);
      } else if (tick % 3 === 2) {
        const old = live.querySelectorAll('p')[5];
        if (old) old.textContent = lines[(tick * 7) % lines.length];
      }
    }, 100);
    return new Promise((done) => setTimeout(() => { clearInterval(timer); done(tick); }, 10000));
  };`;
  return page(
    'Live: Harbour Strike',
    `<p id="clock">Updated 0 times</p><article id="live">${paragraphs(next, 3_000).join('\n')}</article>`,
    script,
  );
}
