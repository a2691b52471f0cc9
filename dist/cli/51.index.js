export const id = 51;
export const ids = [51];
export const modules = {

/***/ 51:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readInfrastructureCode: () => (/* binding */ readInfrastructureCode)
});

// UNUSED EXPORTS: buildState

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/sources/iac/value.ts
// Values read from infrastructure code, before deployment.
//
// A value is plain JSON data, or `Unknown` when the code cannot be evaluated without deploying (a variable with no
// value, a data source, `Fn::ImportValue`): it keeps the expression so the report can show it. What is known to be a
// reference to another resource of the same code, but whose value only exists after apply (an ARN, a generated name),
// is kept inside strings as a *token*, so a link survives string templates (`"${aws_cloudwatch_log_group.x.arn}:*"`,
// `!Sub arn:aws:sns:${AWS::Region}:${AWS::AccountId}:alerts`) and can be followed by comparing text.
/** A value that cannot be known statically; `expression` is the code that produced it, as written. */
class Unknown {
    expression;
    reason;
    isError;
    constructor(expression, 
    /** Why it is unknown, e.g. "variable alarm_threshold has no default and no value in a .tfvars file". */
    reason, 
    /** An evaluation error (a missing attribute, an index out of range): Terraform's `try` skips these, not unknowns. */
    isError = false) {
        this.expression = expression;
        this.reason = reason;
        this.isError = isError;
    }
}
const isUnknown = (v) => v instanceof Unknown;
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Unknown);
}
/** The first unknown inside a value (a list or object can be partly unknown), if any. */
function findUnknown(v) {
    if (v instanceof Unknown)
        return v;
    if (Array.isArray(v)) {
        for (const item of v) {
            const u = findUnknown(item);
            if (u)
                return u;
        }
    }
    else if (isObject(v)) {
        for (const item of Object.values(v)) {
            const u = findUnknown(item);
            if (u)
                return u;
        }
    }
    return undefined;
}
// Tokens use Unicode private-use characters, which neither Terraform nor CloudFormation code contains.
const OPEN = '\uE000';
const SEP = '\uE002';
const CLOSE = '\uE001';
const TOKEN = /\uE000([^\uE000\uE001\uE002]*)\uE002([^\uE000\uE001\uE002]*)\uE002([^\uE000\uE001\uE002]*)\uE001/g;
/** A reference, known before deploy only by what it refers to. */
function token(address, attribute, display) {
    return `${OPEN}${address}${SEP}${attribute}${SEP}${display}${CLOSE}`;
}
function hasToken(s) {
    return s.includes(OPEN);
}
/** The tokens inside a string, in order. */
function tokensIn(s) {
    return [...s.matchAll(TOKEN)].map((m) => ({ address: m[1], attribute: m[2], display: m[3] }));
}
/** The token when the whole string is one token. */
function soleToken(s) {
    const all = tokensIn(s);
    if (all.length !== 1)
        return undefined;
    return s === token(all[0].address, all[0].attribute, all[0].display) ? all[0] : undefined;
}
/** The string as a user reads it: a sole token is its display, an embedded one is `${display}`. */
function render(s) {
    const sole = soleToken(s);
    if (sole)
        return sole.display;
    return s.replace(TOKEN, (_m, _a, _b, display) => '${' + display + '}');
}
/** Replaces each token by a placeholder without `:` or `/`, so ARN text can be split on them. */
function maskTokens(s) {
    const found = [];
    const masked = s.replace(TOKEN, (m) => {
        found.push(m);
        return `${OPEN}${found.length - 1}${CLOSE}`;
    });
    const unmask = (part) => part.replace(/\uE000(\d+)\uE001/g, (_m, i) => found[Number(i)]);
    return { masked, unmask };
}
/** A value rendered for a person (tokens as their display, unknowns as their expression). */
function display(v) {
    if (v === undefined)
        return '';
    if (v instanceof Unknown)
        return v.expression;
    if (typeof v === 'string')
        return render(v);
    return JSON.stringify(toJson(v));
}
/** Plain JSON with tokens rendered and unknowns as their expression (for policies kept as text). */
function toJson(v) {
    if (v instanceof Unknown)
        return '${' + v.expression + '}';
    if (typeof v === 'string')
        return render(v);
    if (Array.isArray(v))
        return v.map(toJson);
    if (isObject(v))
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toJson(x)]));
    return v;
}

;// CONCATENATED MODULE: ./src/sources/iac/graph.ts

