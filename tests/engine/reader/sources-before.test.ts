import { describe, expect, it } from 'vitest';
import { read, readOne } from '../helpers';

const demnach = (text: string, cue = 'Demnach') => readOne('de', text, cue);

describe('German "Demnach": according to what the sentence before told', () => {
  it('names the source of the report before it', () => {
    expect(
      demnach(
        'Wie die NATO am Montag mitteilte, sind bei der Offensive Zivilisten getötet worden. Demnach wurden drei Zivilisten bei Mardscha getötet.',
      ),
    ).toEqual({
      shown: ['Demnach', 'Demnach', 'NATO', 'organization'],
      claim: 'wurden drei Zivilisten bei Mardscha getötet',
    });
  });

  it('names the one the sentence before names, when no one reported there', () => {
    expect(
      demnach(
        'Am Montag hat die FIFA die Vergabe zweier Weltmeisterschaften bekannt gegeben. Demnach wird Deutschland die Weltmeisterschaft der Frauen austragen.',
      ).shown,
    ).toEqual(['Demnach', 'Demnach', 'FIFA', 'organization']);
  });

  it('stands inside its sentence too, and is unnamed when the sentence before names no one', () => {
    expect(
      demnach(
        'Inzwischen sind präzise Beschuldigungen bekannt geworden. Der Kopilot steht demnach in der Schusslinie.',
        'demnach',
      ),
    ).toEqual({
      shown: ['demnach', 'demnach', null, 'unnamed'],
      claim: 'Der Kopilot steht demnach in der Schusslinie',
    });
  });

  it('is no cue as "Danach", which tells when', () => {
    const found = read(
      'Die Bank veröffentlichte neue Zahlen, teilte ein Sprecher mit. Danach fuhr er nach Hause.',
      { language: 'de' },
    );
    expect(found.map((a) => a.cue.text)).toEqual(['teilte']);
  });
});
