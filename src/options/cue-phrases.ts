import { element } from '../popup/dom';
import { type MessageKey, t } from '../shared/i18n';
import { cuePhraseProblem } from '../shared/settings-schema';
import { entryList } from './entry-list';
import { section, textField } from './field';
import type { SaveChange, SettingsPart } from './settings-part';

const PROBLEM: Record<string, MessageKey> = {
  empty: 'cueProblemEmpty',
  invalid: 'cueProblemInvalid',
  duplicate: 'cueProblemDuplicate',
};

/** The reader's own cue phrases ("sources close to"): validated on the way in, never dropped. */
export function cuePhrasesPart(save: SaveChange): SettingsPart {
  let cues: readonly string[] = [];
  const field = textField(t('cueField'), t('cueFieldHint'));
  const entries = entryList({
    emptyText: t('cuesEmpty'),
    remove: (cue) => void save({ extraCues: cues.filter((c) => c !== cue) }),
    afterLast: () => field.input,
  });
  const form = element(
    'form',
    { className: 'add-form', attrs: { 'aria-label': t('cueAdd') } },
    field.row,
    element('button', { className: 'button', attrs: { type: 'submit' }, text: t('cueAdd') }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const problem = cuePhraseProblem(field.input.value, cues);
    if (problem !== null) {
      field.showProblem(t(PROBLEM[problem] ?? 'cueProblemInvalid'));
      field.input.focus();
      return;
    }
    field.showProblem(null);
    // The field empties only once the phrase is stored: a failed save loses nothing typed.
    void save({ extraCues: [...cues, field.input.value.trim()] }).then((saved) => {
      if (saved) field.input.value = '';
    });
  });
  return {
    element: section('cues', t('optionsCuesTitle'), t('optionsCuesText'), entries.element, form),
    update(settings) {
      cues = settings.extraCues;
      entries.set(cues);
    },
  };
}
