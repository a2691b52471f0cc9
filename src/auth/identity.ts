// Which identity ran the check: the `aws-account-id` and `authenticated-arn` outputs, one log line, and the label
// of the job summary. With mask-account-id, the account id is masked before any of these prints it.
import * as core from '@actions/core'
import type { Report } from '../model/report.js'
import { toLogLine, toSingleLine, truncate } from '../report/redact.js'
import type { Settings } from '../settings.js'
import type { AuthResult } from './types.js'

export interface IdentityOut {
  setSecret(value: string): void
  setOutput(name: string, value: string): void
  info(message: string): void
}

const coreOut: IdentityOut = {
  setSecret: (v) => core.setSecret(v),
  setOutput: (n, v) => core.setOutput(n, v),
  info: (m) => core.info(m)
}

/** An identity output: one line, no control character, bounded (an ARN is at most 2,048 characters). */
const MAX_IDENTITY_CHARS = 2_048
const outputValue = (s: string): string => truncate(toSingleLine(s), MAX_IDENTITY_CHARS)

/**
 * GetCallerIdentity (report.identity, read by discovery) first; when that was refused, what STS said when the role
 * was assumed. Returns the summary's identity label (undefined: the summary shows report.identity itself).
 */
export function publishIdentity(
  report: Pick<Report, 'identity'>,
  auth: Pick<AuthResult, 'method' | 'roleArn' | 'assumedRoleArn' | 'account'>,
  settings: Pick<Settings, 'maskAccountId'>,
  out: IdentityOut = coreOut
): string | undefined {
  const account = report.identity?.account || auth.account || ''
  const arn = report.identity?.arn || auth.assumedRoleArn || ''
  if (settings.maskAccountId && account) out.setSecret(account)
  // The identity is data from AWS like any name (an IAM path may hold `##[stop-commands]`, a hostile STS answer a
  // newline): one line in the outputs, escaped in the log; the summary escapes the label it returns.
  out.setOutput('aws-account-id', outputValue(account))
  out.setOutput('authenticated-arn', outputValue(arn))
  if (!arn && !account) {
    out.info('Could not tell which identity ran the check (sts:GetCallerIdentity was refused).')
    return undefined
  }
  const how =
    auth.method === 'oidc'
      ? `, role ${auth.roleArn} assumed with GitHub OIDC`
      : auth.method === 'assume-role'
        ? `, role ${auth.roleArn} assumed with role-chaining`
        : ''
  const label = `${arn || '(unknown ARN)'} (account ${account || 'unknown'}${how})`
  out.info(toLogLine(`Checked as ${truncate(label, 3 * MAX_IDENTITY_CHARS)}.`))
  return auth.method === 'default' && report.identity ? undefined : label
}
