declare module 'virtual:setlist/config' {
  /** The site's `setlist({...})` options, validated, every default filled in. */
  export const siteConfig: import('../schemas/site.ts').SiteConfig;
}

declare module 'virtual:setlist/content-state' {
  /** The latest content check's findings (they change while the dev server runs). */
  export default function contentState(): import('../route-data/content-state.ts').ContentState;
}

/** The brand colours as CSS custom properties; imported for its effect only. */
declare module 'virtual:setlist/brand.css' {}
