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
 *
 * Time and memory stay linear in the file and bounded whatever it holds: no event may be larger than
 * `maxEventBytes` (CloudWatch Logs' own limit, so a larger one cannot be a log event), and no more than `maxBytes` are
 * read once decompressed (a small gzip can expand without end). Each byte is looked at a bounded number of times.
 */
export type EventFileFormat = 'json-array' | 'cloudtrail' | 'json-lines'

export interface EventFileLimits {
  /** The largest event, in bytes: 256 KB is the most CloudWatch Logs accepts in one log event. */
  maxEventBytes: number
  /** The most bytes read from the file, after decompression. */
  maxBytes: number
}

export const DEFAULT_EVENT_FILE_LIMITS: EventFileLimits = { maxEventBytes: 256 * 1024, maxBytes: 1024 ** 3 }

/**
 * Where an event is in its file: the line number (from 1) in JSON lines, the index of the element (from 0) in a JSON
 * array or in a CloudTrail file's Records.
 */
export type EventPosition = number

export class EventFileError extends Error {}

export interface ReadEventFileOptions {
  format?: EventFileFormat | 'auto'
  limits?: Partial<EventFileLimits>
  /** Called once the format is known, before the first event. */
  onFormat?: (format: EventFileFormat, gzipped: boolean) => void
  /** Bytes per read (default 1 MiB); tests make it tiny to put chunk boundaries everywhere. */
  chunkBytes?: number
}

// Heads are matched on a latin1 decoding (one character per byte), where a UTF-8 byte-order mark reads as ï»¿.
const CLOUDTRAIL_HEAD = /^(?:\u00EF\u00BB\u00BF)?\s*\{\s*"Records"\s*:\s*\[/
const ARRAY_HEAD = /^(?:\u00EF\u00BB\u00BF)?\s*\[/

export async function readEventFile(
  file: string,
  onEvent: (event: PreparedEvent, position: EventPosition) => void,
  options: ReadEventFileOptions = {}
): Promise<EventFileFormat> {
  const format = options.format ?? 'auto'
  const limits = { ...DEFAULT_EVENT_FILE_LIMITS, ...options.limits }
  const gzip = await startsWithGzipMagic(file)
  const chunkBytes = options.chunkBytes ?? 1 << 20
  const raw = createReadStream(file, { highWaterMark: chunkBytes })
  // zlib's smallest output chunk is 64 bytes.
  const stream = gzip ? raw.pipe(createGunzip({ chunkSize: Math.max(64, chunkBytes) })) : raw
  raw.on('error', (error) => stream.destroy(error))
  let splitter: ChunkSplitter | undefined
  let head: Buffer = Buffer.alloc(0)
  let detected: EventFileFormat = format === 'auto' ? 'json-lines' : format
  let total = 0
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length
      if (total > limits.maxBytes) {
        throw new EventFileError(
          `the file holds more than ${bytes(limits.maxBytes)}${gzip ? ' once decompressed' : ''}, the most read by ` +
            `default${gzip ? ' (a small gzip file can expand without end)' : ''}: split the file, or raise the limit ` +
            `with --max-bytes`
        )
      }
      if (splitter === undefined) {
        head = head.length === 0 ? chunk : Buffer.concat([head, chunk])
        if (head.length < 256 && head.toString('latin1').trim().length < 32) continue
        detected = format === 'auto' ? detectFormat(head) : format
        options.onFormat?.(detected, gzip)
        splitter = createSplitter(detected, head, onEvent, limits)
        splitter.push(head)
        continue
      }
      splitter.push(chunk)
    }
  } finally {
    // Stop reading (and decompressing) at once when the file is refused half-way.
    stream.destroy()
    raw.destroy()
  }
  if (splitter === undefined) {
    detected = format === 'auto' ? detectFormat(head) : format
    options.onFormat?.(detected, gzip)
    splitter = createSplitter(detected, head, onEvent, limits)
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

function createSplitter(
  format: EventFileFormat,
  head: Buffer,
  onEvent: (event: PreparedEvent, position: EventPosition) => void,
  limits: EventFileLimits
): ChunkSplitter {
  if (format === 'json-lines') return new LineSplitter(onEvent, limits.maxEventBytes)
  const text = head.toString('latin1')
  const match = format === 'cloudtrail' ? CLOUDTRAIL_HEAD.exec(text) : ARRAY_HEAD.exec(text)
  if (match === null) {
    throw new EventFileError(
      format === 'cloudtrail' ? 'the file does not start with {"Records":[' : 'the file does not start with ['
    )
  }
  // One character per byte, so the match length is the byte offset of the array body.
  return new ArrayElementSplitter(
    match[0].length,
    (text, index) => onEvent(elementToEvent(text, index), index),
    limits.maxEventBytes
  )
}

function elementToEvent(text: string, index: number): PreparedEvent {
  // An object is used as the text the file holds (CloudTrail writes compact JSON, as it delivers it to CloudWatch
  // Logs), and parsed only when a JSON pattern needs it: one parse per event at most, no re-serialization.
  if (text.charCodeAt(0) === 0x7b) return new PreparedEvent(text)
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new EventFileError(`element ${index} is not valid JSON`)
  }
  if (typeof value === 'string') return new PreparedEvent(value)
  return new PreparedEvent(JSON.stringify(value), value)
}

function tooLarge(what: string, limit: number): EventFileError {
  return new EventFileError(
    `${what} is larger than ${bytes(limit)}, the most CloudWatch Logs accepts in one log event, so it cannot be one ` +
      `log event (is it a whole file on one line? give one event per line, or split the file); ` +
      `raise the limit with --max-event-bytes`
  )
}

function bytes(count: number): string {
  const units: Array<[number, string]> = [
    [1024 ** 3, 'GiB'],
    [1024 ** 2, 'MiB'],
    [1024, 'KiB']
  ]
  for (const [size, unit] of units) if (count >= size && count % size === 0) return `${count / size} ${unit}`
  return `${count.toLocaleString('en-US')} bytes`
}

/** Collects the pieces of one event that spans chunks, refusing it once it outgrows the event limit. */
class PendingBytes {
  private parts: Buffer[] = []
  private size = 0

  get length(): number {
    return this.size
  }

  add(part: Buffer, onTooLarge: () => never, limit: number): void {
    this.size += part.length
    if (this.size > limit) onTooLarge()
    this.parts.push(part)
  }

  /** The whole event as UTF-8 text, with `last` (the part in the current chunk) appended. */
  take(last: Buffer): string {
    const text = Buffer.concat([...this.parts, last], this.size + last.length).toString('utf8')
    this.parts = []
    this.size = 0
    return text
  }
}

class LineSplitter implements ChunkSplitter {
  private readonly pending = new PendingBytes()
  private line = 0

  constructor(
    private readonly onEvent: (event: PreparedEvent, position: EventPosition) => void,
    private readonly maxEventBytes: number
  ) {}

  push(chunk: Buffer): void {
    let start = 0
    let newline = chunk.indexOf(0x0a)
    while (newline >= 0) {
      this.checkSize(newline - start)
      this.emit(
        this.pending.length > 0
          ? this.pending.take(chunk.subarray(start, newline))
          : chunk.toString('utf8', start, newline)
      )
      start = newline + 1
      newline = chunk.indexOf(0x0a, start)
    }
    if (start < chunk.length) this.pending.add(chunk.subarray(start), () => this.refuse(), this.maxEventBytes)
  }

  end(): void {
    if (this.pending.length > 0) this.emit(this.pending.take(Buffer.alloc(0)))
  }

  private checkSize(length: number): void {
    // A CRLF line ends with a CR that is not part of the event.
    if (this.pending.length + length > this.maxEventBytes + 1) this.refuse()
  }

  private refuse(): never {
    throw tooLarge(`line ${this.line + 1}`, this.maxEventBytes)
  }

  private emit(line: string): void {
    this.line++
    const text = line.endsWith('\r') ? line.slice(0, -1) : line
    if (text.trim() === '') return
    this.onEvent(new PreparedEvent(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text), this.line)
  }
}

/**
 * Cuts the top-level elements out of a JSON array body across chunk boundaries. Strings, most of a CloudTrail record,
 * are skipped with a native search for the closing quote; only the bytes between them are looked at one by one.
 */
class ArrayElementSplitter implements ChunkSplitter {
  private skip: number
  private depth = 0
  private inString = false
  /** The chunk ended inside a string on an odd run of backslashes: the next byte is escaped. */
  private escaped = false
  private inElement = false
  private finished = false
  private readonly pending = new PendingBytes()
  private count = 0

  constructor(
    bodyOffset: number,
    private readonly onElement: (text: string, index: number) => void,
    private readonly maxEventBytes: number
  ) {
    this.skip = bodyOffset
  }

  push(chunk: Buffer): void {
    if (this.finished) return
    let i = Math.min(this.skip, chunk.length)
    this.skip -= i
    let start = i
    let depth = this.depth
    let inString = this.inString
    let inElement = this.inElement
    const length = chunk.length
    while (i < length) {
      if (inString) {
        if (this.escaped) {
          this.escaped = false
          i++
          continue
        }
        const from = i
        const quote = chunk.indexOf(0x22, from)
        if (quote < 0) {
          // The string goes on in the next chunk.
          this.escaped = backslashRun(chunk, length, from) % 2 === 1
          break
        }
        i = quote + 1
        // An odd run of backslashes before the quote escapes it: the string goes on.
        if (backslashRun(chunk, quote, from) % 2 === 1) continue
        inString = false
        if (depth === 0) {
          this.finish(chunk, start, i)
          inElement = false
        }
        continue
      }
      const byte = chunk[i] as number
      if (!inElement) {
        if (byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0x2c) {
          i++
          continue
        }
        if (byte === 0x5d) {
          this.finished = true
          this.depth = depth
          this.inElement = false
          return
        }
        inElement = true
        start = i
      }
      if (byte === 0x22) inString = true
      else if (byte === 0x7b || byte === 0x5b) depth++
      else if (byte === 0x7d || byte === 0x5d) {
        if (depth === 0) {
          // A scalar element followed directly by the closing bracket.
          this.finish(chunk, start, i)
          this.finished = true
          this.inElement = false
          return
        }
        depth--
        if (depth === 0) {
          this.finish(chunk, start, i + 1)
          inElement = false
        }
      } else if (depth === 0 && (byte === 0x2c || byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09)) {
        this.finish(chunk, start, i)
        inElement = false
      }
      i++
    }
    this.depth = depth
    this.inString = inString
    this.inElement = inElement
    if (inElement) this.pending.add(chunk.subarray(start), () => this.refuse(), this.maxEventBytes)
  }

  end(): void {
    if (this.inElement) throw new EventFileError(`the file ends inside element ${this.count}`)
    if (!this.finished) throw new EventFileError("the file ends before the array's closing ]")
  }

  private refuse(): never {
    throw tooLarge(`record ${this.count}`, this.maxEventBytes)
  }

  private finish(chunk: Buffer, start: number, end: number): void {
    if (this.pending.length + end - start > this.maxEventBytes) this.refuse()
    const text =
      this.pending.length === 0 ? chunk.toString('utf8', start, end) : this.pending.take(chunk.subarray(start, end))
    this.onElement(text, this.count++)
  }
}

/** How many backslashes come right before `end`, not looking before `from`. */
function backslashRun(chunk: Buffer, end: number, from: number): number {
  let at = end
  while (at > from && chunk[at - 1] === 0x5c) at--
  return end - at
}
