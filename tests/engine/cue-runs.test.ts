import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../../src/engine';
import { read } from './helpers';

const run = (cue: string, times = 20) => Array.from({ length: times }, () => cue).join(' ');

describe('a run of cue words with nothing between them', () => {
  it.each<[string, LanguageCode, string]>([
    ['English "said"', 'en', `The mayor spoke on Monday. ${run('said')}`],
    ['English, mixed cues', 'en', run('says told said reportedly according to said', 6)],
    ['English, with commas', 'en', `The mayor spoke. ${run('said,')} said.`],
    ['French', 'fr', `Le maire a parlé lundi. ${run('a déclaré')}`],
    ['Spanish', 'es', `El alcalde habló el lunes. ${run('dijo')}`],
    ['German', 'de', `Der Bürgermeister sprach am Montag. ${run('sagte')}`],
    ['Portuguese', 'pt', `O prefeito falou na segunda-feira. ${run('disse')}`],
  ])('%s is no attribution', (_name, language, text) => {
    expect(read(text, { language })).toEqual([]);
  });

  it('leaves the attributions around a run', () => {
    const found = read(
      `Elena Ruiz said the pier was safe. ${run('said')}. The Gazette reported that fees would rise.`,
      { language: 'en' },
    );
    expect(found.map((a) => [a.cue.text, a.source?.text])).toEqual([
      ['said', 'Elena Ruiz'],
      ['reported', 'The Gazette'],
    ]);
  });

  it('keeps two cues side by side, which prose has', () => {
    const found = read('The minister reportedly said the talks had failed.', { language: 'en' });
    expect(found.length).toBeGreaterThan(0);
  });

  it('keeps every attribution of a dense real paragraph', () => {
    const text =
      'Ruiz said the ferry would sail. Berg told reporters that it would not, and Lopes, according ' +
      'to the Gazette, warned that fares would rise. Officials reportedly agreed, analysts say.';
    expect(read(text, { language: 'en' }).map((a) => a.cue.text)).toEqual([
      'said',
      'told',
      'according to',
      'warned',
      'reportedly',
      'say',
    ]);
  });

  it('keeps the same cue said by one source after another', () => {
    const text =
      'Ruiz said the ferry would sail, Berg said it would not, Lopes said fares would rise.';
    expect(read(text, { language: 'en' }).map((a) => a.source?.text)).toEqual([
      'Ruiz',
      'Berg',
      'Lopes',
    ]);
  });
});
