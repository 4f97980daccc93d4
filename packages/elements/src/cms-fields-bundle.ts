/**
 * The standalone fields' CMS bundle (`dist/cms/fimforms-fields.js`, built by scripts/build-bundle.mjs): importing
 * it defines every standalone field element (`<fim-text-field>`, …) for a CMS's own `<form>`. A separate entry,
 * so that a page showing a `<fim-form>` does not download eight field elements it does not use, and a page with
 * only a few fields does not download `<fim-form>`.
 *
 * ```html
 * <script type="module" src="/assets/fimforms/fimforms-fields.js"></script>
 * <form method="post"><fim-text-field name="vorname" label="Vorname" required></fim-text-field></form>
 * ```
 */
import { defineStandaloneFields } from './standalone/define-standalone-fields.js';

defineStandaloneFields();
