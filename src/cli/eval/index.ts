import { parseArgs } from 'node:util';
import { evalGermanQuotes, GERMAN_QUOTES } from './german-quotes';
import { evalPolnear } from './polnear';

const USAGE = `npm run eval -- [--split dev|train] [--floors] [--errors] [--corpus DIR|german-quotes] [--cues] [--beliefs]
  --split   score one split (default: dev and train, each reported)
  --floors  exit 1 naming each measure below its floor
  --errors  write every false cue, miss, wrong source and low-scoring content to reports/
  --corpus  a PolNeAR folder (default: corpora/polnear in ../shared, or in SOURCELIGHT_SHARED),
            or german-quotes: the German quotation corpus in the same shared folder
  --cues    with --corpus german-quotes: print its cue words by frequency in dev and train
  --beliefs also find beliefs, intentions and stances ("thinks", "wants to", "endorsed"), as PolNeAR annotates them`;

const isSplit = (split: string): split is 'dev' | 'train' => split === 'dev' || split === 'train';

function parse() {
  const { values } = parseArgs({
    options: {
      split: { type: 'string' },
      floors: { type: 'boolean', default: false },
      errors: { type: 'boolean', default: false },
      corpus: { type: 'string' },
      cues: { type: 'boolean', default: false },
      beliefs: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const { split } = values;
  if (split !== undefined && !isSplit(split)) {
    throw new Error(`eval: --split must be dev or train, not "${split}"`);
  }
  if (values.cues && values.corpus !== GERMAN_QUOTES) {
    throw new Error(`eval: --cues lists the cue words of --corpus ${GERMAN_QUOTES}`);
  }
  return { ...values, split };
}

function main(): number {
  let args: ReturnType<typeof parse>;
  try {
    args = parse();
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  // A corpus's name selects it in the shared folder; anything else is a PolNeAR folder's path.
  return args.corpus === GERMAN_QUOTES ? evalGermanQuotes(args) : evalPolnear(args);
}

process.exitCode = main();
