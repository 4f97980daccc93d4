// JSON Forms with its vanilla renderers (a UI schema of one Group per group), rendered synchronously.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { JsonForms } from '@jsonforms/react';
import { vanillaCells, vanillaRenderers } from '@jsonforms/vanilla-renderers';

window.renderPeer = ({ jsonSchema, uiSchema }, container) => {
  const root = createRoot(container);
  flushSync(() => root.render(createElement(JsonForms, { schema: jsonSchema, uischema: uiSchema, data: {}, renderers: vanillaRenderers, cells: vanillaCells })));
};
