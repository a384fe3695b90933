export * from './record.js'
export { jsonSchema } from './json-schema.js'