const VERIFY = 'run `cmk-alarm verify` after apply';
/** Turns one code location into the state the judges read. */
function buildState(graph, fallbackRegion) {
    return new StateBuilder(graph, fallbackRegion).build();
}
class StateBuilder {
    graph;
    region;
    byKind;
    notes;
    topicCache = new Map();
    usedFilters = new Set();
    usedAlarms = new Set();
    constructor(graph, fallbackRegion) {
        this.graph = graph;
        this.region = graph.region ?? fallbackRegion ?? '<region>';
        this.byKind = { trail: [], logGroup: [], metricFilter: [], alarm: [], topic: [], topicPolicy: [], subscription: [] };
        for (const r of graph.resources)
            this.byKind[r.kind].push(r);
        this.notes = [...graph.notes];
    }
    build() {
        const state = { region: this.region, source: this.graph.source, trails: { ok: true, value: [] } };
        if (this.byKind.trail.length === 0) {
            state.trails = {
                ok: false,
                problem: {
                    kind: 'outside-source',
                    action: 'cloudtrail:DescribeTrails',
                    message: `No CloudTrail trail is declared in ${this.graph.source.kind === 'account' ? 'the code' : this.graph.source.path}${this.opaqueSuffix()}: whether a multi-region trail logs management events into the metric filter's log group is checked in the account (${VERIFY}).`
                }
            };
            state.logGroups = this.untrailedGroups();
        }
        else {
            state.trails = { ok: true, value: this.byKind.trail.map((t) => this.trail(t)) };
            for (const f of this.byKind.metricFilter) {
                if (!this.usedFilters.has(f))
                    this.notes.push(`Metric filter ${f.address} is on log group ${display(f.attrs.logGroupName)}, which no trail in this code delivers to.`);
            }
        }
        for (const a of this.byKind.alarm) {
            if (!this.usedAlarms.has(a))
                this.notes.push(`Alarm ${a.address} watches ${display(a.attrs.namespace)}/${display(a.attrs.metricName)}, which no metric filter of the chain publishes.`);
        }
        if (this.notes.length)
            state.notes = [...new Set(this.notes)];
        return state;
    }
    opaqueSuffix() {
        return this.graph.opaque.length ? ` (not read: ${this.graph.opaque.join('; ')})` : '';
    }
    /** A link the code read does not hold, when unread parts of the code may hold it. */
    outsideIfOpaque(what, action) {
        if (this.graph.opaque.length === 0)
            return undefined;
        return {
            ok: false,
            problem: {
                kind: 'outside-source',
                action,
                message: `No ${what} in the code read, and part of the code was not read (${this.graph.opaque.join('; ')}): ${VERIFY}.`
            }
        };
    }
    // ---- trail ----
    trail(r) {
        const u = new Fields(r);
        const name = u.str('name', 'name') ?? r.address;
        const isMultiRegion = u.value('isMultiRegion');
        const isLogging = u.value('isLogging');
        const state = {
            location: r.location,
            name,
            arn: u.knownArn() ?? r.address,
            homeRegion: this.region,
            account: '',
            isMultiRegion: isMultiRegion === true,
            isOrganizationTrail: u.bool('isOrganization', 'isOrganizationTrail') ?? false,
            status: { ok: true, value: { isLogging: isLogging !== false } },
            selectors: this.selectors(r, u)
        };
        // The judges read isMultiRegion and isLogging as plain booleans: an unknown one makes the status undecided.
        const unknownStatus = [
            ['isMultiRegion', isMultiRegion],
            ['isLogging', isLogging]
        ].filter(([, v]) => isUnknown(v));
        if (unknownStatus.length) {
            for (const [field, v] of unknownStatus)
                u.unresolve(field, v);
            state.status = unresolvedRead('cloudtrail:GetTrailStatus', `trail ${r.address}: ${unknownStatus.map(([f, v]) => `${f} = ${display(v)}`).join(', ')}`);
        }
        else if (typeof isLogging === 'boolean') {
            state.status = { ok: true, value: { isLogging } };
        }
        const roleArn = u.str('roleArn', 'cloudWatchLogsRoleArn');
        if (roleArn)
            state.cloudWatchLogsRoleArn = roleArn;
        const arnValue = r.attrs.logGroupArn;
        if (isUnknown(arnValue) || (typeof arnValue === 'string' && arnValue !== '')) {
            state.logGroupArn = display(arnValue);
            state.logGroup = this.trailGroup(r, u, arnValue);
        }
        u.attach(state);
        return state;
    }
    selectors(r, u) {
        const basicRaw = r.attrs.basicSelectors;
        const advancedRaw = r.attrs.advancedSelectors;
        const unknown = findUnknown(basicRaw) ?? findUnknown(advancedRaw);
        if (unknown) {
            u.unresolve('selectors', unknown);
            return unresolvedRead('cloudtrail:GetEventSelectors', `event selectors of trail ${r.address}: ${unknown.expression}`);
        }
        const basic = list(basicRaw)
            .filter(isObject)
            .map((s) => ({
            readWriteType: typeof s.readWriteType === 'string' ? s.readWriteType : undefined,
            includeManagementEvents: typeof s.includeManagementEvents === 'boolean' ? s.includeManagementEvents : undefined,
            excludeManagementEventSources: list(s.excludeManagementEventSources).map((x) => display(x))
        }));
        const advanced = list(advancedRaw)
            .filter(isObject)
            .map((s) => ({
            name: typeof s.name === 'string' ? s.name : undefined,
            fieldSelectors: list(s.fieldSelectors)
                .filter(isObject)
                .map((f) => {
                const out = { field: display(f.field) };
                for (const k of [
                    'equals',
                    'notEquals',
                    'startsWith',
                    'notStartsWith',
                    'endsWith',
                    'notEndsWith'
                ]) {
                    const values = list(f[k]).map((x) => display(x));
                    if (values.length)
                        out[k] = values;
                }
                return out;
            })
        }));
        return { ok: true, value: { basic, advanced } };
    }
    /** The log group a trail delivers to: one declared in the code, or one known only by its ARN. */
    trailGroup(trail, u, arnValue) {
        if (isUnknown(arnValue)) {
            u.unresolve('logGroupArn', arnValue);
            return {
                name: arnValue.expression,
                arn: arnValue.expression,
                region: this.region,
                account: '',
                metricFilters: unresolvedRead('logs:DescribeMetricFilters', `the log group of trail ${trail.address} (${arnValue.expression}) cannot be known before apply`)
            };
        }
        const arn = String(arnValue).replace(/:\*$/, '');
        const group = this.byKind.logGroup.find((g) => g.identities.includes(arn));
        if (group)
            return this.groupState(group);
        const parsed = parseLogGroupArnText(arn);
        if (parsed) {
            const byName = this.byKind.logGroup.find((g) => g.attrs.name === parsed.name);
            if (byName)
                return this.groupState(byName);
            return this.groupState(undefined, parsed.name, render(arn), parsed.region);
        }
        return {
            name: render(arn),
            arn: render(arn),
            region: this.region,
            account: '',
            metricFilters: {
                ok: false,
                problem: {
                    kind: 'outside-source',
                    action: 'logs:DescribeMetricFilters',
                    message: `trail ${trail.address} delivers to ${render(arn)}, which is not declared in the code read: ${VERIFY}.`
                }
            }
        };
    }
    /** A log group with the metric filters of the code that are on it. */
    groupState(group, nameRaw, arnText, region) {
        const rawName = group ? group.attrs.name : nameRaw;
        const nameText = display(rawName) || group?.address || '';
        const state = {
            name: nameText,
            arn: group ? (new Fields(group).knownArn() ?? group.address) : (arnText ?? nameText),
            region: region && !region.includes('\uE000') ? region : this.region,
            account: '',
            metricFilters: { ok: true, value: [] }
        };
        if (group)
            state.location = group.location;
        const filters = this.byKind.metricFilter.filter((f) => (rawName !== undefined && !isUnknown(rawName) && f.attrs.logGroupName === rawName) ||
            (group &&
                typeof f.attrs.logGroupName === 'string' &&
                soleToken(f.attrs.logGroupName)?.address === group.address));
        // A filter whose log group cannot be evaluated is not linked to any group: where it could be the only filter, the
        // group's filters are undecided.
        const unknownGroup = this.byKind.metricFilter.filter((f) => isUnknown(f.attrs.logGroupName));
        for (const f of filters)
            this.usedFilters.add(f);
        if (filters.length === 0 && unknownGroup.length) {
            for (const f of unknownGroup)
                this.usedFilters.add(f);
            state.metricFilters = unresolvedRead('logs:DescribeMetricFilters', `the log group of ${unknownGroup.map((f) => `${f.address} (${display(f.attrs.logGroupName)})`).join(', ')}`);
            return state;
        }
        if (filters.length === 0) {
            if (!group) {
                state.metricFilters = {
                    ok: false,
                    problem: {
                        kind: 'outside-source',
                        action: 'logs:DescribeMetricFilters',
                        message: `Log group ${nameText} is not declared in the code read and no metric filter of the code is on it: its filters are checked in the account (${VERIFY}).`
                    }
                };
                return state;
            }
            const outside = this.outsideIfOpaque('metric filter on this log group', 'logs:DescribeMetricFilters');
            if (outside)
                state.metricFilters = outside;
            return state;
        }
        state.metricFilters = { ok: true, value: filters.map((f) => this.filter(f, nameText)) };
        return state;
    }
    /** Without a trail in the code: the groups the code's metric filters are on. */
    untrailedGroups() {
        const groups = [];
        const seen = new Set();
        for (const f of this.byKind.metricFilter) {
            const raw = f.attrs.logGroupName;
            if (isUnknown(raw) || raw === undefined)
                continue;
            const key = String(raw);
            if (seen.has(key))
                continue;
            seen.add(key);
            const tokenAddress = soleToken(key)?.address;
            const group = this.byKind.logGroup.find((g) => g.attrs.name === raw || g.address === tokenAddress);
            if (group) {
                groups.push(this.groupState(group));
            }
            else {
                groups.push(this.groupState(undefined, key, undefined));
            }
        }
        if (groups.length === 0 && this.byKind.metricFilter.length) {
            // Only filters whose log group is unknown: that group is undecided.
            const first = this.byKind.metricFilter[0].attrs.logGroupName;
            for (const f of this.byKind.metricFilter)
                this.usedFilters.add(f);
            groups.push({
                name: display(first),
                arn: display(first),
                region: this.region,
                account: '',
                metricFilters: unresolvedRead('logs:DescribeMetricFilters', `the log group of ${this.byKind.metricFilter.map((f) => `${f.address} (${display(f.attrs.logGroupName)})`).join(', ')}`)
            });
        }
        return groups;
    }
    // ---- metric filter ----
    filter(r, groupName) {
        this.usedFilters.add(r);
        const u = new Fields(r);
        const transformations = list(r.attrs.transformations).filter(isObject);
        if (isUnknown(r.attrs.transformations))
            u.unresolve('transformations', r.attrs.transformations);
        const state = {
            location: r.location,
            name: u.str('name', 'name') ?? r.address,
            // An unknown pattern is judged as an invalid one (never as the empty pattern, which matches every event).
            pattern: isUnknown(r.attrs.pattern)
                ? (u.unresolve('pattern', r.attrs.pattern), `{ unresolved: ${r.attrs.pattern.expression} }`)
                : (u.str('pattern', 'pattern') ?? ''),
            logGroupName: groupName,
            transformations: transformations.map((t) => this.transformation(r, u, t))
        };
        u.attach(state);
        return state;
    }
    transformation(r, u, t) {
        const value = t.metricValue;
        let metricValue = '';
        if (isUnknown(value))
            u.unresolve('metricValue', value);
        else if (value !== undefined && value !== null)
            metricValue = display(value);
        const out = {
            metricName: fieldText(u, 'metricName', t.metricName),
            metricNamespace: fieldText(u, 'metricNamespace', t.metricNamespace),
            metricValue,
            alarms: this.alarmsFor(t)
        };
        const defaultValue = t.defaultValue;
        if (isUnknown(defaultValue))
            u.unresolve('defaultValue', defaultValue);
        else if (defaultValue !== undefined && defaultValue !== null && defaultValue !== '')
            out.defaultValue = Number(defaultValue);
        if (isObject(t.dimensions) && Object.keys(t.dimensions).length)
            out.dimensions = Object.fromEntries(Object.entries(t.dimensions).map(([k, v]) => [k, display(v)]));
        if (typeof t.unit === 'string')
            out.unit = t.unit;
        return out;
    }
    // ---- alarm ----
    alarmsFor(t) {
        const dimensionKeys = (v) => (isObject(v) ? Object.keys(v).sort().join(',') : '');
        const linked = this.byKind.alarm.filter((a) => !isUnknown(a.attrs.metricName) &&
            !isUnknown(a.attrs.namespace) &&
            a.attrs.metricName === t.metricName &&
            a.attrs.namespace === t.metricNamespace &&
            !isUnknown(t.metricName) &&
            dimensionKeys(a.attrs.dimensions) === dimensionKeys(t.dimensions));
        // An alarm whose metric cannot be evaluated is linked to no metric: where it could be the only alarm, the metric's
        // alarms are undecided.
        const unknownMetric = this.byKind.alarm.filter((a) => isUnknown(a.attrs.metricName) || isUnknown(a.attrs.namespace));
        if (linked.length === 0) {
            if (unknownMetric.length) {
                for (const a of unknownMetric)
                    this.usedAlarms.add(a);
                return unresolvedRead('cloudwatch:DescribeAlarmsForMetric', `the metric of ${unknownMetric.map((a) => `${a.address} (${display(a.attrs.namespace)}/${display(a.attrs.metricName)})`).join(', ')}`);
            }
            const outside = this.outsideIfOpaque('alarm on this metric', 'cloudwatch:DescribeAlarmsForMetric');
            if (outside)
                return outside;
        }
        return { ok: true, value: linked.map((a) => this.alarm(a)) };
    }
    alarm(r) {
        this.usedAlarms.add(r);
        const u = new Fields(r);
        const actions = r.attrs.alarmActions;
        const actionStrings = [];
        const topics = {};
        for (const a of isUnknown(actions) ? [actions] : list(actions)) {
            if (!isUnknown(a)) {
                if (typeof a === 'string')
                    actionStrings.push(a);
                continue;
            }
            // An action the code cannot evaluate (an imported value, a variable given at plan time) most likely names a
            // topic kept elsewhere: judged as a topic outside the code, so the chain is undecided, never passed.
            u.unresolve('alarmActions', a);
            topics[a.expression] = this.outsideTopic(a.expression);
        }
        for (const a of actionStrings) {
            const topic = this.topicForAction(a);
            if (topic)
                topics[render(a)] = topic;
        }
        const enabled = r.attrs.actionsEnabled;
        const state = {
            location: r.location,
            name: u.str('name', 'name') ?? r.address,
            arn: u.knownArn() ?? r.address,
            // An unknown actions_enabled counts as disabled until it is known: never a pass on a guess.
            actionsEnabled: isUnknown(enabled) ? (u.unresolve('actionsEnabled', enabled), false) : enabled !== false,
            metricName: optionalText(r.attrs.metricName),
            namespace: optionalText(r.attrs.namespace),
            statistic: u.str('statistic', 'statistic'),
            extendedStatistic: u.str('extendedStatistic', 'extendedStatistic'),
            period: u.num('period', 'period'),
            evaluationPeriods: u.num('evaluationPeriods', 'evaluationPeriods', Number.MAX_SAFE_INTEGER),
            datapointsToAlarm: u.num('datapointsToAlarm', 'datapointsToAlarm', Number.MAX_SAFE_INTEGER),
            threshold: u.num('threshold', 'threshold'),
            comparisonOperator: u.str('comparisonOperator', 'comparisonOperator'),
            treatMissingData: u.str('treatMissingData', 'treatMissingData'),
            dimensions: isObject(r.attrs.dimensions)
                ? Object.fromEntries(Object.entries(r.attrs.dimensions).map(([k, v]) => [k, display(v)]))
                : {},
            alarmActions: [
                ...actionStrings.map(render),
                ...Object.keys(topics).filter((k) => !actionStrings.some((a) => render(a) === k))
            ],
            usesMetricMath: r.attrs.usesMetricMath === true,
            topics
        };
        if (isUnknown(r.attrs.dimensions))
            u.unresolve('dimensions', r.attrs.dimensions);
        for (const k of Object.keys(state))
            if (state[k] === undefined)
                delete state[k];
        u.attach(state);
        return state;
    }
    /** The topic an alarm action notifies, or undefined when the action is not an SNS topic. */
    topicForAction(action) {
        const key = render(action);
        const cached = this.topicCache.get(key);
        if (cached)
            return cached;
        let topic;
        const code = this.findTopic(action);
        if (code)
            topic = this.topicState(code, key);
        else {
            const sole = soleToken(action);
            if (sole) {
                // A reference to another resource of the code: an SNS topic only if it is one.
                const type = this.graph.types.get(sole.address);
                if (type && !/sns/i.test(type))
                    return undefined;
            }
            else if (!isSnsArnText(action))
                return undefined;
            topic = this.outsideTopic(key);
        }
        this.topicCache.set(key, topic);
        return topic;
    }
    findTopic(ref) {
        const direct = this.byKind.topic.find((t) => t.identities.includes(ref));
        if (direct)
            return direct;
        // `arn:aws:sns:${AWS::Region}:${AWS::AccountId}:alerts` names a topic of the same stack by its name.
        const { masked, unmask } = maskTokens(ref);
        const parts = masked.split(':');
        if (parts.length !== 6 || parts[0] !== 'arn' || parts[2] !== 'sns')
            return undefined;
        const region = soleToken(unmask(parts[3]));
        const account = soleToken(unmask(parts[4]));
        if (region?.address !== 'AWS::Region' || account?.address !== 'AWS::AccountId')
            return undefined;
        return this.byKind.topic.find((t) => typeof t.attrs.name === 'string' && t.attrs.name === unmask(parts[5]));
    }
    outsideTopic(key) {
        const problem = {
            kind: 'outside-source',
            message: `Topic ${key} is not declared in the code read: its encryption, policy and subscriptions are checked in the account (${VERIFY}).`
        };
        return {
            arn: key,
            attributes: { ok: false, problem: { ...problem, action: 'sns:GetTopicAttributes' } },
            subscriptions: { ok: false, problem: { ...problem, action: 'sns:ListSubscriptionsByTopic' } }
        };
    }
    // ---- topic and subscriptions ----
    topicState(r, key) {
        const u = new Fields(r);
        const kms = r.attrs.kmsMasterKeyId;
        let policy = r.attrs.policy;
        let policyFrom = r.address;
        for (const p of this.byKind.topicPolicy) {
            const targets = list(p.attrs.topics);
            if (targets.some((t) => typeof t === 'string' && r.identities.includes(t))) {
                policy = p.attrs.policy;
                policyFrom = p.address;
            }
        }
        const state = {
            location: r.location,
            arn: key,
            attributes: { ok: true, value: {} },
            subscriptions: { ok: true, value: [] }
        };
        const unknownAttr = isUnknown(kms) ? kms : findUnknown(policy);
        if (unknownAttr) {
            u.unresolve(isUnknown(kms) ? 'kmsMasterKeyId' : 'policy', unknownAttr);
            state.attributes = unresolvedRead('sns:GetTopicAttributes', `${isUnknown(kms) ? `kms_master_key_id of ${r.address}` : `the policy of ${policyFrom}`}: ${unknownAttr.expression}`);
        }
        else {
            const value = {};
            if (typeof kms === 'string' && kms !== '')
                value.kmsMasterKeyId = render(kms);
            if (typeof policy === 'string' && policy !== '')
                value.policy = render(policy);
            else if (isObject(policy))
                value.policy = JSON.stringify(toJson(policy));
            state.attributes = { ok: true, value };
        }
        state.subscriptions = this.subscriptionsOf(r);
        u.attach(state);
        return state;
    }
    subscriptionsOf(topic) {
        const subs = [];
        for (const s of list(topic.attrs.subscriptions).filter(isObject)) {
            subs.push(this.subscription(undefined, topic, s));
        }
        const linked = this.byKind.subscription.filter((s) => typeof s.attrs.topicArn === 'string' && topic.identities.includes(s.attrs.topicArn));
        for (const s of linked)
            subs.push(this.subscription(s, topic, s.attrs));
        if (subs.length === 0) {
            const unlinked = this.byKind.subscription.filter((s) => isUnknown(s.attrs.topicArn));
            if (unlinked.length) {
                return unresolvedRead('sns:ListSubscriptionsByTopic', `the topic of ${unlinked.map((s) => `${s.address} (${display(s.attrs.topicArn)})`).join(', ')} cannot be known before apply`);
            }
            const outside = this.outsideIfOpaque('subscription to this topic', 'sns:ListSubscriptionsByTopic');
            if (outside)
                return outside;
        }
        return { ok: true, value: subs };
    }
    subscription(r, topic, attrs) {
        const unresolved = [...(r?.unresolved ?? [])];
        const protocolRaw = attrs.protocol;
        const endpointRaw = attrs.endpoint;
        const protocol = typeof protocolRaw === 'string' ? protocolRaw.toLowerCase() : '';
        if (isUnknown(protocolRaw))
            unresolved.push({ field: 'protocol', expression: protocolRaw.expression });
        if (isUnknown(endpointRaw))
            unresolved.push({ field: 'endpoint', expression: endpointRaw.expression });
        const endpoint = display(endpointRaw);
        const decision = this.confirmation(protocol, endpointRaw, attrs.autoConfirms === true);
        if (decision.unresolved)
            unresolved.push({ field: 'confirmed', expression: decision.unresolved });
        const state = {
            location: r?.location ?? topic.location,
            arn: r ? r.address : `${topic.address}.Subscription`,
            protocol: protocol || display(protocolRaw),
            endpoint,
            confirmed: unresolved.length === 0 && decision.confirmed,
            note: decision.note
        };
        if (unresolved.length)
            state.unresolved = unresolved;
        return state;
    }
    /**
     * Whether a subscription declared in code will be confirmed once applied. From the SNS developer guide
     * ("Subscribing to an Amazon SNS topic", "Confirm the subscription"): email, email-json and HTTP(S) subscriptions
     * stay PendingConfirmation until the endpoint's owner confirms; SMS, mobile push (application) and Firehose need
     * no confirmation; SQS and Lambda subscriptions are confirmed at once when the queue or function is in the topic's
     * account (a cross-account endpoint's owner must confirm).
     */
    confirmation(protocol, endpoint, autoConfirms) {
        switch (protocol) {
            case 'email':
            case 'email-json':
                // The task's rule for code: a mail subscription is a person's to confirm; counted, and said so.
                return { confirmed: true, note: 'confirmed by mail after apply' };
            case 'sms':
                return { confirmed: true, note: 'SMS subscriptions need no confirmation' };
            case 'application':
            case 'firehose':
                return { confirmed: true, note: `${protocol} subscriptions need no confirmation` };
            case 'http':
            case 'https':
                if (autoConfirms)
                    return {
                        confirmed: true,
                        note: 'endpoint_auto_confirms: Terraform waits until the endpoint has confirmed, so a successful apply means confirmed'
                    };
                return {
                    confirmed: false,
                    note: 'an HTTP(S) endpoint must confirm the SubscribeURL SNS sends it; pending until then',
                    unresolved: `${protocol} subscription: confirmed only when the endpoint answers SNS's confirmation request`
                };
            case 'sqs':
            case 'lambda': {
                const sole = typeof endpoint === 'string' ? soleToken(endpoint) : undefined;
                const type = sole ? this.graph.types.get(sole.address) : undefined;
                const expected = protocol === 'sqs' ? /sqs|queue/i : /lambda|function/i;
                if (type && expected.test(type))
                    return {
                        confirmed: true,
                        note: `the ${protocol === 'sqs' ? 'queue' : 'function'} is created in the same configuration (same account): SNS confirms it without a message`
                    };
                return {
                    confirmed: false,
                    note: `the ${protocol} endpoint is not created in this configuration: confirmed only when it is in the topic's account or its owner confirms`,
                    unresolved: `${protocol} endpoint ${display(endpoint)}`
                };
            }
            default:
                return {
                    confirmed: false,
                    note: `protocol ${protocol || display(endpoint)} not judged from code`,
                    unresolved: `protocol ${protocol}`
                };
        }
    }
}
/** Reads canonical attributes into state fields, recording what is unknown. */
class Fields {
    r;
    unresolved;
    constructor(r) {
        this.r = r;
        this.unresolved = [...(r.unresolved ?? [])];
    }
    value(attr) {
        return this.r.attrs[attr];
    }
    unresolve(field, v) {
        const expression = isUnknown(v) ? v.expression : display(v);
        if (!this.unresolved.some((x) => x.field === field && x.expression === expression))
            this.unresolved.push({ field, expression });
    }
    str(attr, field) {
        const v = this.r.attrs[attr];
        if (v === undefined || v === null)
            return undefined;
        if (isUnknown(v)) {
            this.unresolve(field, v);
            return undefined;
        }
        return display(v);
    }
    num(attr, field, whenUnknown) {
        const v = this.r.attrs[attr];
        if (v === undefined || v === null || v === '')
            return undefined;
        if (isUnknown(v)) {
            this.unresolve(field, v);
            return whenUnknown;
        }
        const n = Number(v);
        if (Number.isNaN(n)) {
            this.unresolve(field, v);
            return whenUnknown;
        }
        return n;
    }
    bool(attr, field) {
        const v = this.r.attrs[attr];
        if (v === undefined || v === null)
            return undefined;
        if (isUnknown(v)) {
            this.unresolve(field, v);
            return undefined;
        }
        return v === true || v === 'true';
    }
    /** The resource's ARN when the code already knows it (a plan's existing resource). */
    knownArn() {
        return this.r.identities.find((i) => i.startsWith('arn:') && !i.includes('\uE000'));
    }
    attach(state) {
        if (this.unresolved.length)
            state.unresolved = this.unresolved;
    }
}
function fieldText(u, field, v) {
    if (isUnknown(v)) {
        u.unresolve(field, v);
        return v.expression;
    }
    return display(v);
}
function optionalText(v) {
    return v === undefined || v === null ? undefined : display(v);
}
function list(v) {
    return Array.isArray(v) ? v : [];
}
function unresolvedRead(action, message) {
    return {
        ok: false,
        problem: { kind: 'unresolved', action, message: `${message} (cannot be evaluated before apply)` }
    };
}
/** `arn:aws:logs:REGION:ACCOUNT:log-group:NAME` (tokens allowed in any part) → name and region as written. */
function parseLogGroupArnText(arn) {
    const { masked, unmask } = maskTokens(arn);
    const parts = masked.split(':');
    if (parts.length < 7 || parts[0] !== 'arn' || parts[2] !== 'logs' || parts[5] !== 'log-group')
        return undefined;
    const name = unmask(parts.slice(6).join(':'));
    return name ? { name, region: unmask(parts[3]) } : undefined;
}
function isSnsArnText(s) {
    const parts = maskTokens(s).masked.split(':');
    return parts.length === 6 && parts[0] === 'arn' && parts[2] === 'sns';
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/sources/iac/cloudformation.ts
// CloudFormation templates (YAML or JSON) and CDK synth output → the chain's resources.
//
// `yaml` parses both YAML and JSON with positions (a LineCounter gives each resource's lines) and, with custom tags,
// turns the short intrinsic forms (`!Ref`, `!GetAtt X.Arn`, `!Sub`, …) into their long forms. The intrinsics are then
// evaluated here: parameters by their default (noted: the deploy may override it), pseudo parameters and resource
// attributes known only after deploy as tokens, `Fn::ImportValue` and the like as unknown.


const FUNCTIONS = [
    'Base64',
    'Cidr',
    'FindInMap',
    'GetAtt',
    'GetAZs',
    'ImportValue',
    'Join',
    'Select',
    'Split',
    'Sub'
].concat(['Transform', 'And', 'Equals', 'If', 'Not', 'Or', 'ToJsonString', 'Length']);
/** The short forms as YAML tags, each on a scalar, a sequence or a mapping. */
const CUSTOM_TAGS = ['Ref', 'Condition', ...FUNCTIONS].flatMap((name) => {
    const key = name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
    const scalar = (s) => ({ [key]: name === 'GetAtt' ? splitGetAtt(s) : s });
    const collection = (node) => ({ [key]: node.toJSON() });
    return [
        { tag: `!${name}`, resolve: scalar },
        { tag: `!${name}`, collection: 'seq', resolve: collection },
        { tag: `!${name}`, collection: 'map', resolve: collection }
    ];
});
function splitGetAtt(s) {
    const dot = s.indexOf('.');
    return dot < 0 ? [s] : [s.slice(0, dot), s.slice(dot + 1)];
}
/** Parses YAML or JSON; throws with the line of the first syntax error. */
function parseTemplate(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { customTags: CUSTOM_TAGS, lineCounter, uniqueKeys: false });
    if (doc.errors.length) {
        const e = doc.errors[0];
        const line = e.linePos?.[0]?.line;
        throw Object.assign(new Error(e.message.split('\n')[0]), { line });
    }
    const template = doc.toJS({ maxAliasCount: 1000 });
    if (!template || typeof template !== 'object' || Array.isArray(template))
        throw new Error('not a template');
    const lines = new Map();
    const resources = doc.get('Resources', true);
    if (resources && (0,dist/* isMap */.jh)(resources)) {
        for (const pair of resources.items) {
            if (!(0,dist/* isScalar */.jn)(pair.key) || !pair.key.range)
                continue;
            const start = lineCounter.linePos(pair.key.range[0]);
            const endOffset = pair.value?.range?.[1] ?? pair.key.range[1];
            const end = lineCounter.linePos(endOffset);
            lines.set(String(pair.key.value), {
                line: start.line,
                endLine: end.col === 1 ? Math.max(start.line, end.line - 1) : end.line
            });
        }
    }
    return { template: template, lines };
}
/** True when the object looks like a CloudFormation template (a `Resources` map of `AWS::…` types). */
function isTemplate(v) {
    if (!v || typeof v !== 'object')
        return false;
    const resources = v.Resources;
    if (!resources || typeof resources !== 'object')
        return false;
    return Object.values(resources).some((r) => r &&
        typeof r === 'object' &&
        typeof r.Type === 'string' &&
        /^(AWS|Custom)::|^Alexa::/.test(String(r.Type)));
}
const KIND_OF = {
    'AWS::CloudTrail::Trail': 'trail',
    'AWS::Logs::LogGroup': 'logGroup',
    'AWS::Logs::MetricFilter': 'metricFilter',
    'AWS::CloudWatch::Alarm': 'alarm',
    'AWS::SNS::Topic': 'topic',
    'AWS::SNS::TopicPolicy': 'topicPolicy',
    'AWS::SNS::Subscription': 'subscription'
};
/** The name property a `Ref` returns, for the resources whose `Ref` is their name. */
const NAME_PROPERTY = {
    'AWS::Logs::LogGroup': 'LogGroupName',
    'AWS::CloudWatch::Alarm': 'AlarmName',
    'AWS::Logs::MetricFilter': 'FilterName',
    'AWS::CloudTrail::Trail': 'TrailName',
    'AWS::Lambda::Function': 'FunctionName'
};
const PSEUDO = new Set(['AWS::AccountId', 'AWS::Region', 'AWS::Partition', 'AWS::StackName', 'AWS::StackId'])
    .add('AWS::URLSuffix')
    .add('AWS::NotificationARNs');
