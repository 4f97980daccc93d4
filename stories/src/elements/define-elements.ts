// Registers <fim-form> for every story that renders it.
import '@fimforms/elements/define';
