import type { Preview } from '@storybook/web-components-vite';
import './catalogue.css';

const preview: Preview = {
  parameters: {
    // Every story is an accessibility test: an axe violation fails it (toolchain.md, section 3).
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: {
      storySort: { order: ['Introduction', 'Getting started', 'Accessibility', 'Forms', 'Elements', 'Playground', 'Specification'] },
    },
  },
};

export default preview;
