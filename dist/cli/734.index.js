export const id = 734;
export const ids = [734];
export const modules = {

/***/ 2734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPatternCommand: () => (/* binding */ runPatternCommand)
});

// UNUSED EXPORTS: printable, safeJson

// EXTERNAL MODULE: ./src/pattern/index.ts + 1 modules
var src_pattern = __webpack_require__(4045);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/pattern/evaluate.ts + 2 modules
var evaluate = __webpack_require__(8476);
;// CONCATENATED MODULE: ./src/pattern/event-file.ts




const DEFAULT_EVENT_FILE_LIMITS = { maxEventBytes: 256 * 1024, maxBytes: 1024 ** 3 };
class EventFileError extends Error {
}
// Heads are matched on a latin1 decoding (one character per byte), where a UTF-8 byte-order mark reads as ï»¿.
const CLOUDTRAIL_HEAD = /^(?:\u00EF\u00BB\u00BF)?\s*\{\s*"Records"\s*:\s*\[/;
const ARRAY_HEAD = /^(?:\u00EF\u00BB\u00BF)?\s*\[/;
async function readEventFile(file, onEvent, options = {}) {
    const format = options.format ?? 'auto';
    const limits = { ...DEFAULT_EVENT_FILE_LIMITS, ...options.limits };
    const gzip = await startsWithGzipMagic(file);
    const chunkBytes = options.chunkBytes ?? 1 << 20;
    const raw = (0,external_node_fs_.createReadStream)(file, { highWaterMark: chunkBytes });
    // zlib's smallest output chunk is 64 bytes.
    const stream = gzip ? raw.pipe((0,external_node_zlib_.createGunzip)({ chunkSize: Math.max(64, chunkBytes) })) : raw;
    raw.on('error', (error) => stream.destroy(error));
    let splitter;
    let head = Buffer.alloc(0);
    let detected = format === 'auto' ? 'json-lines' : format;
    let total = 0;
    try {
        for await (const chunk of stream) {
            total += chunk.length;
            if (total > limits.maxBytes) {
                throw new EventFileError(`the file holds more than ${bytes(limits.maxBytes)}${gzip ? ' once decompressed' : ''}, the most read by ` +
                    `default${gzip ? ' (a small gzip file can expand without end)' : ''}: split the file, or raise the limit ` +
                    `with --max-bytes`);
            }
            if (splitter === undefined) {
                head = head.length === 0 ? chunk : Buffer.concat([head, chunk]);
                if (head.length < 256 && head.toString('latin1').trim().length < 32)
                    continue;
                detected = format === 'auto' ? detectFormat(head) : format;
                options.onFormat?.(detected, gzip);
                splitter = createSplitter(detected, head, onEvent, limits);
                splitter.push(head);
                continue;
            }
            splitter.push(chunk);
        }
    }
    finally {
        // Stop reading (and decompressing) at once when the file is refused half-way.
        stream.destroy();
        raw.destroy();
    }
    if (splitter === undefined) {
        detected = format === 'auto' ? detectFormat(head) : format;
        options.onFormat?.(detected, gzip);
        splitter = createSplitter(detected, head, onEvent, limits);
        splitter.push(head);
    }
    splitter.end();
    return detected;
}
async function startsWithGzipMagic(file) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const magic = Buffer.alloc(2);
        const { bytesRead } = await handle.read(magic, 0, 2, 0);
        return bytesRead === 2 && magic[0] === 0x1f && magic[1] === 0x8b;
    }
    finally {
        await handle.close();
    }
}
function detectFormat(head) {
    const text = head.toString('latin1');
    if (CLOUDTRAIL_HEAD.test(text))
        return 'cloudtrail';
    // `[ERROR 400] ...` is a log line, not an array: an array's first element must look like JSON.
    if (/^(?:\u00EF\u00BB\u00BF)?\s*\[\s*(?:["{[\]\d-]|true|false|null)/.test(text))
        return 'json-array';
    return 'json-lines';
}
function createSplitter(format, head, onEvent, limits) {
    if (format === 'json-lines')
        return new LineSplitter(onEvent, limits.maxEventBytes);
    const text = head.toString('latin1');
    const match = format === 'cloudtrail' ? CLOUDTRAIL_HEAD.exec(text) : ARRAY_HEAD.exec(text);
    if (match === null) {
        throw new EventFileError(format === 'cloudtrail' ? 'the file does not start with {"Records":[' : 'the file does not start with [');
    }
    // One character per byte, so the match length is the byte offset of the array body.
    return new ArrayElementSplitter(match[0].length, (text, index) => onEvent(elementToEvent(text, index), index), limits.maxEventBytes);
}
function elementToEvent(text, index) {
    // An object is used as the text the file holds (CloudTrail writes compact JSON, as it delivers it to CloudWatch
    // Logs), and parsed only when a JSON pattern needs it: one parse per event at most, no re-serialization.
    if (text.charCodeAt(0) === 0x7b)
        return new evaluate/* PreparedEvent */.In(text);
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw new EventFileError(`element ${index} is not valid JSON`);
    }
    if (typeof value === 'string')
        return new evaluate/* PreparedEvent */.In(value);
    return new evaluate/* PreparedEvent */.In(JSON.stringify(value), value);
}
function tooLarge(what, limit) {
    return new EventFileError(`${what} is larger than ${bytes(limit)}, the most CloudWatch Logs accepts in one log event, so it cannot be one ` +
        `log event (is it a whole file on one line? give one event per line, or split the file); ` +
        `raise the limit with --max-event-bytes`);
}
function bytes(count) {
    const units = [
        [1024 ** 3, 'GiB'],
        [1024 ** 2, 'MiB'],
        [1024, 'KiB']
    ];
    for (const [size, unit] of units)
        if (count >= size && count % size === 0)
            return `${count / size} ${unit}`;
    return `${count.toLocaleString('en-US')} bytes`;
}
/** Collects the pieces of one event that spans chunks, refusing it once it outgrows the event limit. */
class PendingBytes {
    parts = [];
    size = 0;
    get length() {
        return this.size;
    }
    add(part, onTooLarge, limit) {
        this.size += part.length;
        if (this.size > limit)
            onTooLarge();
        this.parts.push(part);
    }
    /** The whole event as UTF-8 text, with `last` (the part in the current chunk) appended. */
    take(last) {
        const text = Buffer.concat([...this.parts, last], this.size + last.length).toString('utf8');
        this.parts = [];
        this.size = 0;
        return text;
    }
}
class LineSplitter {
    onEvent;
    maxEventBytes;
    pending = new PendingBytes();
    line = 0;
    constructor(onEvent, maxEventBytes) {
        this.onEvent = onEvent;
        this.maxEventBytes = maxEventBytes;
    }
    push(chunk) {
        let start = 0;
        let newline = chunk.indexOf(0x0a);
        while (newline >= 0) {
            this.checkSize(newline - start);
            this.emit(this.pending.length > 0
                ? this.pending.take(chunk.subarray(start, newline))
                : chunk.toString('utf8', start, newline));
            start = newline + 1;
            newline = chunk.indexOf(0x0a, start);
        }
        if (start < chunk.length)
            this.pending.add(chunk.subarray(start), () => this.refuse(), this.maxEventBytes);
    }
    end() {
        if (this.pending.length > 0)
            this.emit(this.pending.take(Buffer.alloc(0)));
    }
    checkSize(length) {
        // A CRLF line ends with a CR that is not part of the event.
        if (this.pending.length + length > this.maxEventBytes + 1)
            this.refuse();
    }
    refuse() {
        throw tooLarge(`line ${this.line + 1}`, this.maxEventBytes);
    }
    emit(line) {
        this.line++;
        const text = line.endsWith('\r') ? line.slice(0, -1) : line;
        if (text.trim() === '')
            return;
        this.onEvent(new evaluate/* PreparedEvent */.In(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text), this.line);
    }
}
/**
 * Cuts the top-level elements out of a JSON array body across chunk boundaries. Strings, most of a CloudTrail record,
 * are skipped with a native search for the closing quote; only the bytes between them are looked at one by one.
 */
class ArrayElementSplitter {
    onElement;
    maxEventBytes;
    skip;
    depth = 0;
    inString = false;
    /** The chunk ended inside a string on an odd run of backslashes: the next byte is escaped. */
    escaped = false;
    inElement = false;
    finished = false;
    pending = new PendingBytes();
    count = 0;
    constructor(bodyOffset, onElement, maxEventBytes) {
        this.onElement = onElement;
        this.maxEventBytes = maxEventBytes;
        this.skip = bodyOffset;
    }
    push(chunk) {
        if (this.finished)
            return;
        let i = Math.min(this.skip, chunk.length);
        this.skip -= i;
        let start = i;
        let depth = this.depth;
        let inString = this.inString;
        let inElement = this.inElement;
        const length = chunk.length;
        while (i < length) {
            if (inString) {
                if (this.escaped) {
                    this.escaped = false;
                    i++;
                    continue;
                }
                const from = i;
                const quote = chunk.indexOf(0x22, from);
                if (quote < 0) {
                    // The string goes on in the next chunk.
                    this.escaped = backslashRun(chunk, length, from) % 2 === 1;
                    break;
                }
                i = quote + 1;
                // An odd run of backslashes before the quote escapes it: the string goes on.
                if (backslashRun(chunk, quote, from) % 2 === 1)
                    continue;
                inString = false;
                if (depth === 0) {
                    this.finish(chunk, start, i);
                    inElement = false;
                }
                continue;
            }
            const byte = chunk[i];
            if (!inElement) {
                if (byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0x2c) {
                    i++;
                    continue;
                }
                if (byte === 0x5d) {
                    this.finished = true;
                    this.depth = depth;
                    this.inElement = false;
                    return;
                }
                inElement = true;
                start = i;
            }
            if (byte === 0x22)
                inString = true;
            else if (byte === 0x7b || byte === 0x5b)
                depth++;
            else if (byte === 0x7d || byte === 0x5d) {
                if (depth === 0) {
                    // A scalar element followed directly by the closing bracket.
                    this.finish(chunk, start, i);
                    this.finished = true;
                    this.inElement = false;
                    return;
                }
                depth--;
                if (depth === 0) {
                    this.finish(chunk, start, i + 1);
                    inElement = false;
                }
            }
            else if (depth === 0 && (byte === 0x2c || byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09)) {
                this.finish(chunk, start, i);
                inElement = false;
            }
            i++;
        }
        this.depth = depth;
        this.inString = inString;
        this.inElement = inElement;
        if (inElement)
            this.pending.add(chunk.subarray(start), () => this.refuse(), this.maxEventBytes);
    }
    end() {
        if (this.inElement)
            throw new EventFileError(`the file ends inside element ${this.count}`);
        if (!this.finished)
            throw new EventFileError("the file ends before the array's closing ]");
    }
    refuse() {
        throw tooLarge(`record ${this.count}`, this.maxEventBytes);
    }
    finish(chunk, start, end) {
        if (this.pending.length + end - start > this.maxEventBytes)
            this.refuse();
        const text = this.pending.length === 0 ? chunk.toString('utf8', start, end) : this.pending.take(chunk.subarray(start, end));
        this.onElement(text, this.count++);
    }
}
/** How many backslashes come right before `end`, not looking before `from`. */
function backslashRun(chunk, end, from) {
    let at = end;
    while (at > from && chunk[at - 1] === 0x5c)
        at--;
    return end - at;
}

// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(649);
// EXTERNAL MODULE: ./src/controls/index.ts + 1 modules
var controls = __webpack_require__(7731);
;// CONCATENATED MODULE: ./src/cli/pattern-command.ts
// `cmk-alarm pattern test|check ...`: runs the filter-pattern engine from the command line.
// Exit codes: test: 0 some event matched, 1 none did; check: 0 covers, 1 valid but does not cover;
// both: 2 bad usage, invalid pattern or unreadable file.




const TEST_USAGE = `Usage: cmk-alarm pattern test --pattern P --events FILE [--json] [--all] [--first N]
                              [--format auto|json-array|json-lines|cloudtrail]
                              [--max-event-bytes N] [--max-bytes N]

Tells which log events of FILE the filter pattern P matches. FILE is a JSON array of messages, a JSON-lines
file (one message per line) or a CloudTrail log file {"Records":[...]}, gzipped or not.
Prints the events read and matched, the matches per eventName and the first matches with their place in
the file (line number in JSON lines, record index from 0 in arrays and CloudTrail files).

  --first N            how many matches to list (default 10)
  --all                list every event, matched or not, as it is read
  --json               the same as JSON, with "matches": one boolean per event (and with --all, "events")
  --format F           how to read FILE (default: from its first bytes)
  --max-event-bytes N  the largest event (default 256K, what CloudWatch Logs accepts in one log event)
  --max-bytes N        the most bytes read, after decompression (default 1G); N may end in K, M or G

Exit status: 0 some event matched, 1 none did, 2 bad usage, invalid pattern or unreadable file.
`;
const CHECK_USAGE = `Usage: cmk-alarm pattern check --pattern P [--json]

Judges the filter pattern P against CIS AWS 4.7 / Security Hub CloudWatch.7: does it match every KMS
DisableKey and ScheduleKeyDeletion event (with a counter-example when not), does it match other events
too, is it the text Security Hub accepts.

Exit status: 0 it covers the control, 1 it does not, 2 bad usage or invalid pattern.
`;
const USAGE = `Usage:
  cmk-alarm pattern test  --pattern P --events FILE [--json] [--all] [--first N] [--format F] [--max-bytes N]
  cmk-alarm pattern check --pattern P [--json]

test   tells which log events the filter pattern matches (cmk-alarm pattern test --help for more).
check  judges the pattern against CIS AWS 4.7 / Security Hub CloudWatch.7: does it match every KMS
       DisableKey and ScheduleKeyDeletion event? Exit 0 if it does, 1 if not, 2 if the pattern is invalid.
`;
class UsageError extends Error {
}
const HELP = new Set(['help', '--help', '-h']);
async function runPatternCommand(args, io) {
    // Whatever is printed passes here: no line can become a GitHub workflow command.
    const safe = {
        stdout: (s) => io.stdout((0,redact/* neutralizeWorkflowCommands */.tW)(s)),
        stderr: (s) => io.stderr((0,redact/* neutralizeWorkflowCommands */.tW)(s))
    };
    const [command, ...rest] = args;
    if (command === undefined || HELP.has(command)) {
        ;
        (command === undefined ? safe.stderr : safe.stdout)(USAGE);
        return command === undefined ? 2 : 0;
    }
    const usage = command === 'test' ? TEST_USAGE : command === 'check' ? CHECK_USAGE : USAGE;
    try {
        if (command !== 'test' && command !== 'check') {
            throw new UsageError(`unknown command "pattern ${printable(command, 40)}" (expected "test" or "check")`);
        }
        const options = parseOptions(command, rest);
        if (options.help) {
            safe.stdout(usage);
            return 0;
        }
        if (command === 'test')
            return await runTest(options, safe);
        return runCheck(options, safe);
    }
    catch (error) {
        if (error instanceof UsageError) {
            safe.stderr(`cmk-alarm pattern: ${error.message}\n\n${usage}`);
            return 2;
        }
        throw error;
    }
}
function parseOptions(command, args) {
    const options = {
        help: false,
        format: 'auto',
        json: false,
        all: false,
        first: 10,
        maxBytes: DEFAULT_EVENT_FILE_LIMITS.maxBytes,
        maxEventBytes: DEFAULT_EVENT_FILE_LIMITS.maxEventBytes
    };
    const testOnly = new Set(['--events', '--format', '--all', '--first', '--max-bytes', '--max-event-bytes']);
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        const [flag, inline] = arg.startsWith('--') && arg.includes('=')
            ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
            : [arg, undefined];
        const value = () => {
            if (inline !== undefined)
                return inline;
            const next = args[++i];
            if (next === undefined)
                throw new UsageError(`${flag} needs a value`);
            return next;
        };
        if (command === 'check' && testOnly.has(flag)) {
            throw new UsageError(`${flag} is an option of "pattern test", not of "pattern check"`);
        }
        if (flag === '--help' || flag === '-h')
            options.help = true;
        else if (flag === '--pattern')
            options.pattern = value();
        else if (flag === '--events')
            options.events = value();
        else if (flag === '--json')
            options.json = true;
        else if (flag === '--all')
            options.all = true;
        else if (flag === '--first')
            options.first = parseCount(flag, value(), false);
        else if (flag === '--max-bytes')
            options.maxBytes = parseCount(flag, value(), true);
        else if (flag === '--max-event-bytes')
            options.maxEventBytes = parseCount(flag, value(), true);
        else if (flag === '--format') {
            const format = value();
            if (format !== 'auto' && format !== 'json-array' && format !== 'json-lines' && format !== 'cloudtrail') {
                throw new UsageError(`--format must be auto, json-array, json-lines or cloudtrail, not "${printable(format, 40)}"`);
            }
            options.format = format;
        }
        else
            throw new UsageError(`unknown option ${printable(arg, 60)}`);
    }
    return options;
}
/** A whole number, optionally with a K, M or G suffix (powers of 1024) where sizes are meant. */
function parseCount(flag, text, size) {
    const match = (size ? /^(\d+)([KMG]i?B?)?$/i : /^(\d+)()$/).exec(text.trim());
    const unit = (match?.[2] ?? '').charAt(0).toUpperCase();
    const count = match === null
        ? NaN
        : Number(match[1]) * (unit === 'G' ? 1024 ** 3 : unit === 'M' ? 1024 ** 2 : unit === 'K' ? 1024 : 1);
    if (!Number.isSafeInteger(count) || (size && count < 1)) {
        throw new UsageError(`${flag} must be a whole number${size ? ' of bytes, e.g. 2G, 512M or 300000' : ', e.g. 10'}, not "${printable(text, 40)}"`);
    }
    return count;
}
function requirePattern(options) {
    // An empty pattern is valid (it matches every event), so only a missing flag is an error.
    if (options.pattern === undefined)
        throw new UsageError("missing --pattern (the filter pattern to use, e.g. --pattern '{ $.eventName = DisableKey }')");
    return options.pattern;
}
// ---------------------------------------------------------------- pattern test
/** What `pattern test` found; everything it keeps is bounded except the one bit per event. */
class TestSummary {
    eventsRead = 0;
    eventsMatched = 0;
    byEventName = new Map();
    /** The first matches, with the start of their message (as it is: escaped only when printed as text). */
    firstMatches = [];
    bits = new Uint8Array(1024);
    record(index, matched) {
        this.eventsRead = index + 1;
        if (index >> 3 >= this.bits.length) {
            const grown = new Uint8Array(this.bits.length * 2);
            grown.set(this.bits);
            this.bits = grown;
        }
        if (matched) {
            this.eventsMatched++;
            this.bits[index >> 3] = this.bits[index >> 3] | (1 << (index & 7));
        }
    }
    countEventName(name) {
        // Names come from the file: a bounded number of them is counted, the rest together.
        const key = name === undefined ? NO_EVENT_NAME : name.length > 128 ? `${name.slice(0, 127)}…` : name;
        const known = this.byEventName.get(key);
        if (known !== undefined)
            this.byEventName.set(key, known + 1);
        else if (this.byEventName.size < MAX_EVENT_NAMES)
            this.byEventName.set(key, 1);
        else
            this.byEventName.set(OTHER_EVENT_NAMES, (this.byEventName.get(OTHER_EVENT_NAMES) ?? 0) + 1);
    }
    matched(index) {
        return (this.bits[index >> 3] & (1 << (index & 7))) !== 0;
    }
}
const MAX_EVENT_NAMES = 1000;
const NO_EVENT_NAME = '(no eventName)';
const OTHER_EVENT_NAMES = '(other names)';
const EXCERPT = 100;
async function runTest(options, io) {
    const text = requirePattern(options);
    if (options.events === undefined)
        throw new UsageError('missing --events FILE (a JSON array, JSON-lines or CloudTrail file of log events)');
    let pattern;
    try {
        pattern = (0,src_pattern/* parse */.qg)(text);
    }
    catch (error) {
        if (!(error instanceof src_pattern/* PatternSyntaxError */.AH))
            throw error;
        reportInvalidPattern(text, error, options.json, io);
        return 2;
    }
    const compiled = (0,src_pattern/* compile */.wE)(pattern);
    const summary = new TestSummary();
    let format = 'json-lines';
    let streamed = 0;
    const where = (position) => `${format === 'json-lines' ? 'line' : 'record'} ${position}`;
    // With --all every event is written as it is read (JSON: in "events"), so nothing grows with the file but a bit each.
    const onFormat = (detected) => {
        format = detected;
        if (!options.all)
            return;
        if (options.json)
            io.stdout(`${safeJson({ valid: true, kind: pattern.kind, format }).slice(0, -1)},"events":[`);
        else
            io.stdout(`${format === 'json-lines' ? 'line' : 'record'}\tmatch\teventName\tmessage\n`);
    };
    const onEvent = (event, position) => {
        const index = summary.eventsRead;
        const matched = compiled.test(event);
        summary.record(index, matched);
        if (!matched && !options.all)
            return;
        const eventName = eventNameOf(event);
        if (matched)
            summary.countEventName(eventName);
        if (matched && summary.firstMatches.length < options.first) {
            summary.firstMatches.push({ position, eventName, excerpt: cut(event.message, EXCERPT) });
        }
        if (options.all && options.json) {
            const row = { [format === 'json-lines' ? 'line' : 'record']: position, matched, eventName: eventName ?? null };
            io.stdout(`${streamed++ === 0 ? '' : ','}${safeJson({ ...row, message: cut(event.message, EXCERPT) })}`);
        }
        else if (options.all) {
            io.stdout(`${[where(position), matched ? 'yes' : 'no', printable(eventName ?? '-', 64), printable(event.message, EXCERPT)].join('\t')}\n`);
        }
    };
    try {
        await readEventFile(options.events, onEvent, {
            format: options.format,
            limits: { maxBytes: options.maxBytes, maxEventBytes: options.maxEventBytes },
            onFormat
        });
    }
    catch (error) {
        const file = printable(options.events, 200);
        if (error instanceof EventFileError)
            throw new UsageError(`--events ${file}: ${printable(error.message)}`);
        const code = error.code;
        if (code !== undefined)
            throw new UsageError(`--events ${file}: cannot read the file (${printable(code, 40)})`);
        throw new UsageError(`--events ${file}: ${printable(error instanceof Error ? error.message : String(error))}`);
    }
    const status = summary.eventsMatched > 0 ? 0 : 1;
    if (options.json) {
        writeJsonSummary(pattern, format, summary, options.all, io);
        return status;
    }
    const lines = [
        `Pattern (${pattern.kind}): ${printable(text, 200)}`,
        `File: ${printable(options.events, 200)} (${format === 'json-lines' ? 'JSON lines' : format === 'cloudtrail' ? 'CloudTrail file' : 'JSON array'})`,
        `Events read:    ${summary.eventsRead.toLocaleString('en-US')}`,
        `Events matched: ${summary.eventsMatched.toLocaleString('en-US')}`
    ];
    if (summary.eventsMatched > 0) {
        lines.push('Matches by eventName:');
        const names = [...summary.byEventName].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
        const width = Math.min(40, Math.max(...names.map(([name]) => printable(name, 40).length)));
        for (const [name, count] of names.slice(0, 20)) {
            lines.push(`  ${printable(name, 40).padEnd(width)}  ${count.toLocaleString('en-US')}`);
        }
        if (names.length > 20)
            lines.push(`  … and ${names.length - 20} more names`);
    }
    if (!options.all && summary.firstMatches.length > 0) {
        const shown = summary.firstMatches.length;
        lines.push(shown < summary.eventsMatched ? `First ${shown} matches (--all lists every event):` : 'Matches:');
        const rows = summary.firstMatches.map((match) => [
            where(match.position),
            printable(match.eventName ?? '-', 40),
            printable(match.excerpt)
        ]);
        const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column].length)));
        for (const row of rows)
            lines.push(`  ${row.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]) : cell)).join('  ')}`);
    }
    if (summary.eventsMatched === 0)
        lines.push(`No event matches the ${pattern.kind} pattern.`);
    io.stdout(`${lines.join('\n')}\n`);
    return status;
}
function eventNameOf(event) {
    const name = event.json()?.eventName;
    return typeof name === 'string' ? name : undefined;
}
/**
 * The summary as one JSON object, written in pieces: `matches` holds one boolean per event, however many. With --all
 * the object was opened already, and the events written into it.
 */
