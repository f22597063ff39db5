import { element, uniqueId } from '../popup/dom';

export interface Choice<T extends string> {
  value: T;
  label: string;
  description?: string;
}

/** A group of radio buttons with a legend: one of a few values, each explained in a line. */
export function choiceGroup<T extends string>(
  legend: string,
  choices: readonly Choice<T>[],
  onChoose: (value: T) => void,
): { element: HTMLFieldSetElement; set(value: T): void } {
  const name = uniqueId('choice');
  const radios = choices.map((choice) => {
    const id = uniqueId(name);
    const radio = element('input', { attrs: { type: 'radio', name, id, value: choice.value } });
    radio.addEventListener('change', () => radio.checked && onChoose(choice.value));
    const parts: Node[] = [element('span', { className: 'choice-label', text: choice.label })];
    if (choice.description) {
      const descriptionId = `${id}-description`;
      radio.setAttribute('aria-describedby', descriptionId);
      parts.push(
        element('span', {
          className: 'choice-description',
          attrs: { id: descriptionId },
          text: choice.description,
        }),
      );
    }
    const label = element(
      'label',
      { className: 'choice', attrs: { for: id } },
      radio,
      element('span', {}, ...parts),
    );
    return { radio, label };
  });
  return {
    element: element(
      'fieldset',
      { className: 'choices' },
      element('legend', { className: 'visually-hidden', text: legend }),
      ...radios.map((r) => r.label),
    ),
    set(value) {
      for (const { radio } of radios) radio.checked = radio.value === value;
    },
  };
}
