/** The review page's own labels and buttons in one language, sent with the state (`ui`). */
import { tr, type Lang } from '../i18n/catalogue.js';
import { serveUiMessages } from '../i18n/messages/serve-ui.js';

/** Every `serve.ui.*` entry of the catalogue, keyed without the prefix, in `lang`. */
export function uiStrings(lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(serveUiMessages).sort())
    out[key.replace(/^serve\.ui\./, '')] = tr(lang, key);
  return out;
}
