/**
 * The one-file CMS bundle (`dist/cms/fimforms.js`, built by scripts/build-bundle.mjs): importing it defines
 * `<fim-form>`. Only parts a form needs sometimes and that weigh much (the Markdown parser) are chunks beside it,
 * loaded when used: everything else is in the one file, as a second file the first one imports would cost a round
 * trip more on a weak connection than its bytes. The standalone field elements are a separate entry,
 * `dist/cms/fimforms-fields.js` (src/cms-fields-bundle.ts), for pages that use them.
 *
 * ```html
 * <script type="module" src="/assets/fimforms/fimforms.js"></script>
 * <fim-form src="/formulare/antrag.form.json" lang="de"></fim-form>
 * ```
 */
import './define.js';
