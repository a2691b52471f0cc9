export const id = 734;
export const ids = [734];
export const modules = {

/***/ 2734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPatternCommand: () => (/* binding */ runPatternCommand)
});

// EXTERNAL MODULE: ./src/pattern/index.ts + 2 modules
var src_pattern = __webpack_require__(53);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/pattern/evaluate.ts + 2 modules
var evaluate = __webpack_require__(8476);
;// CONCATENATED MODULE: ./src/pattern/event-file.ts




class EventFileError extends Error {
}
// Heads are matched on a latin1 decoding (one character per byte), where a UTF-8 byte-order mark reads as ï»¿.
const CLOUDTRAIL_HEAD = /^(?:\u00EF\u00BB\u00BF)?\s*\{\s*"Records"\s*:\s*\[/;
const ARRAY_HEAD = /^(?:\u00EF\u00BB\u00BF)?\s*\[/;
async function readEventFile(file, onEvent, format = 'auto') {
    const gzip = await startsWithGzipMagic(file);
    const raw = (0,external_node_fs_.createReadStream)(file, { highWaterMark: 1 << 20 });
    const stream = gzip ? raw.pipe((0,external_node_zlib_.createGunzip)({ chunkSize: 1 << 20 })) : raw;
    raw.on('error', (error) => stream.destroy(error));
    let splitter;
    let head = Buffer.alloc(0);
    let detected = format === 'auto' ? 'json-lines' : format;
    for await (const chunk of stream) {
        if (splitter === undefined) {
            head = head.length === 0 ? chunk : Buffer.concat([head, chunk]);
            if (head.length < 256 && head.toString('latin1').trim().length < 32)
                continue;
            detected = format === 'auto' ? detectFormat(head) : format;
            splitter = createSplitter(detected, head, onEvent);
            splitter.push(head);
            continue;
        }
        splitter.push(chunk);
    }
    if (splitter === undefined) {
        detected = format === 'auto' ? detectFormat(head) : format;
        splitter = createSplitter(detected, head, onEvent);
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
function createSplitter(format, head, onEvent) {
    if (format === 'json-lines')
        return new LineSplitter(onEvent);
    const text = head.toString('latin1');
    const match = format === 'cloudtrail' ? CLOUDTRAIL_HEAD.exec(text) : ARRAY_HEAD.exec(text);
    if (match === null) {
        throw new EventFileError(format === 'cloudtrail' ? 'the file does not start with {"Records":[' : 'the file does not start with [');
    }
    // One character per byte, so the match length is the byte offset of the array body.
    return new ArrayElementSplitter(match[0].length, (text, index) => onEvent(elementToEvent(text, index)));
}
function elementToEvent(text, index) {
    // An object is used as the text the file holds (CloudTrail writes compact JSON, as it delivers it to CloudWatch
    // Logs), and parsed only when a JSON pattern needs it: one parse per event at most, no re-serialization.
    const trimmed = text.trim();
    if (trimmed.startsWith('{'))
        return new evaluate/* PreparedEvent */.In(trimmed);
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
class LineSplitter {
    onEvent;
    rest;
    constructor(onEvent) {
        this.onEvent = onEvent;
    }
    push(chunk) {
        let start = 0;
        let newline = chunk.indexOf(0x0a);
        if (this.rest !== undefined && newline >= 0) {
            this.emit(Buffer.concat([this.rest, chunk.subarray(0, newline)]).toString('utf8'));
            this.rest = undefined;
            start = newline + 1;
            newline = chunk.indexOf(0x0a, start);
        }
        while (newline >= 0) {
            this.emit(chunk.toString('utf8', start, newline));
            start = newline + 1;
            newline = chunk.indexOf(0x0a, start);
        }
        if (start < chunk.length)
            this.rest = this.rest === undefined ? chunk.subarray(start) : Buffer.concat([this.rest, chunk.subarray(start)]);
    }
    end() {
        if (this.rest !== undefined)
            this.emit(this.rest.toString('utf8'));
        this.rest = undefined;
    }
    emit(line) {
        const text = line.endsWith('\r') ? line.slice(0, -1) : line;
        if (text.trim() === '')
            return;
        this.onEvent(new evaluate/* PreparedEvent */.In(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text));
    }
}
/** Cuts the top-level elements out of a JSON array body, byte by byte, across chunk boundaries. */
class ArrayElementSplitter {
    onElement;
    skip;
    depth = 0;
    inString = false;
    escaped = false;
    inElement = false;
    finished = false;
    parts = [];
    count = 0;
    constructor(bodyOffset, onElement) {
        this.onElement = onElement;
        this.skip = bodyOffset;
    }
    push(chunk) {
        if (this.finished)
            return;
        let i = Math.min(this.skip, chunk.length);
        this.skip -= i;
        let start = i;
        const length = chunk.length;
        for (; i < length; i++) {
            const byte = chunk[i];
            if (this.inString) {
                if (this.escaped)
                    this.escaped = false;
                else if (byte === 0x5c)
                    this.escaped = true;
                else if (byte === 0x22) {
                    this.inString = false;
                    if (this.depth === 0)
                        this.finish(chunk, start, i + 1);
                }
                continue;
            }
            if (!this.inElement) {
                if (byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0x2c)
                    continue;
                if (byte === 0x5d) {
                    this.finished = true;
                    return;
                }
                this.inElement = true;
                start = i;
            }
            if (byte === 0x22)
                this.inString = true;
            else if (byte === 0x7b || byte === 0x5b)
                this.depth++;
            else if (byte === 0x7d || byte === 0x5d) {
                if (this.depth === 0) {
                    // A scalar element followed directly by the closing bracket.
                    this.finish(chunk, start, i);
                    this.finished = true;
                    return;
                }
                this.depth--;
                if (this.depth === 0)
                    this.finish(chunk, start, i + 1);
            }
            else if (this.depth === 0 &&
                (byte === 0x2c || byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09)) {
                this.finish(chunk, start, i);
            }
        }
        if (this.inElement)
            this.parts.push(chunk.subarray(start));
    }
    end() {
        if (this.inElement)
            throw new EventFileError(`the file ends inside element ${this.count}`);
        if (!this.finished)
            throw new EventFileError("the file ends before the array's closing ]");
    }
    finish(chunk, start, end) {
        const text = this.parts.length === 0
            ? chunk.toString('utf8', start, end)
            : Buffer.concat([...this.parts, chunk.subarray(start, end)]).toString('utf8');
        this.parts = [];
        this.inElement = false;
        this.onElement(text, this.count++);
    }
}

// EXTERNAL MODULE: ./src/controls/index.ts + 1 modules
var controls = __webpack_require__(7731);
;// CONCATENATED MODULE: ./src/cli/pattern-command.ts
// `cmk-alarm pattern test|check ...`: runs the filter-pattern engine from the command line.
// Exit codes: 0 ok (check: covers), 1 check: valid but does not cover, 2 invalid pattern or bad usage.



const USAGE = `Usage:
  cmk-alarm pattern test  --pattern P --events FILE [--format auto|json-array|json-lines|cloudtrail] [--json]
  cmk-alarm pattern check --pattern P [--json]

test   tells which log events the filter pattern matches. FILE is a JSON array of messages, a JSON-lines
       file (one message per line) or a CloudTrail log file {"Records":[...]}, gzipped or not.
check  judges the pattern against CIS AWS 4.7 / Security Hub CloudWatch.7: does it match every KMS
       DisableKey and ScheduleKeyDeletion event? Exit 0 if it does, 1 if not, 2 if the pattern is invalid.
`;
class UsageError extends Error {
}
async function runPatternCommand(args, io) {
    const [command, ...rest] = args;
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
        ;
        (command === undefined ? io.stderr : io.stdout)(USAGE);
        return command === undefined ? 2 : 0;
    }
    try {
        const options = parseOptions(rest);
        if (command === 'test')
            return await runTest(options, io);
        if (command === 'check')
            return runCheck(options, io);
        throw new UsageError(`unknown command "pattern ${command}" (expected "test" or "check")`);
    }
    catch (error) {
        if (error instanceof UsageError) {
            io.stderr(`cmk-alarm pattern: ${error.message}\n\n${USAGE}`);
            return 2;
        }
        throw error;
    }
}
function parseOptions(args) {
    const options = { format: 'auto', json: false };
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
        if (flag === '--pattern')
            options.pattern = value();
        else if (flag === '--events')
            options.events = value();
        else if (flag === '--json')
            options.json = true;
        else if (flag === '--format') {
            const format = value();
            if (format !== 'auto' && format !== 'json-array' && format !== 'json-lines' && format !== 'cloudtrail') {
                throw new UsageError(`--format must be auto, json-array, json-lines or cloudtrail, not "${format}"`);
            }
            options.format = format;
        }
        else
            throw new UsageError(`unknown option ${arg}`);
    }
    return options;
}
function requirePattern(options) {
    // An empty pattern is valid (it matches every event), so only a missing flag is an error.
    if (options.pattern === undefined)
        throw new UsageError("missing --pattern (the filter pattern to use, e.g. --pattern '{ $.eventName = DisableKey }')");
    return options.pattern;
}
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
        if (options.json) {
            io.stdout(`${JSON.stringify({ valid: false, error: error.message, position: error.position, expected: error.expected })}\n`);
        }
        else {
            io.stderr(`Invalid filter pattern: ${error.message}\n  ${text}\n  ${' '.repeat(error.position)}^\n`);
        }
        return 2;
    }
    const compiled = (0,src_pattern/* compile */.wE)(pattern);
    const results = [];
    const rows = [];
    const onEvent = (event) => {
        const matched = compiled.test(event);
        results.push(matched);
        if (!options.json)
            rows.push(tableRow(results.length - 1, matched, event));
    };
    try {
        await readEventFile(options.events, onEvent, options.format);
    }
    catch (error) {
        if (error instanceof EventFileError)
            throw new UsageError(`--events ${options.events}: ${error.message}`);
        const code = error.code;
        if (code !== undefined)
            throw new UsageError(`--events ${options.events}: cannot read the file (${code})`);
        throw new UsageError(`--events ${options.events}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (options.json) {
        io.stdout(`{"valid":true,"kind":${JSON.stringify(pattern.kind)},"matches":[${results.join(',')}]}\n`);
        return 0;
    }
    const matched = results.filter(Boolean).length;
    io.stdout(`${['#', 'match', 'eventName', 'message'].join('\t')}\n${rows.map((row) => `${row}\n`).join('')}` +
        `${matched} of ${results.length} event(s) match the ${pattern.kind} pattern.\n`);
    return 0;
}
function tableRow(index, matched, event) {
    const eventName = event.json()?.eventName;
    const excerpt = event.message.length > 60 ? `${event.message.slice(0, 57)}...` : event.message;
    return [
        String(index),
        matched ? 'yes' : 'no',
        typeof eventName === 'string' ? eventName : '-',
        excerpt.replace(/[\t\r\n]+/g, ' ')
    ].join('\t');
}
function runCheck(options, io) {
    const judgement = (0,src_pattern/* judgePattern */.cO)(requirePattern(options), controls/* DEFAULT_CONTROL */.as);
    if (options.json) {
        const { valid, kind, covers, counterexample, broad, broadExample, prescribedText, prescribedForm, explanation, error } = judgement;
        io.stdout(`${JSON.stringify({ valid, kind, covers, counterexample, broad, broadExample, prescribedText, prescribedForm, explanation, error })}\n`);
    }
    else if (!judgement.valid) {
        io.stdout(`INVALID  ${judgement.explanation}\n`);
    }
    else {
        const lines = [
            `${judgement.covers ? 'COVERS' : 'DOES NOT COVER'}  ${judgement.explanation}`,
            `  kind:            ${judgement.kind}`,
            `  broad:           ${judgement.broad ? 'yes, it also matches other events' : 'no'}`,
            `  prescribed text: ${judgement.prescribedText ? `yes (${judgement.prescribedForm === 'security-hub' ? 'Security Hub' : 'CIS'} form)` : 'no (Security Hub CloudWatch.7 compares the text, so it reports FAILED)'}`
        ];
        if (judgement.counterexample !== undefined)
            lines.push(`  missed event:    ${judgement.counterexample}`);
        if (judgement.broadExample !== undefined)
            lines.push(`  also matches:    ${judgement.broadExample}`);
        io.stdout(`${lines.join('\n')}\n`);
    }
    if (!judgement.valid)
        return 2;
    return judgement.covers ? 0 : 1;
}


/***/ })

};
