declare module 'virtual:setlist/config' {
  /** The site's `setlist({...})` options, validated, every default filled in. */
  export const siteConfig: import('../schemas/site.ts').SiteConfig;
}

declare module 'virtual:setlist/content-state' {
  /** The content check's findings (the dev server replaces the module when they change). */
  const state: import('../route-data/content-state.ts').ContentState;
  export default state;
}

/** The brand colours as CSS custom properties; imported for its effect only. */
declare module 'virtual:setlist/brand.css' {}
