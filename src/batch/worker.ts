/**
 * A worker thread: converts the inputs it is sent, one at a time, viewing the Korean
 * dictionary the pool read once into shared memory.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { runTask, threadStatPath, type TaskInput } from './task.js'
import { useDictionaryFiles, type DictionaryFiles } from '../morph/index.js'

// The dictionary the pool read once, in shared memory: viewed here, not read again.
const data = workerData as { dictionary?: DictionaryFiles } | null
if (data?.dictionary) useDictionaryFiles(data.dictionary)

// Where the pool reads this thread's CPU time, to hold each input to its budget.
parentPort!.postMessage({ stat: threadStatPath() })

parentPort!.on('message', async (message: { id: number; input: TaskInput; jsonOnly: boolean }) => {
  const result = await runTask(message.input)
  // The pool's caller reads only the JSON: the record stays here.
  if (message.jsonOnly && result.ok) {
    const { record: _record, ...rest } = result
    parentPort!.postMessage({ id: message.id, result: rest })
  } else parentPort!.postMessage({ id: message.id, result })
})
