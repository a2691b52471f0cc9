import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { createGunzip } from 'node:zlib'
import { PreparedEvent } from './evaluate.js'

/**
 * Streams log event messages out of a file without loading it whole (a CloudTrail file of a million
 * records is larger than the biggest string V8 can hold). Gzip is detected by its magic bytes.
 *
 * - `json-array`: `["message", {...}, ...]`; a string is the message, an object is its own JSON text (a non-object value is JSON.stringify'd).
 * - `cloudtrail`: `{"Records":[...]}` as CloudTrail delivers it to S3; each record is one event, as its JSON text
 *   (CloudTrail → CloudWatch Logs sends one record per log event, spec §8).
 * - `json-lines`: one message per line, used as-is (blank lines skipped).
 * With 'auto' the head of the file decides; `--format` overrides it for files such as a log whose first line is `[1] ...`.
 */
export type EventFileFormat = 'json-array' | 'cloudtrail' | 'json-lines'

export class EventFileError extends Error {}

// Heads are matched on a latin1 decoding (one character per byte), where a UTF-8 byte-order mark reads as ï»¿.
const CLOUDTRAIL_HEAD = /^(?:\u00EF\u00BB\u00BF)?\s*\{\s*"Records"\s*:\s*\[/
const ARRAY_HEAD = /^(?:\u00EF\u00BB\u00BF)?\s*\[/

export async function readEventFile(
  file: string,
  onEvent: (event: PreparedEvent) => void,
  format: EventFileFormat | 'auto' = 'auto'
): Promise<EventFileFormat> {
  const gzip = await startsWithGzipMagic(file)
  const raw = createReadStream(file, { highWaterMark: 1 << 20 })
  const stream = gzip ? raw.pipe(createGunzip({ chunkSize: 1 << 20 })) : raw
  raw.on('error', (error) => stream.destroy(error))
  let splitter: ChunkSplitter | undefined
  let head: Buffer = Buffer.alloc(0)
  let detected: EventFileFormat = format === 'auto' ? 'json-lines' : format
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (splitter === undefined) {
      head = head.length === 0 ? chunk : Buffer.concat([head, chunk])
      if (head.length < 256 && head.toString('latin1').trim().length < 32) continue
      detected = format === 'auto' ? detectFormat(head) : format
      splitter = createSplitter(detected, head, onEvent)
      splitter.push(head)
      continue
    }
    splitter.push(chunk)
  }
  if (splitter === undefined) {
    detected = format === 'auto' ? detectFormat(head) : format
    splitter = createSplitter(detected, head, onEvent)
    splitter.push(head)
  }
  splitter.end()
  return detected
}

async function startsWithGzipMagic(file: string): Promise<boolean> {
  const handle = await open(file, 'r')
  try {
    const magic = Buffer.alloc(2)
    const { bytesRead } = await handle.read(magic, 0, 2, 0)
    return bytesRead === 2 && magic[0] === 0x1f && magic[1] === 0x8b
  } finally {
    await handle.close()
  }
}

function detectFormat(head: Buffer): EventFileFormat {
  const text = head.toString('latin1')
  if (CLOUDTRAIL_HEAD.test(text)) return 'cloudtrail'
  // `[ERROR 400] ...` is a log line, not an array: an array's first element must look like JSON.
  if (/^(?:\u00EF\u00BB\u00BF)?\s*\[\s*(?:["{[\]\d-]|true|false|null)/.test(text)) return 'json-array'
  return 'json-lines'
}

interface ChunkSplitter {
  push(chunk: Buffer): void
  end(): void
}

function createSplitter(format: EventFileFormat, head: Buffer, onEvent: (event: PreparedEvent) => void): ChunkSplitter {
  if (format === 'json-lines') return new LineSplitter(onEvent)
  const text = head.toString('latin1')
  const match = format === 'cloudtrail' ? CLOUDTRAIL_HEAD.exec(text) : ARRAY_HEAD.exec(text)
  if (match === null) {
    throw new EventFileError(
      format === 'cloudtrail' ? 'the file does not start with {"Records":[' : 'the file does not start with ['
    )
  }
  // One character per byte, so the match length is the byte offset of the array body.
  return new ArrayElementSplitter(match[0].length, (text, index) => onEvent(elementToEvent(text, index)))
}

function elementToEvent(text: string, index: number): PreparedEvent {
  // An object is used as the text the file holds (CloudTrail writes compact JSON, as it delivers it to CloudWatch
  // Logs), and parsed only when a JSON pattern needs it: one parse per event at most, no re-serialization.
  const trimmed = text.trim()
  if (trimmed.startsWith('{')) return new PreparedEvent(trimmed)
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new EventFileError(`element ${index} is not valid JSON`)
  }
  if (typeof value === 'string') return new PreparedEvent(value)
  return new PreparedEvent(JSON.stringify(value), value)
}

class LineSplitter implements ChunkSplitter {
  private rest: Buffer | undefined

  constructor(private readonly onEvent: (event: PreparedEvent) => void) {}

  push(chunk: Buffer): void {
    let start = 0
    let newline = chunk.indexOf(0x0a)
    if (this.rest !== undefined && newline >= 0) {
      this.emit(Buffer.concat([this.rest, chunk.subarray(0, newline)]).toString('utf8'))
      this.rest = undefined
      start = newline + 1
      newline = chunk.indexOf(0x0a, start)
    }
    while (newline >= 0) {
      this.emit(chunk.toString('utf8', start, newline))
      start = newline + 1
      newline = chunk.indexOf(0x0a, start)
    }
    if (start < chunk.length)
      this.rest = this.rest === undefined ? chunk.subarray(start) : Buffer.concat([this.rest, chunk.subarray(start)])
  }

  end(): void {
    if (this.rest !== undefined) this.emit(this.rest.toString('utf8'))
    this.rest = undefined
  }

  private emit(line: string): void {
    const text = line.endsWith('\r') ? line.slice(0, -1) : line
    if (text.trim() === '') return
    this.onEvent(new PreparedEvent(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text))
  }
}

/** Cuts the top-level elements out of a JSON array body, byte by byte, across chunk boundaries. */
class ArrayElementSplitter implements ChunkSplitter {
  private skip: number
  private depth = 0
  private inString = false
  private escaped = false
  private inElement = false
  private finished = false
  private parts: Buffer[] = []
  private count = 0

  constructor(
    bodyOffset: number,
    private readonly onElement: (text: string, index: number) => void
  ) {
    this.skip = bodyOffset
  }

  push(chunk: Buffer): void {
    if (this.finished) return
    let i = Math.min(this.skip, chunk.length)
    this.skip -= i
    let start = i
    const length = chunk.length
    for (; i < length; i++) {
      const byte = chunk[i] as number
      if (this.inString) {
        if (this.escaped) this.escaped = false
        else if (byte === 0x5c) this.escaped = true
        else if (byte === 0x22) {
          this.inString = false
          if (this.depth === 0) this.finish(chunk, start, i + 1)
        }
        continue
      }
      if (!this.inElement) {
        if (byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0x2c) continue
        if (byte === 0x5d) {
          this.finished = true
          return
        }
        this.inElement = true
        start = i
      }
      if (byte === 0x22) this.inString = true
      else if (byte === 0x7b || byte === 0x5b) this.depth++
      else if (byte === 0x7d || byte === 0x5d) {
        if (this.depth === 0) {
          // A scalar element followed directly by the closing bracket.
          this.finish(chunk, start, i)
          this.finished = true
          return
        }
        this.depth--
        if (this.depth === 0) this.finish(chunk, start, i + 1)
      } else if (
        this.depth === 0 &&
        (byte === 0x2c || byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09)
      ) {
        this.finish(chunk, start, i)
      }
    }
    if (this.inElement) this.parts.push(chunk.subarray(start))
  }

  end(): void {
    if (this.inElement) throw new EventFileError(`the file ends inside element ${this.count}`)
    if (!this.finished) throw new EventFileError("the file ends before the array's closing ]")
  }

  private finish(chunk: Buffer, start: number, end: number): void {
    const text =
      this.parts.length === 0
        ? chunk.toString('utf8', start, end)
        : Buffer.concat([...this.parts, chunk.subarray(start, end)]).toString('utf8')
    this.parts = []
    this.inElement = false
    this.onElement(text, this.count++)
  }
}
