/**
 * The extractors, one unified plugin per field group, in the order they run.
 */
export { release } from './release.js'
export { meta } from './meta.js'
export { draft } from './context.js'
export { contacts } from './contacts.js'
export { footnotes } from './footnotes.js'
export { glossary } from './glossary.js'
export { attachments } from './attachments.js'
export { references } from './references.js'
export { quotes } from './quotes.js'
export { events } from './events.js'
export { mentions } from './mentions.js'
export { plans } from './plans.js'
export { keywords } from './keywords.js'
export { entities } from './entities.js'
