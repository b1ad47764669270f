// The demo site's collections: Setlist's articles and scorecard templates, from content/.
import { setlistCollections } from 'setlist/collections';

export const collections = setlistCollections();
