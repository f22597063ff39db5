// Placeholder: the popup engineer builds this page.
export {};
