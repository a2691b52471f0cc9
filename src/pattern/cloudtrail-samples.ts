/**
 * Realistic CloudTrail records built from a control's sample of each target call (spec §8), used to find
 * counter-examples and examples. Every function returns a fresh object the caller may change.
 */
import type { CloudTrailRecord, EventTarget } from '../controls/types.js'

export type { CloudTrailRecord, EventTarget } from '../controls/types.js'

/** `kms.amazonaws.com` → `kms.us-east-1.amazonaws.com`, the host a client calls in us-east-1. */
function regionalHost(eventSource: string, region: string): string {
  return eventSource.replace(/^([^.]+)\./, `$1.${region}.`)
}

/** The modern record shape (spec §8: assumed role, managementEvent, tlsDetails, string-typed flags). */
function asAssumedRole(record: CloudTrailRecord): CloudTrailRecord {
  return {
    ...record,
    eventVersion: '1.11',
    userIdentity: {
      type: 'AssumedRole',
      principalId: 'AROAEXAMPLEID:alice',
      arn: 'arn:aws:sts::111122223333:assumed-role/Admin/alice',
      accountId: '111122223333',
      accessKeyId: 'ASIAEXAMPLEKEY',
      sessionContext: {
        sessionIssuer: {
          type: 'Role',
          principalId: 'AROAEXAMPLEID',
          arn: 'arn:aws:iam::111122223333:role/Admin',
          accountId: '111122223333',
          userName: 'Admin'
        },
        attributes: { creationDate: '2026-01-15T09:00:00Z', mfaAuthenticated: 'false' }
      }
    },
    managementEvent: true,
    eventCategory: 'Management',
    tlsDetails: {
      tlsVersion: 'TLSv1.3',
      cipherSuite: 'TLS_AES_128_GCM_SHA256',
      clientProvidedHostHeader: regionalHost(String(record.eventSource), 'us-east-1')
    },
    sessionCredentialFromConsole: 'true'
  }
}

/** A refused call: `errorCode`/`errorMessage` appear only on failures (spec §8). */
function asFailure(record: CloudTrailRecord, target: EventTarget): CloudTrailRecord {
  return { ...record, ...target.failure, responseElements: null }
}

function asRoot(record: CloudTrailRecord): CloudTrailRecord {
  return {
    ...record,
    userIdentity: {
      type: 'Root',
      principalId: '111122223333',
      arn: 'arn:aws:iam::111122223333:root',
      accountId: '111122223333'
    }
  }
}

function inRegion(record: CloudTrailRecord, region: string): CloudTrailRecord {
  return {
    ...record,
    awsRegion: region,
    sourceIPAddress: '198.51.100.7',
    userAgent: 'aws-cli/2.15.0 Python/3.11.6 Linux/6.1 exe/x86_64'
  }
}

function byAwsService(record: CloudTrailRecord): CloudTrailRecord {
  return {
    ...record,
    userIdentity: { type: 'AWSService', invokedBy: 'cloudformation.amazonaws.com' },
    sourceIPAddress: 'cloudformation.amazonaws.com',
    userAgent: 'cloudformation.amazonaws.com'
  }
}

/** Key order differs and a value with spaces comes first: the same record to a JSON pattern, not to text patterns. */
function reordered(record: CloudTrailRecord): CloudTrailRecord {
  const { eventName, eventSource, userAgent: _userAgent, ...rest } = record
  return { userAgent: 'aws-cli/2.15.0 Python/3.11.6 Linux/6.1 exe/x86_64', ...rest, eventName, eventSource }
}

/** Realistic variations of one target call's record, most common first. */
export function targetVariants(target: EventTarget, eventName: string): CloudTrailRecord[] {
  return labelledTargetVariants(target, eventName).map((v) => v.record)
}

/** The same variations, each with what makes it different, e.g. "assumed role" (for reports that list them). */
export function labelledTargetVariants(
  target: EventTarget,
  eventName: string
): Array<{ label: string; record: CloudTrailRecord }> {
  const base = target.sample(eventName)
  const refused = `refused (${target.failure.errorCode})`
  return [
    { label: 'IAM user', record: base },
    { label: 'assumed role', record: asAssumedRole(base) },
    { label: refused, record: asFailure(base, target) },
    { label: 'root user', record: asRoot(base) },
    { label: 'another Region (eu-west-1)', record: inRegion(base, 'eu-west-1') },
    { label: 'AWS service (CloudFormation)', record: byAwsService(base) },
    {
      label: `${refused}, assumed role, ap-southeast-2`,
      record: asFailure(asAssumedRole(inRegion(base, 'ap-southeast-2')), target)
    },
    { label: 'keys in another order', record: reordered(base) }
  ]
}

/** Calls of other services (source, name), for the breadth search. */
export const OTHER_SERVICE_EVENTS: Array<[string, string]> = [
  ['s3.amazonaws.com', 'PutBucketPolicy'],
  ['iam.amazonaws.com', 'CreateAccessKey'],
  ['ec2.amazonaws.com', 'RunInstances'],
  ['cloudtrail.amazonaws.com', 'StopLogging'],
  ['sts.amazonaws.com', 'AssumeRole'],
  ['signin.amazonaws.com', 'ConsoleLogin']
]

/** A realistic record of any other call, shaped like the sample of the target's first call. */
export function otherEvent(target: EventTarget, source: string, name: string): CloudTrailRecord {
  const record = target.sample(target.eventNames[0] ?? name)
  record.eventSource = source
  record.eventName = name
  record.readOnly = /^(Describe|Get|List|Decrypt|Encrypt|Generate)/.test(name)
  if (source !== target.eventSource) {
    record.requestParameters = {}
    delete record.resources
  }
  return record
}
