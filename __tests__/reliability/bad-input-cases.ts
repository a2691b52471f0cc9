// The bad-input table: every input, each way a value can break its rule. Shared by the unit check (fast) and the
// end-to-end run of the built action (which proves no AWS request is made).
export interface BadInput {
  /** Inputs given on top of a valid base ({ 'aws-region': 'us-east-1' }). */
  inputs: Record<string, string>
  /** The input the error must name. */
  input: string
  /** What the message must say about the value. */
  problem: RegExp
}

/** Text no error message may echo (secrets inside bad subscription lines). */
export const NEVER_ECHOED = ['pw@', 'SECRET']

const long = (n: number, c = 'a') => c.repeat(n)

export const BAD_INPUTS: BadInput[] = [
  // mode, fail-on, pattern-policy
  { inputs: { mode: 'audit' }, input: 'mode', problem: /one of verify, enforce, iac, merge, matrix \(got "audit"\)/ },
  { inputs: { mode: 'Enforce' }, input: 'mode', problem: /one of verify, enforce/ },
  { inputs: { 'fail-on': 'sometimes' }, input: 'fail-on', problem: /one of fail, manual, never/ },
  { inputs: { 'pattern-policy': 'regex' }, input: 'pattern-policy', problem: /one of semantic, security-hub/ },
  // region
  { inputs: { 'aws-region': 'us_east_1' }, input: 'aws-region', problem: /AWS region code \(got "us_east_1"\)/ },
  { inputs: { 'aws-region': 'US-EAST-1' }, input: 'aws-region', problem: /AWS region code/ },
  { inputs: { 'aws-region': 'us-east-1a' }, input: 'aws-region', problem: /AWS region code/ },
  // ARNs
  { inputs: { 'role-to-assume': 'cmk-verify' }, input: 'role-to-assume', problem: /not only the role name/ },
  {
    inputs: { 'role-to-assume': 'arn:aws:iam::2222:role/cmk-verify' },
    input: 'role-to-assume',
    problem: /12-digit account/
  },
  {
    inputs: { 'role-to-assume': 'arn:aws:iam::222222222222:user/ci' },
    input: 'role-to-assume',
    problem: /not of a user/
  },
  {
    inputs: { 'role-to-assume': 'arn:aws-cn:iam::222222222222:role/x' },
    input: 'role-to-assume',
    problem: /partition aws-cn/
  },
  {
    inputs: { 'sns-topic-arn': 'arn:aws:sns:us-east-1:1234:alerts' },
    input: 'sns-topic-arn',
    problem: /ARN of a standard SNS topic/
  },
  {
    inputs: { 'sns-topic-arn': 'arn:aws:sqs:us-east-1:123456789012:alerts' },
    input: 'sns-topic-arn',
    problem: /ARN of a standard SNS topic/
  },
  {
    inputs: { 'sns-topic-arn': 'arn:aws:sns:us-east-1:123456789012:alerts.fifo' },
    input: 'sns-topic-arn',
    problem: /ARN of a standard SNS topic/
  },
  {
    inputs: { 'sns-kms-key-id': 'my key' },
    input: 'sns-kms-key-id',
    problem: /KMS key id, key ARN, alias name or alias ARN/
  },
  {
    inputs: { 'sns-kms-key-id': 'arn:aws:kms:us-east-1:1234:key/1234abcd-12ab-34cd-56ef-1234567890ab' },
    input: 'sns-kms-key-id',
    problem: /KMS key id, key ARN/
  },
  { inputs: { 'sns-kms-key-id': 'alias/aws/sns' }, input: 'sns-kms-key-id', problem: /must not be alias\/aws\/sns/ },
  // subscriptions
  {
    inputs: { subscriptions: 'pager:https://hooks.example.com/x' },
    input: 'subscriptions',
    problem: /without a known protocol/
  },
  { inputs: { subscriptions: 'secops@example.com' }, input: 'subscriptions', problem: /without a known protocol/ },
  {
    inputs: { subscriptions: 'email:secops-at-example.com' },
    input: 'subscriptions',
    problem: /malformed email endpoint/
  },
  {
    inputs: { subscriptions: 'https:http://hooks.example.com/x' },
    input: 'subscriptions',
    problem: /malformed https endpoint/
  },
  { inputs: { subscriptions: 'sms:4155550100' }, input: 'subscriptions', problem: /malformed sms endpoint/ },
  {
    inputs: { subscriptions: 'sqs:arn:aws:sns:us-east-1:123456789012:q' },
    input: 'subscriptions',
    problem: /malformed sqs endpoint/
  },
  { inputs: { subscriptions: 'lambda:notify' }, input: 'subscriptions', problem: /malformed lambda endpoint/ },
  // a bad line's secret is not echoed back: the check below also asserts the message does not contain "pw" or "SECRET"
  {
    inputs: { subscriptions: 'https:http://user:pw@hooks.example.com/SECRET' },
    input: 'subscriptions',
    problem: /malformed https endpoint \(got "http:\/\/hooks\.example\.com\/…", redacted\)/
  },
  {
    inputs: { subscriptions: 'webhook:https://user:pw@hooks.example.com/SECRET' },
    input: 'subscriptions',
    problem: /without a known protocol \(got "webhook:"\)/
  },
  // durations
  { inputs: { 'role-duration-seconds': '60' }, input: 'role-duration-seconds', problem: /900 to 43200/ },
  { inputs: { 'role-duration-seconds': '43201' }, input: 'role-duration-seconds', problem: /900 to 43200/ },
  { inputs: { 'role-duration-seconds': '1h' }, input: 'role-duration-seconds', problem: /whole number of seconds/ },
  { inputs: { 'timeout-seconds': '5' }, input: 'timeout-seconds', problem: /10 to 3600 \(got "5"\)/ },
  { inputs: { 'timeout-seconds': '3601' }, input: 'timeout-seconds', problem: /10 to 3600/ },
  { inputs: { 'timeout-seconds': '30.5' }, input: 'timeout-seconds', problem: /whole number of seconds/ },
  { inputs: { 'timeout-seconds': '-30' }, input: 'timeout-seconds', problem: /whole number of seconds/ },
  // names
  { inputs: { 'log-group-name': 'my logs' }, input: 'log-group-name', problem: /1-512 characters of letters, digits/ },
  { inputs: { 'log-group-name': long(513) }, input: 'log-group-name', problem: /1-512 characters.*513 characters/ },
  {
    inputs: { 'log-group-name': 'arn:aws:logs:us-east-1:123456789012:log-group:x' },
    input: 'log-group-name',
    problem: /not an ARN/
  },
  { inputs: { 'metric-filter-name': 'cmk:filter' }, input: 'metric-filter-name', problem: /without ":" or "\*"/ },
  {
    inputs: { 'metric-filter-name': long(513) },
    input: 'metric-filter-name',
    problem: /1-512 characters.*513 characters/
  },
  { inputs: { 'metric-name': 'CMK$Deletion' }, input: 'metric-name', problem: /without ":", "\*" or "\$"/ },
  { inputs: { 'metric-name': long(256) }, input: 'metric-name', problem: /1-255 characters.*256 characters/ },
  { inputs: { 'alarm-name': 'cmk\nalarm' }, input: 'alarm-name', problem: /no control characters/ },
  { inputs: { 'alarm-name': long(256) }, input: 'alarm-name', problem: /1-255 characters.*256 characters/ },
  { inputs: { 'sns-topic-name': 'alerts.fifo' }, input: 'sns-topic-name', problem: /letters, digits, - or _/ },
  { inputs: { 'sns-topic-name': 'security alerts' }, input: 'sns-topic-name', problem: /letters, digits, - or _/ },
  { inputs: { 'sns-topic-name': long(257) }, input: 'sns-topic-name', problem: /1-256.*257 characters/ },
  { inputs: { 'metric-namespace': 'AWS/KMS' }, input: 'metric-namespace', problem: /not starting with ":" or "AWS\/"/ },
  { inputs: { 'metric-namespace': 'CIS*Benchmark' }, input: 'metric-namespace', problem: /without ":", "\*" or "\$"/ },
  { inputs: { 'metric-namespace': 'CISBenchmärk' }, input: 'metric-namespace', problem: /printable ASCII/ },
  { inputs: { 'metric-namespace': long(256) }, input: 'metric-namespace', problem: /1-255.*256 characters/ },
  { inputs: { 'role-session-name': 'has spaces' }, input: 'role-session-name', problem: /2-64 characters/ },
  { inputs: { audience: 'sts amazonaws com' }, input: 'audience', problem: /without spaces/ },
  { inputs: { 'sarif-file': 'results/' }, input: 'sarif-file', problem: /file path/ },
  {
    inputs: { 'sarif-file': '../cmk.sarif' },
    input: 'sarif-file',
    problem: /inside the workspace .*no "\.\." out of it/
  },
  { inputs: { 'sarif-file': 'a/../../../etc/cmk.sarif' }, input: 'sarif-file', problem: /inside the workspace/ },
  { inputs: { 'sarif-file': '/etc/cmk.sarif' }, input: 'sarif-file', problem: /no absolute path elsewhere/ },
  { inputs: { 'sarif-file': '.' }, input: 'sarif-file', problem: /inside the workspace/ },
  { inputs: { 'sarif-category': 'a\u0007b' }, input: 'sarif-category', problem: /printable ASCII/ },
  {
    inputs: { mode: 'iac', paths: '../other-repo' },
    input: 'paths',
    problem: /inside the workspace.*"\.\.\/other-repo"/
  },
  { inputs: { mode: 'iac', paths: '/etc' }, input: 'paths', problem: /without "\.\." or an absolute path/ },
  { inputs: { 'pr-comment': 'maybe' }, input: 'pr-comment', problem: /true or false \(got "maybe"\)/ },
  { inputs: { 'sarif-category': long(256) }, input: 'sarif-category', problem: /1-255/ },
  // conflicts
  {
    inputs: { 'sns-topic-arn': 'arn:aws:sns:us-east-1:123456789012:alerts', 'sns-topic-name': 'alerts' },
    input: 'sns-topic-arn',
    problem: /conflicts with sns-topic-name/
  },
  // booleans
  { inputs: { 'dry-run': 'yes' }, input: 'dry-run', problem: /true or false \(got "yes"\)/ },
  { inputs: { 'role-chaining': '1' }, input: 'role-chaining', problem: /true or false/ },
  { inputs: { 'mask-account-id': 'on' }, input: 'mask-account-id', problem: /true or false/ },
  { inputs: { 'fire-drill': 'yes' }, input: 'fire-drill', problem: /true or false \(got "yes"\)/ },
  // the fire drill and the cross-check run against the account after verify
  { inputs: { mode: 'iac', 'cross-check': 'true' }, input: 'cross-check', problem: /needs mode verify or enforce/ },
  {
    inputs: { regions: 'us-east-1,eu-west-1', 'cross-check': 'true' },
    input: 'cross-check',
    problem: /runs on one account in one region: not with accounts, organization or regions/
  },
  {
    inputs: { mode: 'enforce', 'dry-run': 'true', 'fire-drill': 'true', subscriptions: 'email:sec@example.com' },
    input: 'fire-drill',
    problem: /conflicts with dry-run: true/
  },
  // tags
  { inputs: { tags: 'team' }, input: 'tags', problem: /invalid line "team"/ },
  { inputs: { tags: 'aws:team=security' }, input: 'tags', problem: /key not starting with aws:/ },
  { inputs: { tags: `${long(129)}=x` }, input: 'tags', problem: /key 1-128/ },
  { inputs: { tags: `team=${long(257)}` }, input: 'tags', problem: /value 0-256/ },
  { inputs: { tags: 'team=<script>' }, input: 'tags', problem: /invalid line/ },
  { inputs: { tags: 'managed-by=me' }, input: 'tags', problem: /must not set managed-by/ },
  // many accounts and regions, the matrix workflow
  {
    inputs: { accounts: '1111,222222222222', 'member-role': 'r' },
    input: 'accounts',
    problem: /12-digit AWS account ids.*\(got "1111"\)/
  },
  {
    inputs: { accounts: '111111111111', organization: 'true', 'member-role': 'r' },
    input: 'organization',
    problem: /conflicts with accounts/
  },
  { inputs: { organization: 'yes' }, input: 'organization', problem: /true or false \(got "yes"\)/ },
  { inputs: { regions: 'us-east-1,eu_west_1' }, input: 'regions', problem: /AWS region codes.*\(got "eu_west_1"\)/ },
  { inputs: { regions: 'us-east-1,cn-north-1' }, input: 'regions', problem: /partition aws-cn/ },
  { inputs: { accounts: '111111111111' }, input: 'member-role', problem: /is required with accounts/ },
  { inputs: { 'member-role': 'cmk-alarm-verify' }, input: 'member-role', problem: /needs accounts or organization/ },
  {
    inputs: { accounts: '111111111111', 'member-role': 'arn:aws:iam::111111111111:role/cmk-alarm-verify' },
    input: 'member-role',
    problem: /put \{account\} where the account id goes/
  },
  {
    inputs: { accounts: '111111111111', 'member-role': 'cmk alarm' },
    input: 'member-role',
    problem: /a role name .* or an ARN template/
  },
  {
    inputs: { accounts: '111111111111', 'member-role': 'arn:aws-cn:iam::{account}:role/cmk-alarm-verify' },
    input: 'member-role',
    problem: /partition aws-cn/
  },
  { inputs: { 'max-concurrency': '0' }, input: 'max-concurrency', problem: /whole number from 1 to 256 \(got "0"\)/ },
  { inputs: { 'max-concurrency': '500' }, input: 'max-concurrency', problem: /1 to 256/ },
  { inputs: { 'report-file': 'results/' }, input: 'report-file', problem: /file path, not a directory/ },
  { inputs: { 'report-file': '../run.json' }, input: 'report-file', problem: /must be a file inside the workspace/ },
  { inputs: { mode: 'merge' }, input: 'reports', problem: /is required with mode: merge/ },
  { inputs: { 'matrix-chunk-size': '0' }, input: 'matrix-chunk-size', problem: /whole number from 1 to 1000/ }
]