const NO_VALUE = Symbol('AWS::NoValue');
function readTemplate(parsed, file, kind) {
    return new TemplateReader(parsed, file, kind).read();
}
class TemplateReader {
    parsed;
    file;
    kind;
    resources;
    parameters;
    mappings;
    conditions;
    notes = [];
    usedDefaults = new Map();
    conditionCache = new Map();
    constructor(parsed, file, kind) {
        this.parsed = parsed;
        this.file = file;
        this.kind = kind;
        const t = parsed.template;
        this.resources = asRecord(t.Resources);
        this.parameters = asRecord(t.Parameters);
        this.mappings = asRecord(t.Mappings);
        this.conditions = asRecord(t.Conditions);
    }
    read() {
        const source = { kind: this.kind, path: this.file };
        const graph = { source, resources: [], types: new Map(), opaque: [], notes: this.notes };
        const transform = this.parsed.template.Transform;
        if (transform) {
            const names = [].concat(transform).map((x) => (typeof x === 'string' ? x : JSON.stringify(x)));
            graph.opaque.push(`Transform ${names.join(', ')} rewrites the template at deploy; what it adds is not judged`);
        }
        for (const [id, def] of Object.entries(this.resources)) {
            if (!def || typeof def !== 'object' || typeof def.Type !== 'string')
                continue;
            graph.types.set(id, def.Type);
            if (def.Type === 'AWS::CloudFormation::Stack') {
                const url = def.Properties?.TemplateURL;
                graph.opaque.push(`nested stack ${id}${typeof url === 'string' ? ` (${url})` : ''} is not read`);
                continue;
            }
            const kind = KIND_OF[def.Type];
            if (!kind)
                continue;
            if (def.Condition !== undefined) {
                const exists = this.condition(String(def.Condition));
                if (exists === false) {
                    this.notes.push(`${id} is not created: its condition ${String(def.Condition)} is false${this.defaultsNote()}.`);
                    continue;
                }
                if (isUnknown(exists)) {
                    // Whether it exists is decided at deploy: judged as a link outside the code read (undecided), never as
                    // present and passing.
                    graph.opaque.push(`${id} exists only when condition ${String(def.Condition)} holds, which is decided at deploy`);
                    continue;
                }
            }
            graph.resources.push(this.resource(id, def, kind));
        }
        for (const [name, value] of this.usedDefaults)
            this.notes.push(`Judged with the default of parameter ${name} (${value}); the deploy may override it.`);
        return graph;
    }
    defaultsNote() {
        return this.usedDefaults.size ? ` with the parameter defaults` : '';
    }
    location(id, def) {
        const lines = this.parsed.lines.get(id) ?? { line: 1, endLine: 1 };
        const location = { file: this.file, line: lines.line, endLine: lines.endLine, address: id };
        const path = def.Metadata?.['aws:cdk:path'];
        if (typeof path === 'string')
            location.constructPath = path;
        return location;
    }
    resource(id, def, kind) {
        const p = (name) => this.property(def, name);
        const base = { kind, address: id, type: def.Type, location: this.location(id, def) };
        switch (kind) {
            case 'trail':
                return {
                    ...base,
                    identities: [token(id, 'Arn', `!GetAtt ${id}.Arn`)],
                    attrs: {
                        name: p('TrailName') ?? id,
                        isMultiRegion: bool(p('IsMultiRegionTrail')) ?? false,
                        isLogging: bool(p('IsLogging')),
                        isOrganization: bool(p('IsOrganizationTrail')) ?? false,
                        logGroupArn: p('CloudWatchLogsLogGroupArn'),
                        roleArn: p('CloudWatchLogsRoleArn'),
                        basicSelectors: mapList(p('EventSelectors'), (s) => ({
                            readWriteType: s.ReadWriteType ?? 'All',
                            includeManagementEvents: bool(s.IncludeManagementEvents) ?? true,
                            excludeManagementEventSources: s.ExcludeManagementEventSources ?? []
                        })),
                        advancedSelectors: mapList(p('AdvancedEventSelectors'), (s) => ({
                            name: s.Name ?? null,
                            fieldSelectors: mapList(s.FieldSelectors, (f) => ({
                                field: f.Field ?? null,
                                equals: f.Equals ?? [],
                                notEquals: f.NotEquals ?? [],
                                startsWith: f.StartsWith ?? [],
                                notStartsWith: f.NotStartsWith ?? [],
                                endsWith: f.EndsWith ?? [],
                                notEndsWith: f.NotEndsWith ?? []
                            }))
                        }))
                    }
                };
            case 'logGroup':
                return {
                    ...base,
                    identities: [token(id, 'Arn', `!GetAtt ${id}.Arn`)],
                    attrs: { name: this.refValue(id) }
                };
            case 'metricFilter':
                return {
                    ...base,
                    identities: [],
                    attrs: {
                        name: p('FilterName') ?? id,
                        pattern: p('FilterPattern'),
                        logGroupName: p('LogGroupName'),
                        transformations: mapList(p('MetricTransformations'), (t) => ({
                            metricName: t.MetricName,
                            metricNamespace: t.MetricNamespace,
                            metricValue: t.MetricValue,
                            defaultValue: t.DefaultValue,
                            unit: t.Unit,
                            dimensions: pairs(t.Dimensions, 'Key', 'Value')
                        }))
                    }
                };
            case 'alarm':
                return {
                    ...base,
                    identities: [token(id, 'Arn', `!GetAtt ${id}.Arn`)],
                    attrs: {
                        name: p('AlarmName') ?? id,
                        actionsEnabled: bool(p('ActionsEnabled')) ?? true,
                        metricName: p('MetricName'),
                        namespace: p('Namespace'),
                        statistic: p('Statistic'),
                        extendedStatistic: p('ExtendedStatistic'),
                        period: p('Period'),
                        evaluationPeriods: p('EvaluationPeriods'),
                        datapointsToAlarm: p('DatapointsToAlarm'),
                        threshold: p('Threshold'),
                        comparisonOperator: p('ComparisonOperator'),
                        treatMissingData: p('TreatMissingData'),
                        dimensions: pairs(p('Dimensions'), 'Name', 'Value'),
                        alarmActions: p('AlarmActions') ?? [],
                        usesMetricMath: Array.isArray(p('Metrics'))
                    }
                };
            case 'topic':
                return {
                    ...base,
                    identities: [this.refValue(id)],
                    attrs: {
                        name: p('TopicName') ?? null,
                        kmsMasterKeyId: p('KmsMasterKeyId'),
                        subscriptions: mapList(p('Subscription'), (s) => ({ protocol: s.Protocol, endpoint: s.Endpoint }))
                    }
                };
            case 'topicPolicy':
                return { ...base, identities: [], attrs: { topics: p('Topics') ?? [], policy: p('PolicyDocument') } };
            case 'subscription':
                return {
                    ...base,
                    identities: [],
                    attrs: { topicArn: p('TopicArn'), protocol: p('Protocol'), endpoint: p('Endpoint') }
                };
        }
    }
    property(def, name) {
        const raw = def.Properties?.[name];
        if (raw === undefined)
            return undefined;
        const v = this.evaluate(raw);
        return v === NO_VALUE ? undefined : v;
    }
    // ---- intrinsic functions ----
    evaluate(raw) {
        if (raw === null || typeof raw !== 'object')
            return raw;
        if (Array.isArray(raw)) {
            const out = [];
            for (const item of raw) {
                const v = this.evaluate(item);
                if (v !== NO_VALUE)
                    out.push(v);
            }
            return out;
        }
        const entries = Object.entries(raw);
        if (entries.length === 1) {
            const [key, arg] = entries[0];
            if (key === 'Ref' || key === 'Condition' || key.startsWith('Fn::'))
                return this.intrinsic(key, arg, raw);
        }
        const out = {};
        for (const [k, v] of entries) {
            const value = this.evaluate(v);
            if (value !== NO_VALUE)
                out[k] = value;
        }
        return out;
    }
    unknown(raw, reason) {
        return new Unknown(shortForm(raw), reason);
    }
    intrinsic(fn, arg, raw) {
        switch (fn) {
            case 'Ref':
                return this.ref(String(arg), raw);
            case 'Condition': {
                const c = this.condition(String(arg));
                return c;
            }
            case 'Fn::GetAtt': {
                const [id, attr] = Array.isArray(arg) ? arg.map((x) => this.evaluate(x)) : splitGetAtt(String(arg));
                if (typeof id !== 'string' || typeof attr !== 'string')
                    return this.unknown(raw, 'attribute not known');
                return this.getAtt(id, attr, raw);
            }
            case 'Fn::Sub':
                return this.sub(arg, raw);
            case 'Fn::Join': {
                if (!Array.isArray(arg) || arg.length !== 2)
                    return this.unknown(raw, 'malformed Fn::Join');
                const delimiter = this.evaluate(arg[0]);
                const items = this.evaluate(arg[1]);
                const u = findUnknown(items);
                if (u)
                    return new Unknown(shortForm(raw), u.reason);
                if (typeof delimiter !== 'string' || !Array.isArray(items))
                    return this.unknown(raw, 'malformed Fn::Join');
                return items.map((x) => (typeof x === 'string' ? x : String(x))).join(delimiter);
            }
            case 'Fn::Select': {
                if (!Array.isArray(arg) || arg.length !== 2)
                    return this.unknown(raw, 'malformed Fn::Select');
                const index = this.evaluate(arg[0]);
                const items = this.evaluate(arg[1]);
                if (isUnknown(index))
                    return index;
                if (isUnknown(items))
                    return items;
                if (!Array.isArray(items))
                    return this.unknown(raw, 'Fn::Select of something that is not a list');
                const item = items[Number(index)];
                return item === undefined ? this.unknown(raw, 'index out of range') : item;
            }
            case 'Fn::Split': {
                if (!Array.isArray(arg) || arg.length !== 2)
                    return this.unknown(raw, 'malformed Fn::Split');
                const delimiter = this.evaluate(arg[0]);
                const s = this.evaluate(arg[1]);
                if (isUnknown(s))
                    return s;
                if (typeof delimiter !== 'string' || typeof s !== 'string')
                    return this.unknown(raw, 'malformed Fn::Split');
                return s.split(delimiter);
            }
            case 'Fn::FindInMap': {
                if (!Array.isArray(arg) || arg.length < 3)
                    return this.unknown(raw, 'malformed Fn::FindInMap');
                const keys = arg.slice(0, 3).map((x) => this.evaluate(x));
                const u = keys.find(isUnknown);
                if (u)
                    return new Unknown(shortForm(raw), u.reason);
                const value = this.mappings[String(keys[0])]?.[String(keys[1])]?.[String(keys[2])];
                if (value === undefined) {
                    const options = arg[3];
                    if (options && typeof options === 'object' && 'DefaultValue' in options)
                        return this.evaluate(options.DefaultValue);
                    return this.unknown(raw, `no mapping ${keys.map(String).join('.')}`);
                }
                return this.evaluate(value);
            }
            case 'Fn::If': {
                if (!Array.isArray(arg) || arg.length !== 3)
                    return this.unknown(raw, 'malformed Fn::If');
                const c = this.condition(String(arg[0]));
                if (isUnknown(c))
                    return new Unknown(shortForm(raw), c.reason);
                return this.evaluate(c ? arg[1] : arg[2]);
            }
            case 'Fn::Equals': {
                if (!Array.isArray(arg) || arg.length !== 2)
                    return this.unknown(raw, 'malformed Fn::Equals');
                const [a, b] = arg.map((x) => this.evaluate(x));
                if (isUnknown(a))
                    return a;
                if (isUnknown(b))
                    return b;
                if (a === NO_VALUE || b === NO_VALUE)
                    return false;
                if (hasTokenValue(a) || hasTokenValue(b))
                    return this.unknown(raw, 'compares a value known only at deploy');
                return JSON.stringify(a) === JSON.stringify(b) || String(a) === String(b);
            }
            case 'Fn::Not':
            case 'Fn::And':
            case 'Fn::Or': {
                const values = (Array.isArray(arg) ? arg : [arg]).map((x) => this.evaluate(x));
                const u = values.find(isUnknown);
                if (u)
                    return u;
                const bools = values.map((v) => v === true || v === 'true');
                if (fn === 'Fn::Not')
                    return !bools[0];
                return fn === 'Fn::And' ? bools.every(Boolean) : bools.some(Boolean);
            }
            case 'Fn::Base64': {
                const s = this.evaluate(arg);
                if (typeof s !== 'string' || s.includes('\uE000'))
                    return this.unknown(raw, 'Fn::Base64 of a value known only at deploy');
                return Buffer.from(s).toString('base64');
            }
            case 'Fn::ImportValue':
                return this.unknown(raw, 'the value is exported by another stack');
            default:
                return this.unknown(raw, `${fn} is not evaluated before deploy`);
        }
    }
    ref(name, raw) {
        if (name === 'AWS::NoValue')
            return NO_VALUE;
        if (PSEUDO.has(name))
            return token(name, 'Ref', name);
        if (name in this.parameters)
            return this.parameter(name, raw);
        if (name in this.resources)
            return this.refValue(name);
        return this.unknown(raw, `${name} is neither a parameter nor a resource of the template`);
    }
    parameter(name, raw) {
        const p = this.parameters[name] ?? {};
        const type = String(p.Type ?? 'String');
        if (type.startsWith('AWS::SSM::Parameter::Value'))
            return this.unknown(raw, `parameter ${name} is read from SSM Parameter Store at deploy`);
        if (p.Default === undefined)
            return this.unknown(raw, `parameter ${name} has no default: its value is given at deploy`);
        const value = String(p.Default);
        this.usedDefaults.set(name, value === '' ? '""' : value);
        if (type === 'CommaDelimitedList' || type.startsWith('List<'))
            return value.split(',').map((x) => x.trim());
        if (type === 'Number')
            return Number(value);
        return value;
    }
    /** What `Ref` returns for a resource of the template. */
    refValue(id) {
        const def = this.resources[id];
        const nameProperty = NAME_PROPERTY[def?.Type ?? ''];
        if (nameProperty && def?.Properties?.[nameProperty] !== undefined) {
            const name = this.property(def, nameProperty);
            if (name !== undefined)
                return name;
        }
        return token(id, 'Ref', `!Ref ${id}`);
    }
    getAtt(id, attr, raw) {
        const def = this.resources[id];
        if (!def)
            return this.unknown(raw, `${id} is not a resource of the template`);
        if (def.Type === 'AWS::SNS::Topic') {
            if (attr === 'TopicArn')
                return this.refValue(id);
            if (attr === 'TopicName' && def.Properties?.TopicName !== undefined)
                return this.property(def, 'TopicName') ?? null;
        }
        if (def.Type === 'AWS::Logs::LogGroup' && attr === 'LogGroupName')
            return this.refValue(id);
        return token(id, attr, `!GetAtt ${id}.${attr}`);
    }
    sub(arg, raw) {
        const [template, vars] = Array.isArray(arg) ? [arg[0], (arg[1] ?? {})] : [arg, {}];
        if (typeof template !== 'string')
            return this.unknown(raw, 'malformed Fn::Sub');
        let out = '';
        let unknown;
        const re = /\$\{([^}]*)\}/g;
        let last = 0;
        for (let m = re.exec(template); m; m = re.exec(template)) {
            out += template.slice(last, m.index);
            last = m.index + m[0].length;
            const name = m[1].trim();
            if (name.startsWith('!')) {
                out += '${' + name.slice(1) + '}';
                continue;
            }
            let v;
            if (name in vars)
                v = this.evaluate(vars[name]);
            else if (name.includes('.') && !PSEUDO.has(name)) {
                const [id, attr] = splitGetAtt(name);
                v = this.getAtt(id, attr, { 'Fn::GetAtt': [id, attr] });
            }
            else
                v = this.ref(name, { Ref: name });
            if (isUnknown(v))
                unknown ??= v;
            else if (v !== NO_VALUE)
                out += Array.isArray(v) ? v.join(',') : String(v);
        }
        out += template.slice(last);
        return unknown ? new Unknown(shortForm(raw), unknown.reason) : out;
    }
    condition(name) {
        const cached = this.conditionCache.get(name);
        if (cached !== undefined)
            return cached;
        this.conditionCache.set(name, new Unknown(`Condition: ${name}`, 'the condition refers to itself'));
        const raw = this.conditions[name];
        let result;
        if (raw === undefined)
            result = new Unknown(`Condition: ${name}`, `no condition ${name} in the template`);
        else {
            const v = this.evaluate(raw);
            result = isUnknown(v) ? new Unknown(`Condition: ${name}`, v.reason) : v === true || v === 'true';
        }
        this.conditionCache.set(name, result);
        return result;
    }
}
function asRecord(v) {
    return v && typeof v === 'object' && !Array.isArray(v) ? v : {};
}
function bool(v) {
    if (v === undefined || v === null)
        return undefined;
    if (isUnknown(v))
        return v;
    if (typeof v === 'boolean')
        return v;
    return String(v).toLowerCase() === 'true';
}
/** Maps each object of a list; an unknown list stays unknown. */
function mapList(v, fn) {
    if (v === undefined)
        return undefined;
    if (isUnknown(v))
        return v;
    if (!Array.isArray(v))
        return [];
    return v.map((item) => {
        if (isUnknown(item))
            return item;
        if (!isObject(item))
            return {};
        const mapped = fn(item);
        return Object.fromEntries(Object.entries(mapped).filter(([, x]) => x !== undefined));
    });
}
/** `[{Name: k, Value: v}]` → `{k: v}`. */
function pairs(v, key, value) {
    if (v === undefined)
        return undefined;
    if (isUnknown(v))
        return v;
    if (!Array.isArray(v))
        return {};
    const out = {};
    for (const item of v) {
        if (isUnknown(item))
            return item;
        if (isObject(item) && typeof item[key] === 'string')
            out[item[key]] = item[value] ?? null;
    }
    return out;
}
function hasTokenValue(v) {
    return JSON.stringify(v)?.includes('\uE000') ?? false;
}
/** An intrinsic as a template author writes it: `!ImportValue AlertsTopicArn`, else compact JSON. */
function shortForm(raw) {
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
        const entries = Object.entries(raw);
        if (entries.length === 1) {
            const [key, arg] = entries[0];
            const name = key === 'Ref' ? 'Ref' : key === 'Condition' ? 'Condition' : key.replace(/^Fn::/, '');
            if (typeof arg === 'string')
                return `!${name} ${arg}`;
            if (name === 'GetAtt' && Array.isArray(arg) && arg.every((x) => typeof x === 'string'))
                return `!GetAtt ${arg.join('.')}`;
        }
    }
    return typeof raw === 'string' ? render(raw) : JSON.stringify(raw);
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/sources/iac/terraform/web-tree-sitter.cjs
var web_tree_sitter = __webpack_require__(2043);
var web_tree_sitter_default = /*#__PURE__*/__webpack_require__.n(web_tree_sitter);
;// CONCATENATED MODULE: ./src/sources/iac/terraform/hcl.ts
// HCL (Terraform's native syntax) → a small syntax tree with line numbers.
//
// Parsing is tree-sitter's, with the maintained HCL grammar (`@tree-sitter-grammars/tree-sitter-hcl`, its Terraform
// dialect) compiled to WebAssembly: no native build, and every node keeps its position. Tree-sitter's tree is turned
// at once into the plain structure below (blocks, attributes, expressions), so nothing else depends on it. Strings are
// decoded here: escapes in quoted templates, `$${`, and heredocs (`<<-` strips the common indentation).




