import messages from '../../src/public/_locales/en/messages.json';
import type { MessageKey } from '../../src/shared/i18n';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const MESSAGES: Record<string, Message> = messages;

/** browser.i18n.getMessage as the browsers do it: named placeholders filled from $1, $2, … */
export function getMessage(key: string, substitutions: string[] = []): string {
  const entry = MESSAGES[key];
  if (!entry) return '';
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    const slot = content ? /^\$(\d)$/.exec(content)?.[1] : undefined;
    return slot ? (substitutions[Number(slot) - 1] ?? '') : whole;
  });
}

/** The extension's `t`, in Node: the real English strings. */
export function englishText(key: MessageKey, ...substitutions: (string | number)[]): string {
  return getMessage(key, substitutions.map(String));
}

export const MESSAGE_KEYS = Object.keys(MESSAGES);
