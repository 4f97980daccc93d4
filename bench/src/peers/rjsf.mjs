// react-jsonschema-form (core theme, ajv8 validator), rendered synchronously into a container.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import Form from '@rjsf/core';
import validator from '@rjsf/validator-ajv8';

window.renderPeer = ({ jsonSchema }, container) => {
  const root = createRoot(container);
  flushSync(() => root.render(createElement(Form, { schema: jsonSchema, validator })));
};