class HclSyntaxError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
let parserReady;
/**
 * A WebAssembly file of the parser: beside the running file when bundled (scripts/bundle.mjs copies both files into
 * dist/), else in node_modules above it. Found at run time: a bundler that inlines binary assets corrupts them.
 */
function wasmFile(name, packagePath) {
    let dir = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    const beside = external_node_path_default().join(dir, name);
    if ((0,external_node_fs_.existsSync)(beside))
        return beside;
    for (;;) {
        const candidate = external_node_path_default().join(dir, 'node_modules', packagePath, name);
        if ((0,external_node_fs_.existsSync)(candidate))
            return candidate;
        const parent = external_node_path_default().dirname(dir);
        if (parent === dir)
            throw new Error(`${name} not found beside ${(0,external_node_url_.fileURLToPath)(import.meta.url)} or in node_modules`);
        dir = parent;
    }
}
/** The parser could not be loaded (a missing WebAssembly file): not a fault of the file being read. */
class HclParserUnavailable extends Error {
}
async function parser() {
    parserReady ??= (async () => {
        // Emscripten's start-up in Node reads __dirname, which an ES module bundle does not define; the value is not used
        // (the WebAssembly is passed in), so a placeholder stands in during the start-up.
        const global = globalThis;
        const placeholder = typeof global.__dirname === 'undefined';
        if (placeholder)
            global.__dirname = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
        try {
            await web_tree_sitter_default().Parser.init({ wasmBinary: (0,external_node_fs_.readFileSync)(wasmFile('web-tree-sitter.wasm', 'web-tree-sitter')) });
            const language = await web_tree_sitter_default().Language.load((0,external_node_fs_.readFileSync)(wasmFile('tree-sitter-terraform.wasm', '@tree-sitter-grammars/tree-sitter-hcl')));
            const p = new (web_tree_sitter_default()).Parser();
            p.setLanguage(language);
            return p;
        }
        catch (e) {
            parserReady = undefined;
            throw new HclParserUnavailable(`the HCL parser could not be loaded: ${e.message}`);
        }
        finally {
            if (placeholder)
                delete global.__dirname;
        }
    })();
    return parserReady;
}
/** Parses one file; a syntax error throws HclSyntaxError with its line. */
async function parseHcl(text) {
    const p = await parser();
    const tree = p.parse(text);
    if (!tree)
        throw new HclSyntaxError('the file could not be parsed', 1);
    try {
        const root = tree.rootNode;
        if (root.hasError) {
            const bad = firstError(root);
            throw new HclSyntaxError(bad?.isMissing ? `missing ${bad.type}` : 'syntax error', (bad?.startPosition.row ?? 0) + 1);
        }
        const body = root.namedChildren.find((c) => c?.type === 'body');
        return body ? new Converter(text).body(body) : { attributes: [], blocks: [] };
    }
    finally {
        tree.delete();
    }
}
function firstError(n) {
    if (n.isError || n.isMissing)
        return n;
    for (const c of n.children) {
        if (c && (c.hasError || c.isError || c.isMissing)) {
            const found = firstError(c);
            if (found)
                return found;
        }
    }
    return undefined;
}
const BINARY = new Set(['*', '/', '%', '+', '-', '>', '>=', '<', '<=', '==', '!=', '&&', '||']);
class Converter {
    source;
    constructor(source) {
        this.source = source;
    }
    body(node) {
        const out = { attributes: [], blocks: [] };
        for (const c of node.namedChildren) {
            if (!c)
                continue;
            if (c.type === 'attribute') {
                const name = c.namedChildren[0].text;
                const expr = c.namedChildren.find((x) => x?.type === 'expression');
                out.attributes.push({
                    name,
                    expr: expr ? this.expression(expr) : lit('null', null),
                    line: c.startPosition.row + 1
                });
            }
            else if (c.type === 'block') {
                out.blocks.push(this.block(c));
            }
        }
        return out;
    }
    block(node) {
        const named = node.namedChildren.filter((x) => !!x);
        const type = named[0].text;
        const labels = [];
        for (const c of named.slice(1)) {
            if (c.type === 'string_lit')
                labels.push(this.stringLit(c));
            else if (c.type === 'identifier')
                labels.push(c.text);
        }
        const body = named.find((c) => c.type === 'body');
        return {
            type,
            labels,
            body: body ? this.body(body) : { attributes: [], blocks: [] },
            line: node.startPosition.row + 1,
            endLine: node.endPosition.row + 1
        };
    }
    stringLit(node) {
        const literal = node.namedChildren.find((c) => c?.type === 'template_literal');
        return literal ? unescapeQuoted(literal.text) : '';
    }
    expression(node) {
        return this.sequence(node.children.filter((x) => !!x && x.type !== 'comment'), node.text);
    }
    /** A term followed by postfix operations (`.attr`, `[i]`, `[*]`), as tree-sitter flattens them. */
    sequence(nodes, text) {
        if (nodes.length === 0)
            return { k: 'unsupported', what: 'empty expression', text };
        const first = nodes[0];
        const parenthesized = first.type === '(';
        let expr = parenthesized ? this.expression(nodes[1]) : this.term(first);
        for (let i = parenthesized ? 3 : 1; i < nodes.length; i++) {
            const n = nodes[i];
            const sofar = this.source.slice(nodes[0].startIndex, n.endIndex);
            if (n.type === 'get_attr')
                expr = { k: 'getattr', target: expr, name: n.namedChildren[0].text, text: sofar };
            else if (n.type === 'index')
                expr = this.index(expr, n, sofar);
            else if (n.type === 'splat')
                expr = this.splat(expr, n, sofar);
            else
                return { k: 'unsupported', what: n.type, text };
        }
        return expr;
    }
    index(target, n, text) {
        const inner = n.namedChildren[0];
        if (inner.type === 'legacy_index') {
            const digits = inner.text.replace(/^\./, '');
            return { k: 'index', target, index: lit(digits, Number(digits)), text };
        }
        const e = inner.namedChildren.find((c) => c?.type === 'expression');
        return { k: 'index', target, index: e ? this.expression(e) : lit('null', null), text };
    }
    splat(target, n, text) {
        const inner = n.namedChildren[0];
        const steps = [];
        for (const s of inner.namedChildren) {
            if (!s)
                continue;
            if (s.type === 'get_attr')
                steps.push({ attr: s.namedChildren[0].text });
            else if (s.type === 'index') {
                const x = this.index(lit('', null), s, s.text);
                if (x.k === 'index')
                    steps.push({ index: x.index });
            }
        }
        return { k: 'splat', target, steps, text };
    }
    term(n) {
        const text = n.text;
        switch (n.type) {
            case 'expression':
                return this.expression(n);
            case 'literal_value':
                return this.literal(n.namedChildren[0]);
            case 'variable_expr':
                return { k: 'variable', name: n.namedChildren[0].text, text };
            case 'template_expr':
                return this.template(n.namedChildren[0]);
            case 'collection_value':
                return this.collection(n.namedChildren[0]);
            case 'function_call': {
                const name = n.namedChildren[0].text;
                const argsNode = n.namedChildren.find((c) => c?.type === 'function_arguments');
                const args = argsNode
                    ? argsNode.namedChildren.filter((c) => c?.type === 'expression').map((c) => this.expression(c))
                    : [];
                const expandLast = !!argsNode?.namedChildren.some((c) => c?.type === 'ellipsis');
                return { k: 'call', name, args, expandLast, text };
            }
            case 'conditional': {
                const parts = n.namedChildren.filter((c) => c?.type === 'expression').map((c) => this.expression(c));
                return { k: 'conditional', condition: parts[0], then: parts[1], else: parts[2], text };
            }
            case 'operation':
                return this.operation(n.namedChildren[0]);
            case 'for_expr':
                return this.forExpr(n.namedChildren[0]);
            default:
                return { k: 'unsupported', what: n.type, text };
        }
    }
    literal(n) {
        const text = n.text;
        switch (n.type) {
            case 'numeric_lit':
                return lit(text, Number(text));
            case 'bool_lit':
                return lit(text, text === 'true');
            case 'null_lit':
                return lit(text, null);
            case 'string_lit':
                return lit(text, this.stringLit(n));
            default:
                return { k: 'unsupported', what: n.type, text };
        }
    }
    collection(n) {
        const text = n.text;
        if (n.type === 'tuple') {
            return {
                k: 'tuple',
                items: n.namedChildren.filter((c) => c?.type === 'expression').map((c) => this.expression(c)),
                text
            };
        }
        const items = [];
        for (const e of n.namedChildren) {
            if (e?.type !== 'object_elem')
                continue;
            const key = e.childForFieldName('key');
            const value = e.childForFieldName('val');
            if (!key || !value)
                continue;
            let keyExpr = this.expression(key);
            // A bare identifier key is a string, not a variable reference (`{ a = 1 }`).
            if (keyExpr.k === 'variable')
                keyExpr = lit(keyExpr.text, keyExpr.name);
            items.push({ key: keyExpr, value: this.expression(value) });
        }
        return { k: 'object', items, text };
    }
    operation(n) {
        const text = n.text;
        const children = n.children.filter((x) => !!x && x.type !== 'comment');
        if (n.type === 'unary_operation') {
            return { k: 'unary', op: children[0].type, operand: this.sequence(children.slice(1), text), text };
        }
        const at = children.findIndex((c) => !c.isNamed && BINARY.has(c.type));
        if (at < 0)
            return { k: 'unsupported', what: 'operation', text };
        const left = children.slice(0, at);
        const right = children.slice(at + 1);
        return {
            k: 'binary',
            op: children[at].type,
            left: this.sequence(left, this.source.slice(left[0].startIndex, left[left.length - 1].endIndex)),
            right: this.sequence(right, this.source.slice(right[0].startIndex, right[right.length - 1].endIndex)),
            text
        };
    }
    forExpr(n) {
        const text = n.text;
        const intro = n.namedChildren.find((c) => c?.type === 'for_intro');
        const ids = intro.namedChildren.filter((c) => c?.type === 'identifier').map((c) => c.text);
        const collection = this.expression(intro.namedChildren.find((c) => c?.type === 'expression'));
        const exprs = n.namedChildren.filter((c) => c?.type === 'expression').map((c) => this.expression(c));
        const cond = n.namedChildren.find((c) => c?.type === 'for_cond');
        const condition = cond ? this.expression(cond.namedChildren.find((c) => c?.type === 'expression')) : undefined;
        const [keyVar, valueVar] = ids.length === 2 ? [ids[0], ids[1]] : [undefined, ids[0]];
        if (n.type === 'for_object_expr') {
            return {
                k: 'for',
                keyVar,
                valueVar,
                collection,
                keyExpr: exprs[0],
                valueExpr: exprs[1],
                condition,
                grouping: n.namedChildren.some((c) => c?.type === 'ellipsis'),
                text
            };
        }
        return { k: 'for', keyVar, valueVar, collection, valueExpr: exprs[0], condition, grouping: false, text };
    }
    template(n) {
        const text = n.text;
        if (n.type === 'heredoc_template')
            return this.heredoc(n);
        const parts = [];
        for (const c of n.namedChildren) {
            if (!c)
                continue;
            if (c.type === 'template_literal')
                parts.push(unescapeQuoted(c.text));
            else if (c.type === 'template_interpolation')
                parts.push(this.interpolation(c));
            else if (c.type === 'template_directive')
                return { k: 'unsupported', what: 'template directive', text };
        }
        return { k: 'template', parts: stripMarkers(parts), text };
    }
    interpolation(c) {
        const e = c.namedChildren.find((x) => x?.type === 'expression');
        const markers = c.namedChildren.filter((x) => x?.type === 'strip_marker');
        const stripBefore = markers.some((m) => m.startIndex < (e?.startIndex ?? Infinity));
        const stripAfter = markers.some((m) => m.startIndex > (e?.startIndex ?? -1));
        return { expr: e ? this.expression(e) : lit('', ''), stripBefore, stripAfter };
    }
    /**
     * A heredoc's text is taken from the source between the line after the opening marker and the line of the closing
     * one (tree-sitter's literal nodes leave the indentation out). `<<-` removes the indentation of the least indented
     * line from every line, as Terraform does; escapes are not decoded in heredocs, except `$${` and `%%{`.
     */
    heredoc(n) {
        const text = n.text;
        const flush = n.namedChildren[0]?.text === '<<-';
        const ids = n.namedChildren.filter((c) => c?.type === 'heredoc_identifier');
        if (ids.length < 2)
            return lit(text, '');
        const bodyStart = this.source.indexOf('\n', ids[0].endIndex) + 1;
        const closing = ids[ids.length - 1];
        const bodyEnd = this.source.lastIndexOf('\n', closing.startIndex - 1) + 1;
        if (bodyStart <= 0 || bodyEnd < bodyStart)
            return lit(text, '');
        const interpolations = n.namedChildren.filter((c) => !!c && (c.type === 'template_interpolation' || c.type === 'template_directive'));
        if (interpolations.some((c) => c.type === 'template_directive'))
            return { k: 'unsupported', what: 'template directive', text };
        // Literal text and interpolations in order, by source offsets.
        const parts = [];
        let at = bodyStart;
        for (const c of interpolations) {
            if (c.startIndex > at)
                parts.push(this.source.slice(at, c.startIndex));
            parts.push(this.interpolation(c));
            at = c.endIndex;
        }
        if (bodyEnd > at)
            parts.push(this.source.slice(at, bodyEnd));
        let decoded = parts.map((p) => (typeof p === 'string' ? p.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{') : p));
        if (flush)
            decoded = stripIndentation(decoded);
        return { k: 'template', parts: stripMarkers(decoded), text };
    }
}
function lit(text, value) {
    return { k: 'literal', value, text };
}
/** Removes the smallest indentation of the heredoc's non-blank lines from the start of every line. */
function stripIndentation(parts) {
    const lines = [[]];
    for (const p of parts) {
        if (typeof p !== 'string') {
            lines[lines.length - 1].push(p);
            continue;
        }
        p.split('\n').forEach((segment, i) => {
            if (i > 0)
                lines.push([]);
            if (segment)
                lines[lines.length - 1].push(segment);
        });
    }
    const indentation = (line) => typeof line[0] === 'string' ? line[0].length - line[0].trimStart().length : 0;
    const blank = (line) => line.every((p) => typeof p === 'string' && p.trim() === '');
    const min = Math.min(...lines.filter((l) => !blank(l)).map(indentation));
    if (!Number.isFinite(min) || min === 0)
        return parts;
    const out = [];
    lines.forEach((line, i) => {
        const stripped = line.map((p, j) => j === 0 && typeof p === 'string' ? p.slice(Math.min(min, indentation(line))) : p);
        if (i > 0)
            stripped.unshift('\n');
        for (const p of stripped) {
            const last = out[out.length - 1];
            if (typeof p === 'string' && typeof last === 'string')
                out[out.length - 1] = last + p;
            else
                out.push(p);
        }
    });
    return out;
}
function stripMarkers(parts) {
    const out = [...parts];
    out.forEach((p, i) => {
        if (typeof p === 'string')
            return;
        if (p.stripBefore && typeof out[i - 1] === 'string')
            out[i - 1] = out[i - 1].trimEnd();
        if (p.stripAfter && typeof out[i + 1] === 'string')
            out[i + 1] = out[i + 1].trimStart();
    });
    return out;
}
/** Decodes the escapes of a quoted HCL string: `\n \r \t \" \\ \uNNNN \UNNNNNNNN`, `$${` and `%%{`. */
function unescapeQuoted(s) {
    return s
        .replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[nrt"\\])/g, (_m, e) => {
        switch (e[0]) {
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
            case 'U':
                return String.fromCodePoint(parseInt(e.slice(1), 16));
            default:
                return e;
        }
    })
        .replace(/\$\$\{/g, '${')
        .replace(/%%\{/g, '%{');
}

;// CONCATENATED MODULE: ./src/sources/iac/terraform/evaluate.ts

const isLazy = (v) => typeof v === 'object' && v !== null && v.lazy === true;
/** An Env with extra names bound (a `for` expression's variables). */
function bind(env, names) {
    return { lookup: (name, text) => (name in names ? names[name] : env.lookup(name, text)) };
}
function evaluate_materialize(v) {
    if (isLazy(v))
        return v.value();
    if (Array.isArray(v))
        return v.map(evaluate_materialize);
    if (isObject(v))
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, evaluate_materialize(x)]));
    return v;
}
const error = (text, reason) => new Unknown(text, reason, true);
/** Evaluates an expression; an unknown result carries this expression's text and the innermost reason. */
function evaluate(e, env) {
    const v = evaluateInner(e, env);
    if (isUnknown(v) && v.expression !== e.text)
        return new Unknown(e.text, v.reason, v.isError);
    return v;
}
/** Evaluates to a fully materialized value. */
function evaluateValue(e, env) {
    return evaluate_materialize(evaluate(e, env));
}
function evaluateInner(e, env) {
    switch (e.k) {
        case 'literal':
            return e.value;
        case 'template': {
            if (e.parts.length === 1 && typeof e.parts[0] !== 'string') {
                // "${x}" alone yields x itself, not its string form (Terraform keeps the type).
                return evaluate(e.parts[0].expr, env);
            }
            let out = '';
            for (const p of e.parts) {
                if (typeof p === 'string') {
                    out += p;
                    continue;
                }
                const v = evaluate_materialize(evaluate(p.expr, env));
                if (isUnknown(v))
                    return v;
                const s = asString(v);
                if (s === undefined)
                    return error(e.text, `${p.expr.text} is not a string`);
                out += s;
            }
            return out;
        }
        case 'tuple':
            return e.items.map((x) => evaluate(x, env));
        case 'object': {
            const out = {};
            for (const item of e.items) {
                const key = evaluate_materialize(evaluate(item.key, env));
                if (isUnknown(key))
                    return key;
                out[String(key)] = evaluate(item.value, env);
            }
            return out;
        }
        case 'variable':
            return env.lookup(e.name, e.text);
        case 'getattr':
            return getAttr(evaluate(e.target, env), e.name, e.text);
        case 'index': {
            const key = evaluate_materialize(evaluate(e.index, env));
            if (isUnknown(key))
                return key;
            return index(evaluate(e.target, env), key, e.text);
        }
        case 'splat': {
            const target = evaluate(e.target, env);
            if (isUnknown(target))
                return target;
            let items;
            if (isLazy(target)) {
                const keys = target.keys();
                if (isUnknown(keys))
                    return keys;
                items = keys.map((k) => target.get(k, e.text));
            }
            else if (Array.isArray(target))
                items = target;
            else if (target === null)
                items = [];
            else
                items = [target];
            return items.map((item) => {
                let v = item;
                for (const step of e.steps) {
                    if ('attr' in step)
                        v = getAttr(v, step.attr, e.text);
                    else {
                        const k = evaluate_materialize(evaluate(step.index, env));
                        v = isUnknown(k) ? k : index(v, k, e.text);
                    }
                }
                return v;
            });
        }
        case 'call':
            return callFunction(e, env);
        case 'conditional': {
            const c = evaluate_materialize(evaluate(e.condition, env));
            if (isUnknown(c))
                return c;
            if (hasTokenDeep(c))
                return new Unknown(e.text, 'the condition depends on a value known only after apply');
            return evaluate(truthy(c) ? e.then : e.else, env);
        }
        case 'unary': {
            const v = evaluate_materialize(evaluate(e.operand, env));
            if (isUnknown(v))
                return v;
            if (e.op === '!')
                return !truthy(v);
            return -Number(v);
        }
        case 'binary':
            return binary(e.op, evaluate(e.left, env), evaluate(e.right, env), e.text);
        case 'for':
            return forExpression(e, env);
        case 'unsupported':
            return new Unknown(e.text, `${e.what} is not evaluated`);
    }
}
function asString(v) {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    return undefined;
}
function truthy(v) {
    return v === true || v === 'true';
}
function hasTokenDeep(v) {
    if (typeof v === 'string')
        return hasToken(v);
    if (Array.isArray(v))
        return v.some(hasTokenDeep);
    if (isObject(v))
        return Object.values(v).some(hasTokenDeep);
    return false;
}
function getAttr(v, name, text) {
    if (isUnknown(v))
        return v;
    if (isLazy(v))
        return v.get(name, text);
    if (isObject(v))
        return name in v ? v[name] : error(text, `no attribute ${name}`);
    return error(text, `cannot read attribute ${name} of ${JSON.stringify(toJson(v))}`);
}
function index(v, key, text) {
    if (isUnknown(v))
        return v;
    if (isLazy(v))
        return v.get(typeof key === 'number' ? key : String(key), text);
    if (Array.isArray(v)) {
        const i = Number(key);
        return Number.isInteger(i) && i >= 0 && i < v.length
            ? v[i]
            : error(text, `index ${String(key)} out of range`);
    }
    if (isObject(v))
        return String(key) in v ? v[String(key)] : error(text, `no key ${String(key)}`);
    return error(text, 'cannot index this value');
}
function binary(op, leftVal, rightVal, text) {
    const left = evaluate_materialize(leftVal);
    const right = evaluate_materialize(rightVal);
    if (op === '&&' || op === '||') {
        // Short-circuit on a known side, as Terraform would decide the same.
        if (!isUnknown(left) && op === '&&' && !truthy(left))
            return false;
        if (!isUnknown(left) && op === '||' && truthy(left))
            return true;
    }
    if (isUnknown(left))
        return left;
    if (isUnknown(right))
        return right;
    if (hasTokenDeep(left) || hasTokenDeep(right))
        return new Unknown(text, 'compares a value known only after apply');
    switch (op) {
        case '==':
            return JSON.stringify(left) === JSON.stringify(right);
        case '!=':
            return JSON.stringify(left) !== JSON.stringify(right);
        case '&&':
        case '||':
            return truthy(right);
        case '+':
            return Number(left) + Number(right);
        case '-':
            return Number(left) - Number(right);
        case '*':
            return Number(left) * Number(right);
        case '/':
            return Number(left) / Number(right);
        case '%':
            return Number(left) % Number(right);
        case '>':
            return Number(left) > Number(right);
        case '>=':
            return Number(left) >= Number(right);
        case '<':
            return Number(left) < Number(right);
        case '<=':
            return Number(left) <= Number(right);
        default:
            return new Unknown(text, `operator ${op} is not evaluated`);
    }
}
/** The (key, value) pairs of a collection, for `for` expressions, `for_each` and functions. */
function entries(v, text) {
    if (isUnknown(v))
        return v;
    if (isLazy(v)) {
        const keys = v.keys();
        if (isUnknown(keys))
            return keys;
        return keys.map((k) => [k, v.get(k, text)]);
    }
    if (Array.isArray(v))
        return v.map((x, i) => [i, x]);
    if (isObject(v))
        return Object.entries(v).map(([k, x]) => [k, x]);
    if (v === null)
        return error(text, 'null is not a collection');
    return error(text, 'not a collection');
}
function forExpression(e, env) {
    const items = entries(evaluate(e.collection, env), e.text);
    if (isUnknown(items))
        return items;
    const list = [];
    const object = {};
    const groups = {};
    for (const [k, v] of items) {
        const names = { [e.valueVar]: v };
        if (e.keyVar)
            names[e.keyVar] = k;
        const inner = bind(env, names);
        if (e.condition) {
            const c = evaluate_materialize(evaluate(e.condition, inner));
            if (isUnknown(c))
                return c;
            if (!truthy(c))
                continue;
        }
        const value = evaluate(e.valueExpr, inner);
        if (!e.keyExpr) {
            list.push(value);
            continue;
        }
        const key = evaluate_materialize(evaluate(e.keyExpr, inner));
        if (isUnknown(key))
            return key;
        if (e.grouping)
            (groups[String(key)] ??= []).push(value);
        else
            object[String(key)] = value;
    }
    if (!e.keyExpr)
        return list;
    return (e.grouping ? groups : object);
}
const str = (v) => (typeof v === 'string' ? v : (asString(v) ?? JSON.stringify(toJson(v))));
const listOf = (v) => (Array.isArray(v) ? v : isObject(v) ? Object.values(v) : []);
const evaluate_FUNCTIONS = {
    upper: ([s]) => str(s).toUpperCase(),
    lower: ([s]) => str(s).toLowerCase(),
    trimspace: ([s]) => str(s).trim(),
    chomp: ([s]) => str(s).replace(/(\r?\n)+$/, ''),
    trimprefix: ([s, p]) => (str(s).startsWith(str(p)) ? str(s).slice(str(p).length) : str(s)),
    trimsuffix: ([s, p]) => (str(s).endsWith(str(p)) ? str(s).slice(0, str(s).length - str(p).length) : str(s)),
    trim: ([s, chars]) => {
        const set = new Set(str(chars));
        let a = str(s);
        while (a && set.has(a[0]))
            a = a.slice(1);
        while (a && set.has(a[a.length - 1]))
            a = a.slice(0, -1);
        return a;
    },
    title: ([s]) => str(s).replace(/\b\w/g, (c) => c.toUpperCase()),
    replace: ([s, search, replacement]) => {
        const pattern = str(search);
        if (pattern.length > 1 && pattern.startsWith('/') && pattern.endsWith('/'))
            return str(s).replace(new RegExp(pattern.slice(1, -1), 'g'), str(replacement).replace(/\$\{(\w+)\}/g, '$<$1>'));
        return str(s).split(pattern).join(str(replacement));
    },
    substr: ([s, offset, length]) => {
        const chars = [...str(s)];
        const start = Number(offset) < 0 ? chars.length + Number(offset) : Number(offset);
        return chars.slice(start, Number(length) < 0 ? undefined : start + Number(length)).join('');
    },
    startswith: ([s, p]) => str(s).startsWith(str(p)),
    endswith: ([s, p]) => str(s).endsWith(str(p)),
    strcontains: ([s, p]) => str(s).includes(str(p)),
    join: ([sep, ...lists]) => lists.flatMap(listOf).map(str).join(str(sep)),
    split: ([sep, s]) => str(s).split(str(sep)),
    format: ([f, ...args], text) => format(str(f), args, text),
    concat: (lists) => lists.flatMap(listOf),
    flatten: ([l]) => {
        const flat = (v) => (Array.isArray(v) ? v.flatMap(flat) : [v]);
        return flat(l);
    },
    distinct: ([l]) => {
        const seen = new Set();
        return listOf(l).filter((x) => !seen.has(JSON.stringify(x)) && !!seen.add(JSON.stringify(x)));
    },
    compact: ([l]) => listOf(l).filter((x) => x !== null && x !== ''),
    contains: ([l, v]) => listOf(l).some((x) => JSON.stringify(x) === JSON.stringify(v)),
    element: ([l, i]) => {
        const items = listOf(l);
        return items.length ? items[Number(i) % items.length] : null;
    },
    index: ([l, v]) => listOf(l).findIndex((x) => JSON.stringify(x) === JSON.stringify(v)),
    keys: ([m]) => (isObject(m) ? Object.keys(m).sort() : []),
    values: ([m]) => isObject(m)
        ? Object.keys(m)
            .sort()
            .map((k) => m[k])
        : listOf(m),
    length: ([v]) => (typeof v === 'string' ? [...v].length : listOf(v).length),
    lookup: ([m, k, d], text) => isObject(m) && str(k) in m ? m[str(k)] : d !== undefined ? d : error(text, `no key ${str(k)}`),
    merge: (maps) => Object.assign({}, ...maps.filter(isObject)),
    coalesce: (args, text) => args.find((x) => x !== null && x !== '') ?? error(text, 'no non-empty argument'),
    coalescelist: (args) => args.find((x) => Array.isArray(x) && x.length > 0) ?? [],
    one: ([l], text) => {
        const items = listOf(l);
        return items.length === 0 ? null : items.length === 1 ? items[0] : error(text, 'more than one element');
    },
    toset: ([l]) => evaluate_FUNCTIONS.distinct([l], ''),
    tolist: ([l]) => listOf(l),
    tomap: ([m]) => m,
    tostring: ([v]) => (v === null ? null : str(v)),
    tonumber: ([v]) => (v === null ? null : Number(v)),
    tobool: ([v]) => (v === null ? null : v === true || v === 'true'),
    range: (args) => {
        const [start, end, step] = args.length === 1 ? [0, Number(args[0]), 1] : [Number(args[0]), Number(args[1]), Number(args[2] ?? 1)];
        const out = [];
        for (let i = start; step > 0 ? i < end : i > end; i += step)
            out.push(i);
        return out;
    },
    zipmap: ([k, v]) => Object.fromEntries(listOf(k).map((key, i) => [str(key), listOf(v)[i]])),
    slice: ([l, a, b]) => listOf(l).slice(Number(a), Number(b)),
    reverse: ([l]) => [...listOf(l)].reverse(),
    sort: ([l]) => listOf(l).map(str).sort(),
    min: (args) => Math.min(...args.flatMap((x) => (Array.isArray(x) ? x : [x])).map(Number)),
    max: (args) => Math.max(...args.flatMap((x) => (Array.isArray(x) ? x : [x])).map(Number)),
    jsonencode: ([v]) => JSON.stringify(rawJson(v)),
    jsondecode: ([s], text) => {
        try {
            return JSON.parse(str(s));
        }
        catch {
            return error(text, 'not JSON');
        }
    }
};
/**
 * JSON as Terraform's jsonencode writes it (object keys sorted), tokens kept inside strings so a reference in a
 * policy survives until the state is built.
 */
function rawJson(v) {
    if (Array.isArray(v))
        return v.map(rawJson);
    if (isObject(v))
        return Object.fromEntries(Object.keys(v)
            .sort()
            .map((k) => [k, rawJson(v[k])]));
    return v;
}
function format(f, args, text) {
    let i = 0;
    let failed;
    const out = f.replace(/%(%|([-+# 0]*)(\d*)(?:\.\d+)?([sdvqft]))/g, (_m, spec, flags = '', width = '', verb = '') => {
        if (spec === '%')
            return '%';
        const v = args[i++];
        if (v === undefined) {
            failed = error(text, 'too few arguments');
            return '';
        }
        let s;
        if (verb === 'd')
            s = String(Math.trunc(Number(v)));
        else if (verb === 'q')
            s = JSON.stringify(str(v));
        else if (verb === 'f')
            s = String(Number(v));
        else if (verb === 't')
            s = String(v === true);
        else
            s = str(v);
        const w = Number(width || 0);
        if (s.length < w) {
            if (flags.includes('-'))
                s = s.padEnd(w);
            else if (flags.includes('0') && verb === 'd')
                s = s.startsWith('-') ? `-${s.slice(1).padStart(w - 1, '0')}` : s.padStart(w, '0');
            else
                s = s.padStart(w);
        }
        return s;
    });
    return failed ?? out;
}
function callFunction(e, env) {
    const name = e.name.replace(/^provider::[^:]+::/, '');
    if (name === 'try' || name === 'can') {
        for (const arg of e.args) {
            const v = evaluate_materialize(evaluate(arg, env));
            const u = findUnknown(v);
            if (!u)
                return name === 'can' ? true : v;
            if (!u.isError)
                return new Unknown(e.text, u.reason);
        }
        return name === 'can' ? false : error(e.text, 'no argument of try succeeded');
    }
    const fn = evaluate_FUNCTIONS[name];
    if (!fn)
        return new Unknown(e.text, `function ${e.name} is not evaluated`);
    let args = e.args.map((a) => evaluate_materialize(evaluate(a, env)));
    if (e.expandLast && args.length) {
        const last = args[args.length - 1];
        if (isUnknown(last))
            return last;
        args = [...args.slice(0, -1), ...listOf(last)];
    }
    // Functions that only collect values may hold unknown elements; the others need every argument known.
    const collecting = new Set(['concat', 'flatten', 'compact', 'merge', 'tolist', 'toset', 'tomap', 'coalescelist']);
    const unknownArg = args.find((a) => isUnknown(a)) ?? (collecting.has(name) ? undefined : args.map(findUnknown).find(Boolean));
    if (unknownArg)
        return new Unknown(e.text, unknownArg.reason, unknownArg.isError);
    if (name !== 'jsonencode' && !collecting.has(name) && name !== 'lookup' && args.some(hasTokenDeep)) {
        // Text functions over a value known only after apply (an ARN) would change the token itself.
        if (!['join', 'format', 'coalesce', 'element', 'one', 'tostring', 'length', 'keys', 'values'].includes(name))
            return new Unknown(e.text, `${e.name} of a value known only after apply`);
    }
    try {
        return fn(args, e.text);
    }
    catch (err) {
        return error(e.text, `${e.name}: ${err.message}`);
    }
}

;// CONCATENATED MODULE: ./src/sources/iac/terraform/resources.ts

const CHAIN_TYPES = {
    aws_cloudtrail: 'trail',
    aws_cloudwatch_log_group: 'logGroup',
    aws_cloudwatch_log_metric_filter: 'metricFilter',
    aws_cloudwatch_metric_alarm: 'alarm',
    aws_sns_topic: 'topic',
    aws_sns_topic_policy: 'topicPolicy',
    aws_sns_topic_subscription: 'subscription'
};
/**
 * What the provider sets `id` to, by type: a metric filter's id is its *name* (not its metric name), so
 * `metric_name = aws_cloudwatch_log_metric_filter.x.id` only links when the two names are equal.
 */
const ID_ATTRIBUTE = {
    aws_cloudwatch_log_metric_filter: 'name',
    aws_cloudwatch_log_group: 'name',
    aws_cloudwatch_metric_alarm: 'alarm_name',
    aws_sns_topic: 'arn',
    aws_sns_topic_subscription: 'arn',
    aws_sns_topic_policy: 'arn',
    aws_cloudtrail: 'arn',
    aws_sqs_queue: 'url',
    aws_lambda_function: 'function_name'
};
/** A value of a resource known only after apply, as a token shown the way a Terraform user writes it. */
function resourceToken(address, attribute) {
    return token(address, attribute, `${address}.${attribute}`);
}
/** Unset, in a plan's values too (`null`, or `""` for an optional string the provider fills with empty text). */
function set(v) {
    return v === null || v === '' ? undefined : v;
}
function blocks(v, fn) {
    if (v === undefined || v === null)
        return [];
    if (isUnknown(v))
        return v;
    if (!Array.isArray(v))
        return isObject(v) ? [clean(fn(v))] : [];
    return v.map((b) => (isUnknown(b) ? b : isObject(b) ? clean(fn(b)) : {}));
}
function clean(v) {
    return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined));
}
function positive(v) {
    // The plan shows 0 for an unset datapoints_to_alarm; CloudWatch then uses evaluation_periods.
    return v === 0 ? undefined : set(v);
}
/** Canonical attributes of one Terraform resource of the chain; `undefined` for any other type. */
function chainResource(type, address, values, location, identities) {
    const kind = CHAIN_TYPES[type];
    if (!kind)
        return undefined;
    const v = values;
    let attrs;
    switch (kind) {
        case 'trail':
            attrs = {
                name: set(v.name),
                isMultiRegion: v.is_multi_region_trail ?? false,
                isLogging: v.enable_logging ?? true,
                isOrganization: v.is_organization_trail ?? false,
                logGroupArn: set(v.cloud_watch_logs_group_arn),
                roleArn: set(v.cloud_watch_logs_role_arn),
                basicSelectors: blocks(v.event_selector, (s) => ({
                    readWriteType: set(s.read_write_type) ?? 'All',
                    includeManagementEvents: s.include_management_events ?? true,
                    excludeManagementEventSources: s.exclude_management_event_sources ?? []
                })),
                advancedSelectors: blocks(v.advanced_event_selector, (s) => ({
                    name: set(s.name),
                    fieldSelectors: blocks(s.field_selector, (f) => ({
                        field: f.field,
                        equals: f.equals ?? [],
                        notEquals: f.not_equals ?? [],
                        startsWith: f.starts_with ?? [],
                        notStartsWith: f.not_starts_with ?? [],
                        endsWith: f.ends_with ?? [],
                        notEndsWith: f.not_ends_with ?? []
                    }))
                }))
            };
            break;
        case 'logGroup':
            attrs = { name: set(v.name) ?? resourceToken(address, 'name') };
            break;
        case 'metricFilter':
            attrs = {
                name: set(v.name),
                // The provider trims the pattern's surrounding whitespace before sending it (a heredoc's last newline), as
                // the plans show.
                pattern: typeof v.pattern === 'string' ? v.pattern.trim() : (v.pattern ?? ''),
                logGroupName: set(v.log_group_name),
                transformations: blocks(v.metric_transformation, (t) => ({
                    metricName: t.name,
                    metricNamespace: t.namespace,
                    metricValue: t.value,
                    defaultValue: set(t.default_value),
                    unit: set(t.unit),
                    dimensions: set(t.dimensions)
                }))
            };
            break;
        case 'alarm':
            attrs = {
                name: set(v.alarm_name),
                actionsEnabled: v.actions_enabled ?? true,
                metricName: set(v.metric_name),
                namespace: set(v.namespace),
                statistic: set(v.statistic),
                extendedStatistic: set(v.extended_statistic),
                period: set(v.period),
                evaluationPeriods: set(v.evaluation_periods),
                datapointsToAlarm: positive(v.datapoints_to_alarm),
                threshold: set(v.threshold),
                comparisonOperator: set(v.comparison_operator),
                treatMissingData: set(v.treat_missing_data) ?? 'missing',
                dimensions: set(v.dimensions),
                alarmActions: v.alarm_actions ?? [],
                usesMetricMath: Array.isArray(v.metric_query) && v.metric_query.length > 0
            };
            break;
        case 'topic':
            attrs = {
                name: set(v.name) ?? resourceToken(address, 'name'),
                kmsMasterKeyId: set(v.kms_master_key_id),
                policy: set(v.policy)
            };
            break;
        case 'topicPolicy':
            attrs = { topics: [v.arn ?? null], policy: set(v.policy) };
            break;
        case 'subscription':
            attrs = {
                topicArn: v.topic_arn,
                protocol: v.protocol,
                endpoint: v.endpoint,
                autoConfirms: v.endpoint_auto_confirms === true
            };
            break;
    }
    return { kind, address, type, location, attrs, identities };
}

;// CONCATENATED MODULE: ./src/sources/iac/terraform/config.ts
// A Terraform root module read from its `.tf` sources (no plan, no state, no provider): variables with their
// defaults overridden by `terraform.tfvars` / `*.auto.tfvars`, locals, resources expanded by `count` / `for_each`
// (and `dynamic` blocks), data sources, and local modules with their inputs and outputs. A registry module is read
// only when `terraform init` left it in `.terraform/modules`; otherwise its outputs are unknown and the graph says
// the module was not read.






const SKIP_META = new Set(['count', 'for_each', 'provider', 'depends_on', 'lifecycle', 'provisioner', 'connection']);
/** Parses every `.tf` file of a folder (one module). */
async function parseModuleDir(dir, root, problems) {
    const module = {
        dir,
        variables: new Map(),
        locals: new Map(),
        resources: new Map(),
        data: new Map(),
        modules: new Map(),
        outputs: new Map(),
        providers: [],
        broken: []
    };
    const files = (0,external_node_fs_.readdirSync)(dir)
        .filter((f) => f.endsWith('.tf') && (0,external_node_fs_.statSync)(external_node_path_default().join(dir, f)).isFile())
        .sort();
    for (const name of files) {
        const file = relative(root, external_node_path_default().join(dir, name));
        let body;
        try {
            body = await parseHcl((0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, name), 'utf8'));
        }
        catch (e) {
            const syntax = e instanceof HclSyntaxError;
            problems({
                file,
                line: syntax ? e.line : undefined,
                message: syntax ? `Terraform syntax error: ${e.message}; the file was not read.` : e.message
            });
            module.broken.push(file);
            continue;
        }
        for (const block of body.blocks) {
            const d = { block, file };
            const [a, b] = block.labels;
            if (block.type === 'variable' && a)
                module.variables.set(a, d);
            else if (block.type === 'locals')
                for (const attr of block.body.attributes)
                    module.locals.set(attr.name, { expr: attr.expr, file });
            else if (block.type === 'resource' && a && b)
                module.resources.set(`${a}.${b}`, d);
            else if (block.type === 'data' && a && b)
                module.data.set(`${a}.${b}`, d);
            else if (block.type === 'module' && a)
                module.modules.set(a, d);
            else if (block.type === 'output' && a)
                module.outputs.set(a, d);
            else if (block.type === 'provider' && a === 'aws')
                module.providers.push(d);
        }
    }
    return module;
}
function relative(root, file) {
    return external_node_path_default().relative(root, file).split((external_node_path_default()).sep).join('/');
}
function attr(block, name) {
    return block.body.attributes.find((a) => a.name === name)?.expr;
}
class Reader {
    root;
    rootDir;
    problems;
    graph;
    variableUses = new Map();
    moduleCache = new Map();
    registryModules;
    constructor(root, rootDir, problems) {
        this.root = root;
        this.rootDir = rootDir;
        this.problems = problems;
        this.graph = {
            source: { kind: 'terraform', path: relative(root, rootDir) || '.' },
            resources: [],
            types: new Map(),
            opaque: [],
            notes: []
        };
    }
    parsed(dir) {
        let p = this.moduleCache.get(dir);
        if (!p) {
            p = parseModuleDir(dir, this.root, this.problems);
            this.moduleCache.set(dir, p);
        }
        return p;
    }
    /** `.terraform/modules/modules.json` of the root module, written by `terraform init`: module key → folder. */
    registry() {
        if (!this.registryModules) {
            this.registryModules = new Map();
            const manifest = external_node_path_default().join(this.rootDir, '.terraform', 'modules', 'modules.json');
            if ((0,external_node_fs_.existsSync)(manifest)) {
                try {
                    const json = JSON.parse((0,external_node_fs_.readFileSync)(manifest, 'utf8'));
                    for (const m of json.Modules ?? [])
                        if (m.Key)
                            this.registryModules.set(m.Key, external_node_path_default().resolve(this.rootDir, m.Dir));
                }
                catch {
                    // an unreadable manifest: registry modules stay unread
                }
            }
        }
        return this.registryModules;
    }
}
/** Reads a root module folder into the chain's resources. */
async function readTerraformRoot(rootDir, root, problems) {
    const reader = new Reader(root, rootDir, problems);
    const parsed = await reader.parsed(rootDir);
    const scope = new ModuleScope(reader, parsed, '', '', undefined);
    scope.loadTfvars();
    await scope.loadChildren();
    scope.collect();
    reader.graph.region = scope.providerRegion();
    for (const file of parsed.broken)
        reader.graph.opaque.push(`${file} could not be parsed`);
    if ((0,external_node_fs_.existsSync)(rootDir)) {
        const jsonFiles = (0,external_node_fs_.readdirSync)(rootDir).filter((f) => f.endsWith('.tf.json'));
        for (const f of jsonFiles)
            reader.graph.opaque.push(`${relative(root, external_node_path_default().join(rootDir, f))} (Terraform JSON syntax) is not read`);
    }
    for (const [name, use] of reader.variableUses) {
        const shown = display(use.value);
        const value = shown.length > 80 ? `${shown.slice(0, 77)}...` : shown;
        reader.graph.notes.push(use.from === 'default'
            ? `Judged with the default of variable ${name} (${value}); -var, TF_VAR_${name} or a .tfvars file not in the repository may override it.`
            : `Judged with var.${name} = ${value} from ${use.from}.`);
    }
    return reader.graph;
}
/** Every output of a root module, evaluated as far as the code allows (for tests of the evaluation). */
async function evaluateRootOutputs(rootDir, root) {
    const reader = new Reader(root, rootDir, () => undefined);
    const scope = new ModuleScope(reader, await reader.parsed(rootDir), '', '', undefined);
    scope.loadTfvars();
    await scope.loadChildren();
    const out = {};
    for (const name of scope.module.outputs.keys())
        out[name] = materialize(scope.output(name, `output.${name}`));
    return out;
}
/** One instance of a module: its variables' values, and environments for its expressions. */
class ModuleScope {
    reader;
    module;
    prefix;
    key;
    parent;
    inputs = new Map();
    tfvars = new Map();
    localValues = new Map();
    children = new Map();
    instanceCache = new Map();
    constructor(reader, module, 
    /** `module.alerts.` or `module.alerts["x"].`; empty for the root. */
    prefix, 
    /** `module.alerts` key in `.terraform/modules/modules.json` style (`alerts`, `alerts.inner`). */
    key, parent) {
        this.reader = reader;
        this.module = module;
        this.prefix = prefix;
        this.key = key;
        this.parent = parent;
    }
    setInput(name, value) {
        this.inputs.set(name, value);
    }
    loadTfvars() {
        const dir = this.module.dir;
        if (!(0,external_node_fs_.existsSync)(dir))
            return;
        const names = (0,external_node_fs_.readdirSync)(dir);
        const auto = names.filter((n) => /\.auto\.tfvars(\.json)?$/.test(n)).sort();
        const files = [...names.filter((n) => n === 'terraform.tfvars' || n === 'terraform.tfvars.json'), ...auto];
        // Terraform's order: terraform.tfvars, terraform.tfvars.json, then *.auto.tfvars(.json) in lexical order; later wins.
        files.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
        for (const name of files) {
            const file = relative(this.reader.root, external_node_path_default().join(dir, name));
            this.pendingTfvars.push({ file, text: (0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, name), 'utf8'), json: name.endsWith('.json') });
        }
    }
    pendingTfvars = [];
    /** Parses tfvars files (async) and instantiates child modules, recursively. */
    async loadChildren() {
        // In Terraform's order, each file overriding the values of the ones before it.
        for (const { file, text, json } of this.pendingTfvars.splice(0)) {
            if (json) {
                try {
                    const values = JSON.parse(text);
                    for (const [k, v] of Object.entries(values))
                        this.tfvars.set(k, { value: v, file });
                }
                catch (e) {
                    this.reader.problems({ file, message: `not valid JSON: ${e.message}` });
                }
                continue;
            }
            try {
                const body = await parseHcl(text);
                const empty = { lookup: (_n, t) => new Unknown(t, 'a .tfvars file holds only values') };
                for (const a of body.attributes)
                    this.tfvars.set(a.name, { value: evaluate_materialize(evaluate(a.expr, empty)), file });
            }
            catch (e) {
                const syntax = e instanceof HclSyntaxError;
                this.reader.problems({
                    file,
                    line: syntax ? e.line : undefined,
                    message: syntax ? `Terraform syntax error: ${e.message}; the file was not read.` : e.message
                });
            }
        }
        for (const [name, d] of this.module.modules) {
            const source = evaluate_materialize(evaluate(attr(d.block, 'source') ?? { k: 'literal', value: '', text: '""' }, this.env()));
            const key = this.key ? `${this.key}.${name}` : name;
            let dir;
            if (typeof source === 'string' && (source.startsWith('./') || source.startsWith('../')))
                dir = external_node_path_default().resolve(this.module.dir, source);
            else
                dir = this.reader.registry().get(key);
            if (!dir || !(0,external_node_fs_.existsSync)(dir)) {
                this.reader.graph.opaque.push(`module.${name} (${typeof source === 'string' ? source : '?'}) in ${d.file} was not read${typeof source === 'string' && !source.startsWith('.') ? ': run terraform init so .terraform/modules holds it, or read a plan' : ''}`);
                this.children.set(name, new Unknown(`module.${name}`, `module ${name} (${display(source)}) is not read`));
                continue;
            }
            const parsed = await this.reader.parsed(dir);
            const keys = this.expansion(d.block, this.env(), `module.${name}`);
            if (isUnknown(keys)) {
                this.reader.graph.opaque.push(`the instances of module.${name} (${keys.expression}) cannot be known before apply`);
                this.children.set(name, keys);
                continue;
            }
            const instances = new Map();
            for (const [k, eachValue] of keys) {
                const child = new ModuleScope(this.reader, parsed, `${this.prefix}module.${name}${keySuffix(k)}.`, key, this);
                const env = this.instanceEnv(k, eachValue);
                for (const a of d.block.body.attributes) {
                    if (a.name === 'source' || a.name === 'version' || a.name === 'providers' || SKIP_META.has(a.name))
                        continue;
                    let memo;
                    child.setInput(a.name, () => (memo ??= evaluate(a.expr, env)));
                }
                await child.loadChildren();
                instances.set(k, child);
            }
            this.children.set(name, instances);
        }
    }
    /** The instance keys of a block with `count` or `for_each` (one `undefined` key without either). */
    expansion(block, env, what) {
        const count = attr(block, 'count');
        const forEach = attr(block, 'for_each');
        if (count) {
            const n = evaluate_materialize(evaluate(count, env));
            if (isUnknown(n))
                return n;
            if (typeof n !== 'number')
                return new Unknown(count.text, `count of ${what} is not a number`);
            return Array.from({ length: n }, (_x, i) => [i, i]);
        }
        if (forEach) {
            const v = evaluate(forEach, env);
            const items = entries(v, forEach.text);
            if (isUnknown(items))
                return items;
            // A set or list of strings: each.key = each.value = the element.
            if (Array.isArray(evaluate_materialize(v)))
                return items.map(([, x]) => [String(evaluate_materialize(x)), x]);
            return items.map(([k, x]) => [String(k), x]);
        }
        return [[undefined, null]];
    }
    instanceEnv(key, eachValue) {
        const base = this.env();
        if (key === undefined)
            return base;
        return bind(base, typeof key === 'number' ? { count: { index: key } } : { each: { key, value: eachValue } });
    }
    providerRegion() {
        for (const p of this.module.providers) {
            if (attr(p.block, 'alias'))
                continue;
            const region = attr(p.block, 'region');
            if (!region)
                continue;
            const v = evaluate_materialize(evaluate(region, this.env()));
            if (typeof v === 'string' && !v.includes('\uE000'))
                return v;
        }
        return undefined;
    }
    // ---- names ----
    env() {
        return {
            lookup: (name, text) => {
                switch (name) {
                    case 'var':
                        return this.lazy((k) => this.variable(String(k), text));
                    case 'local':
                        return this.lazy((k) => this.local(String(k)));
                    case 'module':
                        return this.lazy((k) => this.moduleValue(String(k), text));
                    case 'data':
                        return this.lazy((type) => this.lazy((name2) => this.dataValue(`${String(type)}.${String(name2)}`, text)));
                    case 'path':
                        return { module: relative(this.reader.rootDir, this.module.dir) || '.', root: '.', cwd: '.' };
                    case 'terraform':
                        return { workspace: new Unknown('terraform.workspace', 'the workspace is chosen at plan time') };
                    case 'each':
                    case 'count':
                    case 'self':
                        return new Unknown(text, `${name} is used outside of a resource with ${name === 'count' ? 'count' : 'for_each'}`, true);
                    default:
                        if ([...this.module.resources.keys()].some((k) => k.startsWith(`${name}.`)))
                            return this.lazy((n) => this.resourceValue(`${name}.${String(n)}`, text));
                        return new Unknown(text, `${name} is not declared in this module`, true);
                }
            }
        };
    }
    lazy(get, keys) {
        const self = {
            lazy: true,
            get: (k) => get(k),
            keys: () => (keys ? keys() : new Unknown('(keys)', 'not a collection')),
            value: () => {
                const ks = self.keys();
                if (isUnknown(ks))
                    return ks;
                return Object.fromEntries(ks.map((k) => [String(k), evaluate_materialize(get(k))]));
            }
        };
        return self;
    }
    variable(name, text) {
        const input = this.inputs.get(name);
        if (input)
            return input();
        const decl = this.module.variables.get(name);
        if (!this.parent) {
            const tfvar = this.tfvars.get(name);
            if (tfvar) {
                this.reader.variableUses.set(name, { value: tfvar.value, from: tfvar.file });
                return tfvar.value;
            }
        }
        const def = decl && attr(decl.block, 'default');
        if (def) {
            const v = evaluate_materialize(evaluate(def, { lookup: (_n, t) => new Unknown(t, 'a default holds only values') }));
            if (!this.parent && !isUnknown(v))
                this.reader.variableUses.set(name, { value: v, from: 'default' });
            return v;
        }
        if (!decl)
            return new Unknown(text, `variable ${name} is not declared`, true);
        return new Unknown(`var.${name}`, this.parent
            ? `variable ${name} of ${this.prefix.slice(0, -1)} has no value`
            : `variable ${name} has no default and no value in a .tfvars file: it is given at plan time (-var, TF_VAR_${name})`);
    }
    local(name) {
        if (this.localValues.has(name))
            return this.localValues.get(name);
        const decl = this.module.locals.get(name);
        if (!decl)
            return new Unknown(`local.${name}`, `local ${name} is not declared`, true);
        this.localValues.set(name, new Unknown(`local.${name}`, `local ${name} refers to itself`, true));
        const v = evaluate(decl.expr, this.env());
        this.localValues.set(name, v);
        return v;
    }
    moduleValue(name, text) {
        const instances = this.children.get(name);
        if (!instances)
            return new Unknown(text, `module ${name} is not declared`, true);
        if (isUnknown(instances))
            return new Unknown(text, instances.reason);
        const output = (child) => this.lazy((out) => child.output(String(out), text));
        if (instances.size === 1 && instances.has(undefined))
            return output(instances.get(undefined));
        const keys = [...instances.keys()];
        return this.lazy((k) => {
            const child = instances.get(k) ?? instances.get(String(k));
            return child ? output(child) : new Unknown(text, `no instance ${String(k)} of module ${name}`, true);
        }, () => keys);
    }
    output(name, text) {
        const decl = this.module.outputs.get(name);
        if (!decl)
            return new Unknown(text, `output ${name} is not declared in ${this.prefix.slice(0, -1)}`, true);
        const value = attr(decl.block, 'value');
        return value ? evaluate(value, this.env()) : null;
    }
    dataValue(key, text) {
        const decl = this.module.data.get(key);
        if (!decl)
            return new Unknown(text, `data source ${key} is not declared`, true);
        const [type] = key.split('.');
        const address = `${this.prefix}data.${key}`;
        this.reader.graph.types.set(address, `data.${type}`);
        return this.lazy((attribute) => {
            const a = String(attribute);
            const configured = attr(decl.block, a);
            if (configured)
                return evaluate(configured, this.env());
            if (type === 'aws_iam_policy_document' && a === 'json')
                return policyDocument(decl.block, this.env(), text);
            // A topic looked up by a data source: its ARN stands for a topic outside the code.
            if (type === 'aws_sns_topic' && (a === 'arn' || a === 'id'))
                return resourceToken(address, 'arn');
            return new Unknown(`data.${key}.${a}`, `data source ${key} is read at plan time`);
        });
    }
    resourceValue(key, text) {
        const instances = this.instances(key);
        if (isUnknown(instances))
            return new Unknown(text, instances.reason);
        if (instances.size === 1 && instances.has(undefined) && !this.isExpanded(key))
            return instances.get(undefined).lazy;
        const keys = [...instances.keys()];
        return this.lazy((k) => {
            const inst = instances.get(k) ?? instances.get(typeof k === 'string' && /^\d+$/.test(k) ? Number(k) : String(k));
            return inst ? inst.lazy : new Unknown(text, `no instance ${JSON.stringify(k)} of ${key}`, true);
        }, () => keys);
    }
    isExpanded(key) {
        const d = this.module.resources.get(key);
        return !!d && (!!attr(d.block, 'count') || !!attr(d.block, 'for_each'));
    }
    instances(key) {
        const cached = this.instanceCache.get(key);
        if (cached)
            return cached;
        const d = this.module.resources.get(key);
        this.instanceCache.set(key, new Unknown(key, `${key} refers to itself`, true));
        const keys = this.expansion(d.block, this.env(), key);
        let result;
        if (isUnknown(keys))
            result = keys;
        else {
            result = new Map();
            for (const [k, eachValue] of keys)
                result.set(k, new Instance(this, d, key, k, eachValue));
        }
        this.instanceCache.set(key, result);
        return result;
    }
    /** Every chain resource of this module instance and of its children. */
    collect() {
        for (const [key, d] of this.module.resources) {
            const [type] = key.split('.');
            const instances = this.instances(key);
            if (isUnknown(instances)) {
                if (CHAIN_TYPES[type])
                    this.reader.graph.opaque.push(`the instances of ${this.prefix}${key} (${instances.expression}) cannot be known before apply`);
                continue;
            }
            for (const inst of instances.values()) {
                this.reader.graph.types.set(inst.address, type);
                if (!CHAIN_TYPES[type])
                    continue;
                const location = {
                    file: d.file,
                    line: d.block.line,
                    endLine: d.block.endLine,
                    address: inst.address
                };
                const values = inst.values();
                const resource = chainResource(type, inst.address, values, location, [
                    resourceToken(inst.address, 'arn')
                ]);
                if (resource)
                    this.reader.graph.resources.push(resource);
            }
        }
        for (const instances of this.children.values()) {
            if (isUnknown(instances))
                continue;
            for (const child of instances.values())
                child.collect();
        }
    }
}
function rank(name) {
    if (name === 'terraform.tfvars')
        return 0;
    if (name === 'terraform.tfvars.json')
        return 1;
    return 2;
}
function keySuffix(k) {
    if (k === undefined)
        return '';
    return typeof k === 'number' ? `[${k}]` : `[${JSON.stringify(k)}]`;
}
/** One instance of a resource. */
class Instance {
    d;
    address;
    env;
    lazy;
    type;
    cache = new Map();
    constructor(scope, d, key, instanceKey, eachValue) {
        this.d = d;
        this.type = key.split('.')[0];
        this.address = `${scope.prefix}${key}${keySuffix(instanceKey)}`;
        this.env = scope.instanceEnv(instanceKey, eachValue);
        this.lazy = {
            lazy: true,
            get: (name, text) => this.get(String(name), text),
            keys: () => new Unknown(this.address, 'a resource instance is not a collection', true),
            value: () => this.values()
        };
    }
    get(name, text) {
        if (this.cache.has(name))
            return this.cache.get(name);
        this.cache.set(name, new Unknown(text, `${this.address}.${name} refers to itself`, true));
        const v = this.compute(name);
        this.cache.set(name, v);
        return v;
    }
    compute(name) {
        const body = this.d.block.body;
        const a = body.attributes.find((x) => x.name === name);
        if (a)
            return evaluate(a.expr, this.env);
        if (body.blocks.some((b) => b.type === name || (b.type === 'dynamic' && b.labels[0] === name)))
            return blockList(body, name, this.env);
        if (name === 'id' && ID_ATTRIBUTE[this.type] && ID_ATTRIBUTE[this.type] !== 'id') {
            const target = ID_ATTRIBUTE[this.type];
            if (target === 'arn')
                return resourceToken(this.address, 'arn');
            return body.attributes.some((x) => x.name === target)
                ? this.get(target, `${this.address}.${target}`)
                : resourceToken(this.address, target);
        }
        return resourceToken(this.address, name);
    }
    /** Every configured attribute and nested block, evaluated (what a plan's `values` would show). */
    values() {
        const out = {};
        const body = this.d.block.body;
        for (const a of body.attributes)
            if (!SKIP_META.has(a.name))
                out[a.name] = evaluate_materialize(this.get(a.name, a.expr.text));
        const blockTypes = new Set(body.blocks.filter((b) => !SKIP_META.has(b.type)).map((b) => (b.type === 'dynamic' ? b.labels[0] : b.type)));
        for (const t of blockTypes)
            if (t)
                out[t] = evaluate_materialize(this.get(t, t));
        return out;
    }
}
/** Nested blocks of one type as a list of objects, `dynamic` blocks expanded. */
function blockList(body, type, env) {
    const out = [];
    for (const b of body.blocks) {
        if (b.type === type)
            out.push(blockObject(b.body, env));
        else if (b.type === 'dynamic' && b.labels[0] === type) {
            const forEach = attr(b, 'for_each');
            const content = b.body.blocks.find((x) => x.type === 'content');
            if (!forEach || !content)
                continue;
            const items = entries(evaluate(forEach, env), forEach.text);
            if (isUnknown(items))
                return new Unknown(forEach.text, items.reason);
            const iteratorExpr = attr(b, 'iterator');
            const iterator = iteratorExpr?.k === 'variable' ? iteratorExpr.name : type;
            const list = Array.isArray(evaluate_materialize(evaluate(forEach, env)));
            for (const [k, v] of items) {
                const key = list ? evaluate_materialize(v) : k;
                out.push(blockObject(content.body, bind(env, { [iterator]: { key: key, value: evaluate_materialize(v) } })));
            }
        }
    }
    return out;
}
function blockObject(body, env) {
    const out = {};
    for (const a of body.attributes)
        out[a.name] = evaluate_materialize(evaluate(a.expr, env));
    const types = new Set(body.blocks.map((b) => (b.type === 'dynamic' ? b.labels[0] : b.type)));
    for (const t of types)
        if (t)
            out[t] = evaluate_materialize(blockList(body, t, env));
    return out;
}
/** `data "aws_iam_policy_document"` → its JSON, as the provider writes it (the parts a topic policy needs). */
function policyDocument(block, env, text) {
    const body = block.body;
    if (body.attributes.some((a) => /policy_documents$|^source_json$|^override_json$/.test(a.name)))
        return new Unknown(text, 'a policy document merged from other documents is not evaluated');
    const statements = evaluate_materialize(blockList(body, 'statement', env));
    if (isUnknown(statements))
        return statements;
    const list = (v) => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
    const one = (v) => (v.length === 1 ? v[0] : v);
    const principals = (v) => {
        const out = {};
        for (const p of list(v)) {
            if (!isObject(p))
                continue;
            const type = String(p.type);
            out[type] = one(list(p.identifiers));
        }
        return type0(out);
    };
    // `{"AWS": "*"}` is written `"*"` by the provider.
    const type0 = (o) => (Object.keys(o).length === 1 && o.AWS === '*' ? '*' : o);
    const doc = {
        Version: '2012-10-17',
        Statement: statements.filter(isObject).map((s) => {
            const out = {};
            if (s.sid)
                out.Sid = s.sid;
            out.Effect = s.effect ?? 'Allow';
            if (list(s.actions).length)
                out.Action = one(list(s.actions));
            if (list(s.not_actions).length)
                out.NotAction = one(list(s.not_actions));
            if (list(s.resources).length)
                out.Resource = one(list(s.resources));
            if (list(s.principals).length)
                out.Principal = principals(s.principals);
            if (list(s.not_principals).length)
                out.NotPrincipal = principals(s.not_principals);
            const conditions = {};
            for (const c of list(s.condition)) {
                if (!isObject(c))
                    continue;
                (conditions[String(c.test)] ??= {})[String(c.variable)] = one(list(c.values));
            }
            if (Object.keys(conditions).length)
                out.Condition = conditions;
            return out;
        })
    };
    const u = JSON.stringify(doc, (_k, v) => (isUnknown(v) ? '\u0000' : v)).includes('\\u0000');
    if (u)
        return new Unknown(text, 'the policy document holds a value that cannot be evaluated');
    return JSON.stringify(doc);
}


