import { describe, expect, it, vi } from 'vitest';
import { answerExtract } from '../../src/background/extract-requests';
import { extract } from '../../src/engine';
import { MAX_EXTRACT_CHARS } from '../../src/shared/messages';

// The message module brings the browser API with it; answering needs none of it.
vi.mock('webextension-polyfill', () => ({ default: {} }));

const TEXT = 'The council postponed its vote, analysts say. Sources close to the mayor disagree.';

describe('the background answering the page’s extract requests', () => {
  it('answers with what the engine finds in each text, the reader’s own cues included', () => {
    const other = 'Interfax, citing the official portal, said the talks had ended.';
    const answer = answerExtract({ texts: [TEXT, other], extraCues: ['sources close to'] });
    expect(answer).toEqual({
      attributions: [
        extract(TEXT, { extraCues: ['sources close to'] }),
        extract(other, { extraCues: ['sources close to'] }),
      ],
      otherLanguage: [false, false],
      language: 'en',
    });
    expect('attributions' in answer && answer.attributions[0]?.length).toBeGreaterThan(1);
    const names = 'attributions' in answer ? answer.attributions[1]?.map((a) => a.name) : [];
    expect(names).toContain('Interfax');
  });

  it('reads one article in one language: the one its text is in, or the one told before', () => {
    const french =
      'Le conseil municipal a reporté son vote sur le contrat du ferry, selon le procès-verbal publié ' +
      'par la Gazette du littoral. La maire a déclaré que le conseil avait besoin de plus de temps pour ' +
      'étudier les offres des deux compagnies, qui restent secrètes.';
    const short = 'La maire a déclaré que le vote aurait lieu lundi.';
    // A page that says it is English is not believed against its French text.
    const first = answerExtract({ texts: [french], extraCues: [], declaredLanguage: 'en' });
    expect(first).toEqual({
      attributions: [extract(french, { language: 'fr' })],
      otherLanguage: [false],
      language: 'fr',
    });
    // A later passage, too short to judge alone, is read in the article's language.
    const later = answerExtract({ texts: [short], extraCues: [], language: 'fr' });
    expect('attributions' in later && later.attributions[0]?.map((a) => a.cue.text)).toEqual([
      'a déclaré',
    ]);
  });

  it('says an article is in a language the engine does not read yet, and finds nothing in it', () => {
    const italian =
      'Il consiglio comunale ha rinviato il voto sul contratto del traghetto, secondo il verbale ' +
      'pubblicato dalla Gazzetta del litorale. La sindaca ha dichiarato che il consiglio aveva bisogno ' +
      'di più tempo per studiare le offerte delle due compagnie, che restano segrete. Il gestore ' +
      'avrebbe chiesto una sovvenzione due volte più grande di quella versata oggi.';
    expect(answerExtract({ texts: [italian, italian], extraCues: [] })).toEqual({
      attributions: [[], []],
      otherLanguage: [true, true],
      language: null,
    });
  });

  it('says what is wrong with a request it cannot answer', () => {
    expect(answerExtract({ texts: [TEXT, 42], extraCues: [] })).toEqual({
      error: 'extract: texts must be a list of strings',
    });
    expect(answerExtract({ texts: TEXT, extraCues: [] })).toEqual({
      error: 'extract: texts must be a list of strings',
    });
    expect(answerExtract({ texts: [TEXT], extraCues: 'analysts say' })).toEqual({
      error: 'extract: extraCues must be a list of strings',
    });
    const half = 'x'.repeat(MAX_EXTRACT_CHARS / 2 + 1);
    expect(answerExtract({ texts: [half, half], extraCues: [] })).toEqual({
      error: `extract: the texts hold ${half.length * 2} characters, more than the ${MAX_EXTRACT_CHARS} one request may carry`,
    });
  });
});
