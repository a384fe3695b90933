// Worker thread entry: TypeScript sources run through tsx, registered in this thread.
import { register } from 'tsx/esm/api'

register()
await import('./worker.ts')
