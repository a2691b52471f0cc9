// Regenerates the CDK fixtures: synthesizes a small CDK app into __tests__/fixtures/iac/cdk/cdk.out (the real synth
// output, committed, so the tests need no CDK). aws-cdk-lib and constructs are installed into a temporary folder, not
// into this project (set CDK_NODE_MODULES to a folder that already has them to skip the install).
//
//   node scripts/iac-cdk-fixtures.mjs
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const out = path.join(root, '__tests__', 'fixtures', 'iac', 'cdk', 'cdk.out')

const work = mkdtempSync(path.join(os.tmpdir(), 'iac-cdk-'))
let modules = process.env.CDK_NODE_MODULES
if (!modules) {
  execFileSync('npm', ['init', '-y'], { cwd: work, stdio: 'ignore' })
  execFileSync('npm', ['install', '--no-audit', '--no-fund', 'aws-cdk-lib@2', 'constructs@10'], {
    cwd: work,
    stdio: 'inherit'
  })
  modules = path.join(work, 'node_modules')
}
if (!existsSync(path.join(modules, 'aws-cdk-lib'))) throw new Error(`no aws-cdk-lib in ${modules}`)

// The app: one stack per case. CDK's own defaults are the point of several of them.
const app = `
const cdk = require(${JSON.stringify(path.join(modules, 'aws-cdk-lib'))})
const { Duration, Stack } = cdk
const cloudtrail = cdk.aws_cloudtrail
const logs = cdk.aws_logs
const cloudwatch = cdk.aws_cloudwatch
const actions = cdk.aws_cloudwatch_actions
const sns = cdk.aws_sns
const subs = cdk.aws_sns_subscriptions
const kms = cdk.aws_kms

const PATTERN = '{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }'

/** A trail into CloudWatch Logs, the filter, the alarm and the topic; options change one link. */
function chain(stack, o = {}) {
  const logGroup = new logs.LogGroup(stack, 'TrailLogs', { retention: logs.RetentionDays.ONE_YEAR })
  new cloudtrail.Trail(stack, 'Trail', {
    sendToCloudWatchLogs: true,
    cloudWatchLogGroup: logGroup,
    isMultiRegionTrail: o.multiRegion ?? true
  })
  const filter = new logs.MetricFilter(stack, 'CmkFilter', {
    logGroup,
    filterPattern: logs.FilterPattern.literal(PATTERN),
    metricNamespace: 'CISBenchmark',
    metricName: 'CMKDisableOrScheduledDeletion',
    metricValue: '1',
    defaultValue: o.defaultValue
  })
  const topic = new sns.Topic(stack, 'Alerts', o.topicProps ? o.topicProps(stack) : {})
  if (o.subscribe !== false) topic.addSubscription(new subs.EmailSubscription('secops@example.com'))
  const alarm = new cloudwatch.Alarm(stack, 'CmkAlarm', {
    metric: o.metric ? o.metric(filter) : filter.metric({ statistic: 'Sum', period: Duration.minutes(5) }),
    threshold: 1,
    evaluationPeriods: 1,
    comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING
  })
  alarm.addAlarmAction(new actions.SnsAction(topic))
}

// As the cdk CLI runs an app: construct paths in each resource's metadata (aws:cdk:path).
const app = new cdk.App({
  outdir: ${JSON.stringify(out)},
  context: { 'aws:cdk:enable-path-metadata': true, 'aws:cdk:version-reporting': false }
})
chain(new Stack(app, 'CompliantStack'))
// metric() without a statistic synthesizes Average; with defaultValue 0 every period without the event averages it away.
chain(new Stack(app, 'AverageStatisticStack'), { defaultValue: 0, metric: (f) => f.metric() })
chain(new Stack(app, 'AwsManagedKeyStack'), {
  topicProps: (s) => ({ masterKey: kms.Alias.fromAliasName(s, 'SnsManagedKey', 'alias/aws/sns') })
})
chain(new Stack(app, 'SingleRegionStack'), { multiRegion: false })
chain(new Stack(app, 'NoSubscriptionStack'), { subscribe: false })
app.synth()
`
writeFileSync(path.join(work, 'app.cjs'), app)
rmSync(out, { recursive: true, force: true })
execFileSync(process.execPath, [path.join(work, 'app.cjs')], { cwd: work, stdio: 'inherit' })
rmSync(work, { recursive: true, force: true })
console.log(`synthesized into ${path.relative(root, out)}`)
