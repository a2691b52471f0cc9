// readEventFile: elements and lines cut out exactly, wherever the read chunks end.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { readEventFile, type EventFileFormat } from '../../src/pattern/event-file.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'event-file-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function read(
  content: string | Buffer,
  chunkBytes: number,
  format: EventFileFormat | 'auto' = 'auto'
): Promise<{ format: EventFileFormat; events: Array<[number, string]> }> {
  const file = path.join(dir, `f-${chunkBytes}-${Math.random().toString(36).slice(2)}`)
  writeFileSync(file, content)
  const events: Array<[number, string]> = []
  const detected = await readEventFile(file, (event, position) => events.push([position, event.message]), {
    format,
    chunkBytes
  })
  return { format: detected, events }
}

// Strings that end in backslashes, hold escaped quotes and brackets, and characters of 2, 3 and 4 UTF-8 bytes.
const RECORDS = [
  { eventName: 'DisableKey', s: 'a\\' },
  { eventName: 'x', s: '\\"}]{[', t: ['\\\\', { u: '"' }] },
  { eventName: 'é€𝄞', n: [1, -2.5e3, true, null], o: {} },
  { eventName: '\\\\\\"', s: '' }
]

describe('readEventFile', () => {
  for (const chunkBytes of [1, 2, 3, 5, 7, 64, 1 << 20]) {
    it(`cuts CloudTrail records, array elements and lines exactly, reading ${chunkBytes} byte(s) at a time`, async () => {
      const expected = RECORDS.map((r, i) => [i, JSON.stringify(r)])
      const trail = await read(JSON.stringify({ Records: RECORDS }), chunkBytes)
      expect(trail).toEqual({ format: 'cloudtrail', events: expected })
      const spaced = await read(`\ufeff [ ${RECORDS.map((r) => JSON.stringify(r)).join(' ,\n ')} ]`, chunkBytes)
      expect(spaced).toEqual({ format: 'json-array', events: expected })
      const scalars = await read('["a\\\\", "b\\"c", 12, true]', chunkBytes)
      expect(scalars.events).toEqual([
        [0, 'a\\'],
        [1, 'b"c'],
        [2, '12'],
        [3, 'true']
      ])
      const lines = await read(`${RECORDS.map((r) => JSON.stringify(r)).join('\r\n')}\n\nlast`, chunkBytes)
      expect(lines).toEqual({
        format: 'json-lines',
        events: [...RECORDS.map((r, i) => [i + 1, JSON.stringify(r)]), [6, 'last']]
      })
    })
  }

  it('reads gzip, detected by its magic bytes', async () => {
    const trail = await read(gzipSync(JSON.stringify({ Records: RECORDS })), 7)
    expect(trail.events.map(([, message]) => JSON.parse(message))).toEqual(RECORDS)
  })
})
