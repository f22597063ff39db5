import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../src/engine/types';
import { claimsAsCsv, csvCell } from '../../src/popup/export/csv';
import { exportFileName } from '../../src/popup/export/file-name';
import { claimsAsJson } from '../../src/popup/export/json';
import { claimsAsMarkdown, markdownText } from '../../src/popup/export/markdown';
import type { PageReport } from '../../src/shared/messages';
import { claim, STORY_CLAIMS } from './claims';
import { readCsv } from './csv-reader';
import { englishText } from './messages';

const report = (
  attributions: Attribution[],
  title = 'Harbour Council Delays Vote',
): PageReport => ({
  url: 'https://news.example/harbour/vote?id=7',
  title,
  state: 'ready',
  declaredLanguage: 'en',
  highlightsOn: true,
  attributions,
});
const MAY_4 = new Date(2026, 4, 4, 9, 30);

describe('Markdown export', () => {
  const markdown = claimsAsMarkdown(report(STORY_CLAIMS), MAY_4, englishText);

  it('starts with the title, the address and the date', () => {
    expect(markdown.split('\n').slice(0, 5)).toEqual([
      '# Harbour Council Delays Vote',
      '',
      '<https://news.example/harbour/vote?id=7>',
      '',
      'Exported with Sourcelight on 2026-05-04',
    ]);
  });

  it('lists the claims under their sources, most-cited first, the unsourced last', () => {
    const headings = markdown.split('\n').filter((line) => line.startsWith('## '));
    expect(headings[0]).toBe('## Elena Ruiz · Named person · 2');
    expect(headings.at(-1)).toBe('## No source · No source · 1');
    expect(markdown).toContain('- “the ferry contract, worth "millions", would wait” — said');
    expect(markdown).toContain('- “the vote was moved to May” — said (cited by Interfax)');
  });

  it('escapes page text that Markdown would read as markup', () => {
    const text = 'A [link](javascript:alert(1)) and *stars* were said by <b>Bob</b>.';
    const tricky = claim(text, {
      cue: 'said',
      source: '<b>Bob</b>',
      name: '<b>Bob</b>',
      content: text,
      kind: 'person',
    });
    const out = claimsAsMarkdown(report([tricky], '# Not a heading'), MAY_4, englishText);
    expect(out).toContain('# \\# Not a heading');
    expect(out).toContain('\\[link\\](javascript:alert(1))');
    expect(out).toContain('\\*stars\\*');
    expect(out).toContain('## \\<b\\>Bob\\</b\\>');
    expect(out).not.toContain('<b>');
  });

  it('keeps a claim on one line, whatever line breaks the page had', () => {
    expect(markdownText('one\n\ntwo\tthree')).toBe('one two three');
  });
});

describe('CSV export', () => {
  it('has a header and one row per claim, in page order, with the name each is listed under', () => {
    const rows = readCsv(claimsAsCsv(report(STORY_CLAIMS)));
    expect(rows[0]).toEqual([
      'number',
      'source',
      'kind',
      'resolved',
      'cue',
      'claim',
      'source_as_written',
      'via',
      'cited_by',
      'url',
    ]);
    expect(rows).toHaveLength(STORY_CLAIMS.length + 1);
    expect(rows[1]?.slice(0, 6)).toEqual([
      '1',
      'Elena Ruiz',
      'person',
      'true',
      'said',
      'the ferry contract, worth "millions", would wait',
    ]);
    expect(rows[4]?.slice(0, 3)).toEqual(['4', '', 'none']);
    expect(rows[6]?.[8]).toBe('Interfax');
  });

  it('quotes commas, quotes and line breaks so each cell stays whole', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "no"')).toBe('"say ""no"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(null)).toBe('');
  });

  it('never lets a spreadsheet run page text as a formula', () => {
    for (const formula of ['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      const cell = csvCell(formula);
      expect(cell.replace(/^"/, '').startsWith("'")).toBe(true);
    }
    const text = '=cmd|calc said the hacker.';
    const rows = readCsv(
      claimsAsCsv(report([claim(text, { cue: 'said', source: '=cmd|calc', kind: 'person' })])),
    );
    expect(rows[1]?.[1]).toBe("'=cmd|calc");
  });
});

describe('JSON export', () => {
  it('holds every claim with its source, kind, chain and offsets', () => {
    const data = JSON.parse(claimsAsJson(report(STORY_CLAIMS), MAY_4));
    expect(data.format).toBe('sourcelight-claims');
    expect(data.url).toBe('https://news.example/harbour/vote?id=7');
    expect(data.exportedAt).toBe(MAY_4.toISOString());
    expect(data.claims).toHaveLength(STORY_CLAIMS.length);
    expect(data.claims[5]).toMatchObject({
      number: 6,
      source: 'the harbour office',
      kind: 'organization',
      mode: 'report',
      citedBy: 'Interfax',
      claim: 'the vote was moved to May',
    });
    const first = STORY_CLAIMS[0];
    expect(data.claims[0].offsets.cue).toEqual([first?.cue.start, first?.cue.end]);
    expect(data.claims[3].offsets.source).toBeNull();
  });
});

describe('export file names', () => {
  it('name the site and the day', () => {
    expect(exportFileName('https://www.bbc.co.uk/news/x', MAY_4, 'csv')).toBe(
      'sourcelight-www.bbc.co.uk-2026-05-04.csv',
    );
    expect(exportFileName('not an address', MAY_4, 'json')).toBe(
      'sourcelight-page-2026-05-04.json',
    );
  });
});
