/**
 * Client-side navigation: single-page sites change the address through the History or Navigation
 * API without a new document. A change of path or query (not of #fragment) is a new article.
 */

const articleAddress = (location: Location) =>
  `${location.origin}${location.pathname}${location.search}`;

export class AddressWatch {
  private address: string;

  constructor(
    private readonly view: Window,
    private readonly onNewAddress: () => void,
    signal: AbortSignal,
  ) {
    this.address = articleAddress(view.location);
    const check = () => this.check();
    view.addEventListener('popstate', check, { signal });
    const navigation = (view as Window & { navigation?: EventTarget }).navigation;
    navigation?.addEventListener('currententrychange', check, { signal });
  }

  /** Cheap enough to call on every batch of mutations: pushState alone fires no event we can see. */
  check(): void {
    const address = articleAddress(this.view.location);
    if (address === this.address) return;
    this.address = address;
    this.onNewAddress();
  }
}