;// CONCATENATED MODULE: ./src/sources/iac/terraform/plan.ts
// A Terraform plan as `terraform show -json` writes it → the chain's resources.
//
// Values come from `planned_values` (root and child modules, provider defaults filled in). What is known only after
// apply (ARNs, ids) is absent there and `true` in `resource_changes[].change.after_unknown`: those links come from the
// `configuration` references (`aws_sns_topic.x.arn`, `module.m.topic_arn` through the module's outputs, instance keys
// paired by `each.key`). Existing resources keep their known values, so their ARNs link by text. A plan has no line
// numbers: locations come from the `.tf` files that declare the addresses, found beside the plan.





function isPlan(v) {
    return (isObject(v) && typeof v.format_version === 'string' && !!v.planned_values);
}
/** Strips instance keys: `module.a["x"].aws_b.c[0]` → `module.a.aws_b.c`. */
function configAddress(address) {
    return address.replace(/\[[^\]]*\]/g, '');
}
const LIST_FIELDS = new Set([
    'alarm_actions',
    'ok_actions',
    'insufficient_data_actions',
    'exclude_management_event_sources'
]);
async function readPlan(plan, file, root, problems) {
    const graph = {
        source: { kind: 'terraform-plan', path: file },
        resources: [],
        types: new Map(),
        opaque: [],
        notes: []
    };
    const region = plan.configuration?.provider_config?.aws?.expressions?.region
        ?.constant_value;
    if (typeof region === 'string')
        graph.region = region;
    const planned = new Map();
    const walk = (m) => {
        for (const r of m?.resources ?? [])
            planned.set(r.address, r);
        for (const c of m?.child_modules ?? [])
            walk(c);
    };
    walk(plan.planned_values?.root_module);
    const changes = new Map((plan.resource_changes ?? []).map((c) => [c.address, c]));
    const configs = new Map();
    const walkConfig = (m, prefix) => {
        for (const r of m?.resources ?? [])
            configs.set(`${prefix}${r.address}`, { expressions: r.expressions ?? {}, module: m });
        for (const [name, call] of Object.entries(m?.module_calls ?? {}))
            walkConfig(call.module, `${prefix}module.${name}.`);
    };
    walkConfig(plan.configuration?.root_module, '');
    const locations = await planLocations(plan, external_node_path_default().resolve(root, file), root, problems);
    for (const r of planned.values()) {
        graph.types.set(r.address, r.mode === 'data' ? `data.${r.type}` : r.type);
    }
    const resolver = new References(plan, planned);
    for (const r of planned.values()) {
        if (r.mode !== 'managed' || !CHAIN_TYPES[r.type])
            continue;
        const values = { ...(r.values ?? {}) };
        const unknown = changes.get(r.address)?.change.after_unknown;
        const cfg = configs.get(configAddress(r.address));
        const instancePrefix = r.address.slice(0, r.address.length - `${r.type}.${r.name}${indexSuffix(r.index)}`.length);
        fillUnknown(values, unknown, cfg?.expressions ?? {}, (refs, field) => resolver.resolve(refs, field, instancePrefix, r.index));
        const location = locations.get(configAddress(r.address)) ?? { file, line: 1 };
        const identities = [resourceToken(r.address, 'arn')];
        if (typeof values.arn === 'string')
            identities.push(values.arn);
        const resource = chainResource(r.type, r.address, values, { ...location, address: r.address }, identities);
        if (resource)
            graph.resources.push(resource);
    }
    for (const c of plan.resource_changes ?? []) {
        if (c.change.actions.includes('delete') && !c.change.actions.includes('create'))
            graph.notes.push(`This plan deletes ${c.address}.`);
    }
    return graph;
}
function indexSuffix(index) {
    if (index === undefined)
        return '';
    return typeof index === 'number' ? `[${index}]` : `[${JSON.stringify(index)}]`;
}
/** Replaces what is unknown until apply by what the configuration says it refers to. */
function fillUnknown(values, unknown, expressions, resolve) {
    if (!isObject(unknown))
        return;
    for (const [field, u] of Object.entries(unknown)) {
        const expr = expressions[field];
        if (u === true) {
            if (!expr || Array.isArray(expr)) {
                // Computed by the provider and not set in the configuration (e.g. a topic's default policy): unset.
                if (!(field in values) || values[field] === null)
                    delete values[field];
                continue;
            }
            if (expr.references?.length)
                values[field] = resolve(expr.references, field);
            continue;
        }
        if (Array.isArray(u) && Array.isArray(values[field])) {
            const list = values[field];
            u.forEach((item, i) => {
                const blockExpr = Array.isArray(expr) ? expr[i] : undefined;
                if (isObject(list[i]) && isObject(item))
                    fillUnknown(list[i], item, blockExpr ?? {}, resolve);
            });
        }
    }
}
class References {
    plan;
    planned;
    constructor(plan, planned) {
        this.plan = plan;
        this.planned = planned;
    }
    /**
     * The value a configuration expression gives, from its references: the plan lists every reference of the
     * expression, longest first (`aws_sns_topic.x.arn`, `aws_sns_topic.x`), plus `each.key` / `count.index` when the
     * instance key picks the referenced instance.
     */
    resolve(refs, field, instancePrefix, index) {
        const byKey = refs.includes('each.key') || refs.includes('count.index');
        const seen = new Set();
        const values = [];
        for (const ref of refs) {
            if (ref === 'each.key' || ref === 'each.value' || ref === 'count.index')
                continue;
            const v = this.one(ref, field, instancePrefix, byKey ? index : undefined, seen);
            if (v !== undefined)
                values.push(v);
        }
        const unknown = () => new Unknown(refs.filter((r) => !/^(each|count)\./.test(r))[0] ?? refs.join(', '), 'known only after apply');
        if (LIST_FIELDS.has(field))
            return values.length ? values.flatMap((v) => (Array.isArray(v) ? v : [v])) : [unknown()];
        return values[0] ?? unknown();
    }
    one(ref, field, instancePrefix, index, seen) {
        const parts = splitReference(ref);
        if (parts[0] === 'var' && instancePrefix) {
            // A module's input: what the module call passes, resolved where the call is made.
            const key = `var.${parts[1]}`;
            if (seen.has(key))
                return undefined;
            seen.add(key);
            const m = instancePrefix.match(/^(.*?)module\.([^.[]+)(\[[^\]]*\])?\.$/);
            const call = m ? this.moduleCall(m[1], m[2]) : undefined;
            const expression = call?.expressions?.[parts[1]];
            if (m && expression && !Array.isArray(expression)) {
                if (expression.constant_value !== undefined)
                    return expression.constant_value;
                if (expression.references?.length)
                    return this.resolve(expression.references, field, m[1], undefined);
            }
            return new Unknown(key, `${key} is known only after apply`);
        }
        if (parts[0] === 'var' || parts[0] === 'local' || parts[0] === 'path' || parts[0] === 'terraform') {
            const key = `${parts[0]}.${parts[1]}`;
            if (seen.has(key))
                return undefined;
            seen.add(key);
            return new Unknown(key, `${key} is known only after apply`);
        }
        if (parts[0] === 'module') {
            const key = `module.${parts[1]}.${parts[2] ?? ''}`;
            if (seen.has(key) || parts.length < 3)
                return undefined;
            seen.add(key);
            return this.moduleOutput(instancePrefix, parts[1], parts[2], field);
        }
        if (parts[0] === 'data') {
            const address = `${instancePrefix}data.${parts[1]}.${parts[2]}`;
            if (seen.has(address))
                return undefined;
            seen.add(address);
            if (parts[1] === 'aws_sns_topic')
                return resourceToken(address, 'arn');
            const known = this.planned.get(address)?.values?.[parts[3]];
            return known !== undefined && known !== null
                ? known
                : new Unknown(ref, `data source ${parts[1]}.${parts[2]} is read at apply`);
        }
        // type.name[key].attr…
        const [type, name] = parts;
        if (!type || !name)
            return undefined;
        let rest = parts.slice(2);
        let key = index;
        if (rest[0]?.startsWith('[')) {
            key = JSON.parse(rest[0].slice(1, -1));
            rest = rest.slice(1);
        }
        const address = `${instancePrefix}${type}.${name}${indexSuffix(key)}`;
        if (seen.has(address))
            return undefined;
        seen.add(address);
        const target = this.planned.get(address) ?? this.planned.get(`${instancePrefix}${type}.${name}`);
        const attribute = rest.length
            ? rest.join('.').replace(/\.\[/g, '[')
            : field === 'metric_name' || field === 'namespace'
                ? 'id'
                : 'arn';
        return this.attribute(target, target?.address ?? address, type, attribute, field);
    }
    attribute(target, address, type, attribute, field) {
        let attr = attribute;
        if (attr === 'id' && ID_ATTRIBUTE[type])
            attr = ID_ATTRIBUTE[type];
        const value = target?.values ? lookupPath(target.values, attr) : undefined;
        if (value !== undefined && value !== null)
            return value;
        // A metric filter's metric name used as the alarm's metric.
        if (field === 'namespace' && type === 'aws_cloudwatch_log_metric_filter') {
            const ns = target?.values ? lookupPath(target.values, 'metric_transformation[0].namespace') : undefined;
            if (ns !== undefined && ns !== null)
                return ns;
        }
        return resourceToken(address, attr === 'id' ? 'arn' : attr);
    }
    /** The call of `module` made in the module instance `instancePrefix` (instance keys do not matter there). */
    moduleCall(instancePrefix, module) {
        let config = this.plan.configuration?.root_module;
        for (const m of configAddress(instancePrefix).matchAll(/module\.([^.]+)\./g))
            config = config?.module_calls?.[m[1]]?.module;
        return config?.module_calls?.[module];
    }
    moduleOutput(instancePrefix, module, output, field) {
        const call = this.moduleCall(instancePrefix, module);
        const expression = call?.module?.outputs?.[output]?.expression;
        if (!call)
            return new Unknown(`module.${module}.${output}`, `module ${module} is not in the plan's configuration`);
        if (expression?.constant_value !== undefined)
            return expression.constant_value;
        const refs = expression?.references ?? [];
        if (refs.length === 0)
            return new Unknown(`module.${module}.${output}`, 'the module output is known only after apply');
        // Module instances with count/for_each are not paired here: the first instance prefix found is used.
        const childPrefix = [...this.planned.keys()]
            .map((a) => a.match(new RegExp(`^(${escapeRe(instancePrefix)}module\\.${escapeRe(module)}(\\[[^\\]]*\\])?\\.)`))?.[1])
            .find(Boolean) ?? `${instancePrefix}module.${module}.`;
        const v = this.resolve(refs, field, childPrefix, undefined);
        return Array.isArray(v) && !LIST_FIELDS.has(field) ? (v[0] ?? null) : v;
    }
}
function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** `aws_x.y["k"].attr[0].name` → ['aws_x', 'y', '["k"]', 'attr[0]', 'name'] (the index right after the name apart). */
function splitReference(ref) {
    const m = ref.match(/^([^.[]+)\.([^.[]+)(\[[^\]]*\])?(?:\.(.*))?$/);
    if (!m)
        return ref.split('.');
    const out = [m[1], m[2]];
    if (m[3])
        out.push(m[3]);
    if (m[4])
        out.push(...m[4].split('.'));
    return out;
}
function lookupPath(values, attrPath) {
    let v = values;
    for (const step of attrPath.split('.')) {
        const m = step.match(/^([^[]+)((?:\[\d+\])*)$/);
        if (!m || !isObject(v))
            return undefined;
        v = v[m[1]];
        for (const idx of m[2].match(/\d+/g) ?? [])
            v = Array.isArray(v) ? v[Number(idx)] : undefined;
    }
    return v;
}
/**
 * Finds the `.tf` sources of the plan's root module (the plan's folder or a parent, up to the repository root) and of
 * its local modules, and maps each configuration address to its block.
 */
async function planLocations(plan, planPath, root, problems) {
    const out = new Map();
    const rootConfig = plan.configuration?.root_module;
    const wanted = (rootConfig?.resources ?? []).map((r) => r.address);
    const quiet = () => undefined;
    let dir = external_node_path_default().dirname(planPath);
    const top = external_node_path_default().resolve(root);
    for (;;) {
        if ((0,external_node_fs_.existsSync)(dir) && (0,external_node_fs_.readdirSync)(dir).some((f) => f.endsWith('.tf'))) {
            const parsed = await parseModuleDir(dir, root, quiet);
            if (wanted.length === 0 || wanted.some((a) => parsed.resources.has(a))) {
                await mapModule(parsed, rootConfig, '', root, out, problems);
                return out;
            }
        }
        if (dir === top || !dir.startsWith(top))
            break;
        dir = external_node_path_default().dirname(dir);
    }
    return out;
}
async function mapModule(parsed, config, prefix, root, out, problems) {
    for (const [key, d] of parsed.resources)
        out.set(`${prefix}${key}`, { file: d.file, line: d.block.line, endLine: d.block.endLine });
    for (const [key, d] of parsed.data)
        out.set(`${prefix}data.${key}`, { file: d.file, line: d.block.line, endLine: d.block.endLine });
    for (const [name, call] of Object.entries(config?.module_calls ?? {})) {
        const source = call.source ?? '';
        if (!source.startsWith('./') && !source.startsWith('../'))
            continue;
        const dir = external_node_path_default().resolve(parsed.dir, source);
        if (!(0,external_node_fs_.existsSync)(dir))
            continue;
        const child = await parseModuleDir(dir, root, () => undefined);
        await mapModule(child, call.module, `${prefix}module.${name}.`, root, out, problems);
    }
}

;// CONCATENATED MODULE: ./src/sources/iac/index.ts
// Reads infrastructure code into the account-state model, one AccountState per code location, so the same judges
// that judge a live account judge the code before it is deployed. No AWS credentials, no network.
//
// Formats, detected per path: Terraform source (a folder of `.tf` files = a root module), Terraform plan JSON
// (`terraform show -json`), CloudFormation templates (YAML or JSON) and CDK synth output (`cdk.out`).
// This module is loaded with a dynamic import() in IaC mode only: its parsers stay out of the verify bundle's path.







/** Folders never searched: dependencies, VCS data, Terraform's downloads, CDK assets. */
const SKIP_DIRS = new Set(['node_modules', '.git', '.terraform', '.cache', 'dist', 'coverage']);
const MAX_JSON_BYTES = 50 * 1024 * 1024;
async function readInfrastructureCode(paths, options) {
    const root = external_node_path_default().resolve(options.root);
    const problems = [];
    const found = [];
    for (const given of paths) {
        const matches = expand(given, root, problems);
        for (const m of matches)
            discover(m.path, m.explicit, root, found, problems);
    }
    const graphs = [];
    const seen = new Set();
    const terraformDirs = dropModuleSources([
        ...new Set(found.filter((f) => f.kind === 'terraform').map((f) => f.dir))
    ]);
    for (const dir of terraformDirs) {
        graphs.push(await readTerraformRoot(dir, root, (p) => problems.push(p)));
    }
    for (const f of found) {
        if (f.kind === 'terraform' || seen.has(f.file))
            continue;
        seen.add(f.file);
        const file = relative(root, f.file);
        const graph = await readFile(f, file, root, problems);
        if (graph)
            graphs.push(graph);
    }
    const states = graphs
        .map((g) => buildState(g, options.region))
        .sort((a, b) => sourcePath(a).localeCompare(sourcePath(b)));
    return { states, problems };
}
function sourcePath(s) {
    return s.source && s.source.kind !== 'account' ? s.source.path : '';
}
async function readFile(f, file, root, problems) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(f.file, 'utf8');
    }
    catch (e) {
        problems.push({ file, message: `cannot be read: ${e.message}` });
        return undefined;
    }
    if (f.kind === 'plan') {
        try {
            return await readPlan(JSON.parse(text), file, root, (p) => problems.push(p));
        }
        catch (e) {
            problems.push({ file, message: `not a Terraform plan: ${e.message}` });
            return undefined;
        }
    }
    try {
        const parsed = parseTemplate(text);
        const cdk = f.kind === 'cdk-template' ||
            Object.values((parsed.template.Resources ?? {})).some((r) => typeof r?.Metadata?.['aws:cdk:path'] === 'string');
        return readTemplate(parsed, file, cdk ? 'cdk' : 'cloudformation');
    }
    catch (e) {
        problems.push({
            file,
            line: e.line,
            message: `not a readable template: ${e.message}`
        });
        return undefined;
    }
}
/** A path, folder or glob → the existing paths it names, each inside the root. */
function expand(given, root, problems) {
    const isGlob = picomatch_default().scan(given).isGlob;
    if (!isGlob) {
        const resolved = external_node_path_default().resolve(root, given);
        if (!inside(resolved, root)) {
            problems.push({ file: given, message: 'is outside the repository; only paths inside it are read' });
            return [];
        }
        if (!(0,external_node_fs_.existsSync)(resolved)) {
            problems.push({ file: given, message: 'does not exist' });
            return [];
        }
        return [{ path: resolved, explicit: true }];
    }
    if (external_node_path_default().isAbsolute(given) || given.split(/[\\/]/).includes('..')) {
        problems.push({ file: given, message: 'is outside the repository; only paths inside it are read' });
        return [];
    }
    const match = picomatch_default()(given.replace(/^\.\//, ''), { dot: false });
    const out = [];
    walk(root, root, (p) => {
        if (match(relative(root, p)))
            out.push({ path: p, explicit: false });
    });
    if (out.length === 0)
        problems.push({ file: given, message: 'matches no file' });
    return out;
}
function inside(p, root) {
    const rel = external_node_path_default().relative(root, p);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}
function walk(dir, root, visit) {
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)(dir).sort();
    }
    catch {
        return;
    }
    for (const name of names) {
        if (SKIP_DIRS.has(name))
            continue;
        const p = external_node_path_default().join(dir, name);
        let isDir;
        try {
            isDir = (0,external_node_fs_.statSync)(p).isDirectory();
        }
        catch {
            continue;
        }
        visit(p, isDir);
        if (isDir && !/^asset\./.test(name))
            walk(p, root, visit);
    }
}
/** What a path holds, by format. A folder is searched; a file named explicitly that is no format is a problem. */
function discover(p, explicit, root, found, problems) {
    const stat = (0,external_node_fs_.statSync)(p);
    if (stat.isDirectory()) {
        const visit = (q, isDir) => {
            if (isDir) {
                if ((0,external_node_fs_.readdirSync)(q).some((f) => f.endsWith('.tf')))
                    found.push({ kind: 'terraform', dir: q });
            }
            else
                classify(q, false, root, found, problems);
        };
        visit(p, true);
        walk(p, root, visit);
        return;
    }
    classify(p, explicit, root, found, problems);
}
function classify(file, explicit, root, found, problems) {
    const rel = relative(root, file);
    const name = external_node_path_default().basename(file);
    if (name.endsWith('.tf')) {
        found.push({ kind: 'terraform', dir: external_node_path_default().dirname(file) });
        return;
    }
    const isJson = name.endsWith('.json');
    const isYaml = /\.(ya?ml|template|cfn)$/i.test(name);
    if (!isJson && !isYaml) {
        if (explicit)
            problems.push({ file: rel, message: 'is not Terraform, a Terraform plan, CloudFormation or CDK output' });
        return;
    }
    if (/(^|\/)cdk\.out\//.test(rel) && !name.endsWith('.template.json'))
        return; // manifest, tree, assets
    if ((0,external_node_fs_.statSync)(file).size > MAX_JSON_BYTES) {
        if (explicit)
            problems.push({ file: rel, message: 'is larger than 50 MB; not read' });
        return;
    }
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return;
    }
    if (isJson) {
        let json;
        try {
            json = JSON.parse(text);
        }
        catch (e) {
            if (explicit)
                problems.push({ file: rel, message: `not valid JSON: ${e.message}` });
            return;
        }
        if (isPlan(json))
            found.push({ kind: 'plan', file, explicit });
        else if (isTemplate(json))
            found.push({ kind: inCdkOut(file) ? 'cdk-template' : 'template', file, explicit });
        else if (explicit)
            problems.push({ file: rel, message: 'is JSON but neither a Terraform plan nor a CloudFormation template' });
        return;
    }
    // YAML: only a template is of interest (workflow files and the like are passed over when a folder is searched).
    if (!/^\s*Resources\s*:/m.test(text) || !/Type\s*:\s*['"]?AWS::/.test(text)) {
        if (explicit)
            problems.push({ file: rel, message: 'is YAML but not a CloudFormation template (no Resources of AWS:: types)' });
        return;
    }
    found.push({ kind: 'template', file, explicit });
}
function inCdkOut(file) {
    return (0,external_node_fs_.existsSync)(external_node_path_default().join(external_node_path_default().dirname(file), 'manifest.json')) && file.endsWith('.template.json');
}
/** A folder used as a local module (`source = "./modules/x"`) by another folder found is not a root module. */
function dropModuleSources(dirs) {
    const sources = new Set();
    for (const dir of dirs) {
        for (const f of (0,external_node_fs_.readdirSync)(dir).filter((n) => n.endsWith('.tf'))) {
            const text = (0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, f), 'utf8');
            for (const m of text.matchAll(/\bsource\s*=\s*"(\.{1,2}\/[^"]*)"/g))
                sources.add(external_node_path_default().resolve(dir, m[1]));
        }
    }
    return dirs.filter((d) => !sources.has(d)).sort();
}



/***/ }),

/***/ 2043:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// web-tree-sitter's CommonJS build, required from CommonJS so a bundler includes that build: its ES module build
// loads Node's `module` with a dynamic import that bundlers rewrite, and then fails inside the bundle.
/* global module, require */
// eslint-disable-next-line @typescript-eslint/no-require-imports
module.exports = __webpack_require__(551)


/***/ })

};
