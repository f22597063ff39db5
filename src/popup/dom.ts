/** What an element is made of: a class, attributes, and children that are elements or plain text. */
export interface ElementParts {
  className?: string;
  attrs?: Record<string, string>;
  /** Plain text only: page-derived words never pass through HTML parsing. */
  text?: string;
  /** The language of `text` when it is not the interface's: page text in the page's language. */
  lang?: string | undefined;
}

/** A new element; `text` and string children become Text nodes, never markup. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  parts: ElementParts = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (parts.className) node.className = parts.className;
  for (const [name, value] of Object.entries(parts.attrs ?? {})) node.setAttribute(name, value);
  if (parts.text !== undefined) node.textContent = parts.text;
  if (parts.lang) node.lang = parts.lang;
  node.append(...children);
  return node;
}

let lastId = 0;

/** An id unique in this document, for aria-labelledby and label[for]. */
export function uniqueId(prefix: string): string {
  lastId += 1;
  return `${prefix}-${lastId}`;
}
