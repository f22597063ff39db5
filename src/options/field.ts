import { element, uniqueId } from '../popup/dom';

/** A labelled text input with the place its error is shown, tied together for screen readers. */
export interface TextField {
  row: HTMLElement;
  input: HTMLInputElement;
  showProblem(message: string | null): void;
}

export function textField(label: string, hint: string): TextField {
  const id = uniqueId('field');
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const input = element('input', {
    attrs: {
      id,
      type: 'text',
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-describedby': hintId,
    },
  });
  const error = element('p', { className: 'field-error', attrs: { id: errorId, role: 'alert' } });
  error.hidden = true;
  return {
    input,
    row: element(
      'div',
      { className: 'field' },
      element('label', { attrs: { for: id }, text: label }),
      element('p', { className: 'field-hint', attrs: { id: hintId }, text: hint }),
      input,
      error,
    ),
    showProblem(message) {
      error.textContent = message ?? '';
      error.hidden = message === null;
      if (message === null) {
        input.removeAttribute('aria-invalid');
        input.setAttribute('aria-describedby', hintId);
      } else {
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', `${hintId} ${errorId}`);
      }
    },
  };
}

/** A settings section: a heading, a line saying what it is for, and its controls. */
export function section(
  id: string,
  title: string,
  description: string,
  ...controls: Node[]
): HTMLElement {
  const headingId = `${id}-title`;
  return element(
    'section',
    { className: 'settings-section', attrs: { id, 'aria-labelledby': headingId } },
    element('h2', { attrs: { id: headingId }, text: title }),
    element('p', { className: 'section-description', text: description }),
    ...controls,
  );
}
