/**
 * The claim-bounds model trained from annotated articles: five times on four fifths of them
 * (every fifth in sorted order held out in turn), to measure it against the rules and choose its
 * margins on every article once, then once on all of them. Starts and ends share one weight
 * table, their features hashed apart, and are learned together.
 *
 * It is trained twice: on the drafts read without beliefs, for every reader; and on those read
 * with them, for a reader asking for beliefs. One model trained on the drafts with beliefs moved
 * the claims a reader without beliefs saw at every retraining of the belief model (issue 13).
 */

import type { ClaimBoundsModelData } from '../../engine/english/claims/learned/claim-bounds-model';
import type { Article } from '../eval/corpus';
import { type BoundRankings, boundRankings } from './claim-bounds-examples';
import { bestOf, type Ranking, trainRanker } from './rank-perceptron';
import { sparseWeights } from './sparse-weights';

const BITS = 18;
const EPOCHS = 10;
const SCALE = 10;
const FOLDS = 5;

// The margins tried on held-out train: how much higher than the rules' choice another must score.
// One held-out fifth changes too few ends to choose by (its best margin swung from 1 to 8 with
// small changes of features); all five folds together do not swing so.
const MARGINS = [0, 1, 2, 3, 5, 8, 12];

/** How often the rules and the model at each margin choose right on held-out choices. */
class HeldOut {
  choices = 0;
  byRules = 0;
  byMargin = MARGINS.map(() => 0);

  add(weights: Float64Array, rankings: readonly Ranking[]): void {
    const mask = (1 << BITS) - 1;
    for (const ranking of rankings) {
      this.choices++;
      if (ranking.right === 0) this.byRules++;
      MARGINS.forEach((margin, m) => {
        if (bestOf(weights, mask, ranking, margin) === ranking.right)
          this.byMargin[m] = (this.byMargin[m] ?? 0) + 1;
      });
    }
  }

  /** The margin with the most right, saying on `log` how the rules and the model did. */
  margin(name: string, log: (line: string) => void): number {
    const best = this.byMargin.indexOf(Math.max(...this.byMargin));
    const margin = MARGINS[best] as number;
    log(
      `train: claim ${name}, ${this.choices} held-out claims with a choice: rules right on ` +
        `${this.byRules}, model on ${this.byMargin[best]} (margin ${margin}; by margin ${this.byMargin.join(' ')})`,
    );
    return margin;
  }
}

const both = (rankings: readonly BoundRankings[]): Ranking[] =>
  rankings.flatMap((r) => [...r.starts, ...r.ends]);

/**
 * Trains the claim-bounds model on the drafts read with `beliefs` or without, saying on `log` how
 * it and the rules do on held-out articles.
 */
export function trainClaimBoundsModel(
  articles: readonly Article[],
  beliefs: boolean,
  log: (line: string) => void = () => {},
): ClaimBoundsModelData {
  const byArticle = articles.map((article) => boundRankings(article, beliefs));
  const starts = new HeldOut();
  const ends = new HeldOut();
  for (let fold = 0; fold < FOLDS; fold++) {
    const trial = trainRanker(both(byArticle.filter((_, k) => k % FOLDS !== fold)), BITS, EPOCHS);
    const held = byArticle.filter((_, k) => k % FOLDS === fold);
    starts.add(
      trial,
      held.flatMap((r) => r.starts),
    );
    ends.add(
      trial,
      held.flatMap((r) => r.ends),
    );
  }
  const startMargin = starts.margin('starts', log);
  const endMargin = ends.margin('ends', log);
  const weights = trainRanker(both(byArticle), BITS, EPOCHS);
  return {
    about: `The claim-bounds model ${beliefs ? 'for a reader asking for beliefs' : 'for every reader'}: averaged ranking perceptron weights over hashed features (english/claims/learned/), written by npm run train from PolNeAR train, read ${beliefs ? 'with' : 'without'} beliefs.`,
    bits: BITS,
    scale: SCALE,
    startMargin: Math.round(startMargin * SCALE),
    endMargin: Math.round(endMargin * SCALE),
    weights: sparseWeights(weights, SCALE),
  };
}
