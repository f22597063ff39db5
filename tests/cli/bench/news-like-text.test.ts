import { describe, expect, it } from 'vitest';
import { newsLikeTexts } from '../../../src/cli/bench/news-like-text';
import { extract } from '../../../src/engine';

describe('newsLikeTexts', () => {
  it('writes the same articles for the same seed, and others for another', () => {
    expect(newsLikeTexts(3)).toEqual(newsLikeTexts(3));
    expect(newsLikeTexts(3, 2)).not.toEqual(newsLikeTexts(3));
  });

  it('writes paragraphs with attributions in them, as news has', () => {
    const [article = ''] = newsLikeTexts(1);
    expect(article.split('\n\n').length).toBeGreaterThanOrEqual(8);
    expect(extract(article).length).toBeGreaterThan(3);
  });
});
