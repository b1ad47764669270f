/**
 * The article's table of contents (src/components/ArticleContents.astro): opened while it is the
 * sticky column beside the text (the stylesheet decides when: the width lives only in the CSS),
 * closed again when it falls back under the header; and the link of the section being read is
 * marked with aria-current as the reader scrolls.
 */
import { tocId } from '../domain/page-ids.ts';

/** A section counts as being read once its top passes this share of the viewport's height. */
const readingLine = 0.3;

interface Section {
  link: HTMLAnchorElement;
  target: HTMLElement;
}

/** The link of the last section whose top has passed the reading line (at the very bottom: the last one in view). */
function sectionInView(sections: readonly Section[], root: Document): Section | undefined {
  const viewport = window.innerHeight;
  const atBottom = window.scrollY + viewport >= root.documentElement.scrollHeight - 2;
  const line = atBottom ? viewport : viewport * readingLine;
  let current: Section | undefined;
  for (const section of sections) {
    if (section.target.getBoundingClientRect().top > line) break;
    current = section;
  }
  return current;
}

/** Runs `update` at most once a frame, however often the event fires. */
function onceAFrame(update: () => void): () => void {
  let queued = false;
  return () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      update();
    });
  };
}

export function markSectionInView(root: Document): void {
  const nav = root.getElementById(tocId);
  const details = nav?.querySelector('details');
  if (!nav || !details) return;

  let besideText: boolean | undefined;
  const fitLayout = () => {
    const sticky = getComputedStyle(nav).position === 'sticky';
    if (sticky === besideText) return;
    besideText = sticky;
    details.open = sticky;
  };

  const sections = Array.from(nav.querySelectorAll<HTMLAnchorElement>('li > a[href^="#"]')).flatMap((link) => {
    const target = root.getElementById(decodeURIComponent(link.hash.slice(1)));
    return target ? [{ link, target }] : [];
  });
  let marked: Section | undefined;
  const mark = () => {
    const current = sectionInView(sections, root);
    if (current === marked) return;
    marked?.link.removeAttribute('aria-current');
    current?.link.setAttribute('aria-current', 'true');
    marked = current;
  };

  fitLayout();
  mark();
  window.addEventListener('resize', onceAFrame(fitLayout));
  window.addEventListener('scroll', onceAFrame(mark), { passive: true });
}