function writeJsonSummary(pattern, format, summary, opened, io) {
    const key = format === 'json-lines' ? 'line' : 'record';
    const head = {
        ...(opened ? {} : { valid: true, kind: pattern.kind, format }),
        eventsRead: summary.eventsRead,
        eventsMatched: summary.eventsMatched,
        matchesByEventName: Object.fromEntries(summary.byEventName),
        firstMatches: summary.firstMatches.map((match) => ({
            [key]: match.position,
            eventName: match.eventName ?? null,
            message: match.excerpt
        }))
    };
    const fields = safeJson(head).slice(1, -1);
    io.stdout(opened ? `],${fields},"matches":[` : `{${fields},"matches":[`);
    const batch = 65536;
    for (let start = 0; start < summary.eventsRead; start += batch) {
        const end = Math.min(summary.eventsRead, start + batch);
        let text = '';
        for (let index = start; index < end; index++)
            text += `${index === 0 ? '' : ','}${summary.matched(index)}`;
        io.stdout(text);
    }
    io.stdout(']}\n');
}
function reportInvalidPattern(text, error, json, io) {
    if (json) {
        io.stdout(`${safeJson({ valid: false, error: error.message, position: error.position, expected: error.expected })}\n`);
        return;
    }
    // The pattern is shown escaped, and the caret under the character the error points at.
    const shownBefore = printable(text.slice(0, error.position)).length;
    io.stderr(`Invalid filter pattern: ${printable(error.message)}\n  ${printable(text)}\n  ${' '.repeat(shownBefore)}^\n`);
}
// ---------------------------------------------------------------- pattern check
function runCheck(options, io) {
    const judgement = (0,src_pattern/* judgePattern */.cO)(requirePattern(options), controls/* DEFAULT_CONTROL */.as);
    if (options.json) {
        const { valid, kind, covers, counterexample, broad, broadExample, prescribedText, prescribedForm, explanation, error } = judgement;
        io.stdout(`${safeJson({ valid, kind, covers, counterexample, broad, broadExample, prescribedText, prescribedForm, explanation, error })}\n`);
    }
    else if (!judgement.valid) {
        io.stdout(`INVALID  ${printable(judgement.explanation)}\n`);
    }
    else {
        const lines = [
            `${judgement.covers ? 'COVERS' : 'DOES NOT COVER'}  ${printable(judgement.explanation)}`,
            `  kind:            ${judgement.kind}`,
            `  broad:           ${judgement.broad ? 'yes, it also matches other events' : 'no'}`,
            `  prescribed text: ${judgement.prescribedText ? `yes (${judgement.prescribedForm === 'security-hub' ? 'Security Hub' : 'CIS'} form)` : 'no (Security Hub CloudWatch.7 compares the text, so it reports FAILED)'}`
        ];
        if (judgement.counterexample !== undefined)
            lines.push(`  missed event:    ${printable(judgement.counterexample)}`);
        if (judgement.broadExample !== undefined)
            lines.push(`  also matches:    ${printable(judgement.broadExample)}`);
        io.stdout(`${lines.join('\n')}\n`);
    }
    if (!judgement.valid)
        return 2;
    return judgement.covers ? 0 : 1;
}
// ---------------------------------------------------------------- printing text from the file or the pattern
/**
 * Control characters (C0 and C1, ESC and CSI sequences, CR, line breaks, tabs), bidirectional overrides and
 * invisible formatting characters: shown as escapes, so what is printed is what the text holds, on one line.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
const NAMED_ESCAPES = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };
/** Text from the events or the pattern as one printable line, cut to about `max` characters. */
function printable(text, max = Infinity) {
    return cut(text, max).replace(UNSAFE, (char) => NAMED_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** At most `max` characters, the last one `…` when cut; by code point, so no surrogate pair is split. */
function cut(text, max) {
    if (text.length <= max)
        return text;
    return `${Array.from(text.slice(0, max + 1))
        .slice(0, max - 1)
        .join('')}…`;
}
/** JSON.stringify, with the characters a terminal or the runner would act on written as \u escapes (same value). */
function safeJson(value) {
    return JSON.stringify(value)
        .replace(/[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
        .replace(/##\[/g, '#\\u0023[')
        .replace(/::/g, ':\\u003a');
}


/***/ })

};
