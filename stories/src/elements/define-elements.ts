// Registers <fim-form> and the standalone field elements for every story that renders them,
// as the CMS bundle does (packages/elements/src/cms-bundle.ts).
import '@fimforms/elements/define';
import { defineStandaloneFields } from '@fimforms/elements';

defineStandaloneFields();
