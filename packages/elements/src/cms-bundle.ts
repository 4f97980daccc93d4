/**
 * The CMS bundle's entry (`dist/cms/fimforms.js`, built by scripts/build-bundle.mjs): importing it defines
 * `<fim-form>`. A page embeds this one script; the rest loads relative to it from `chunks/`: the form's code (one
 * shared chunk the entry imports), and when a form first needs them the parts a first screen seldom shows
 * (src/lazy-parts.ts: review and receipt, combobox, file control, drafts), the submit transport and the Markdown
 * parser. The standalone field elements are a separate entry, `dist/cms/fimforms-fields.js`
 * (src/cms-fields-bundle.ts), for pages that use them.
 *
 * ```html
 * <script type="module" src="/assets/fimforms/fimforms.js"></script>
 * <fim-form src="/formulare/antrag.form.json" lang="de"></fim-form>
 * ```
 */
import './define.js';
