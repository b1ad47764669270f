/**
 * Which way a language's text runs, from its BCP 47 tag (Arabic, Hebrew, Persian, Urdu … right to
 * left): the pages' `dir`, so that a site written in such a language reads and prints from the
 * right, whether or not Setlist has its own words in that language.
 */
export type TextDirection = 'ltr' | 'rtl';

interface LocaleWithTextInfo extends Intl.Locale {
  getTextInfo?: () => { direction?: string };
  textInfo?: { direction?: string };
}

export function textDirection(tag: string): TextDirection {
  let locale: LocaleWithTextInfo;
  try {
    locale = new Intl.Locale(tag);
  } catch {
    return 'ltr';
  }
  // Browsers and Node name it a method now; older engines had a getter.
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  return info?.direction === 'rtl' ? 'rtl' : 'ltr';
}
