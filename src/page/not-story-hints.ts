/**
 * Hints a page gives that an area is not the story, which real pages also give by mistake: a
 * wrapper of the whole page marked aria-hidden or inert while a dialog was open (neither is
 * invisible), a story inside a container whose class names an ad slot ("ad-portal"). A hint hides
 * what it wraps unless it wraps the story's own container (story-root.ts judges that).
 */

/** Class or id words of widgets around a story (after Readability's "unlikely candidates"). */
const WIDGET_WORDS =
  /(?:^|[-_\s])(?:comments?|disqus|replies|related|recommend\w*|newsletter|promo|sponsor\w*|advert\w*|ads?|ad-slot|sidebar|share|sharing|social|cookie|consent|gdpr|subscribe|subscription|paywall|outbrain|taboola|popular|trending|breadcrumbs?|pagination|pager|popup|modal|banner|masthead|header|footer|menu|skip-link)(?:$|[-_\s])/i;

/** Class or id words of a story's own containers: a widget word beside them is not a hint. */
const STORY_WORDS = /article|story|body|content|post-?text/i;

/** Elements that hold a whole page or story: never hinted away by the words in their class. */
const STRUCTURAL = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

/** Attribute reads, not selector matching: this runs on the ancestors of every block. */
export function hintsNotStory(element: Element): boolean {
  if (element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('inert')) return true;
  if (STRUCTURAL.has(element.tagName.toUpperCase())) return false;
  const words = `${element.id} ${element.getAttribute('class') ?? ''}`;
  return WIDGET_WORDS.test(words) && !STORY_WORDS.test(words);
}
