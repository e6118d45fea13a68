// A Backstage backend with only the software catalog, as an operator's backend/src/index.ts has it.
const { createBackend } = require('@backstage/backend-defaults');

const backend = createBackend();
backend.add(require('@backstage/plugin-catalog-backend'));
backend.start();
