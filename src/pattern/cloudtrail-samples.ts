/**
 * Realistic CloudTrail records (spec §8, AWS KMS Developer Guide samples) used to build counter-examples
 * and examples. Every function returns a fresh object the caller may change.
 */

export type CloudTrailRecord = Record<string, unknown>

export const KMS_SOURCE = 'kms.amazonaws.com'
export const TARGET_EVENT_NAMES = ['DisableKey', 'ScheduleKeyDeletion'] as const
export type TargetEventName = (typeof TARGET_EVENT_NAMES)[number]

const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab'
const KEY_ARN = `arn:aws:kms:us-west-2:111122223333:key/${KEY_ID}`
const IAM_USER = {
  type: 'IAMUser',
  principalId: 'EX_PRINCIPAL_ID',
  arn: 'arn:aws:iam::111122223333:user/Alice',
  accountId: '111122223333',
  accessKeyId: 'EXAMPLE_KEY_ID',
  userName: 'Alice'
}

/** KMS guide ct-disablekey.html, unwrapped from its `Records` array. */
export function disableKeySample(): CloudTrailRecord {
  return {
    eventVersion: '1.02',
    userIdentity: { ...IAM_USER },
    eventTime: '2014-11-04T00:52:43Z',
    eventSource: KMS_SOURCE,
    eventName: 'DisableKey',
    awsRegion: 'us-east-1',
    sourceIPAddress: '192.0.2.0',
    userAgent: 'AWS Internal',
    requestParameters: { keyId: KEY_ID },
    responseElements: null,
    requestID: '12345126-30d5-4b28-98b9-9153da559963',
    eventID: 'abcde202-ba1a-467c-b4ba-f729d45ae521',
    readOnly: false,
    resources: [{ ARN: KEY_ARN, accountId: '111122223333' }],
    eventType: 'AwsApiCall',
    recipientAccountId: '111122223333'
  }
}

/** KMS guide ct-schedule-key-deletion.html, single-Region key (verbatim values). */
export function scheduleKeyDeletionSample(): CloudTrailRecord {
  return {
    eventVersion: '1.08',
    userIdentity: { ...IAM_USER },
    eventTime: '2021-03-23T18:58:30Z',
    eventSource: KMS_SOURCE,
    eventName: 'ScheduleKeyDeletion',
    awsRegion: 'us-east-1',
    sourceIPAddress: '192.0.2.0',
    userAgent: 'AWS Internal',
    requestParameters: { pendingWindowInDays: 20, keyId: KEY_ID },
    responseElements: { keyId: KEY_ARN, keyState: 'PendingDeletion', deletionDate: 'Apr 12, 2021 18:58:30 PM' },
    requestID: 'ee408f36-ea01-422b-ac14-b0f147c68334',
    eventID: '3c4226b0-1e81-48a8-a333-7fa5f3cbd118',
    readOnly: false,
    resources: [{ accountId: '111122223333', type: 'AWS::KMS::Key', ARN: KEY_ARN }],
    eventType: 'AwsApiCall',
    recipientAccountId: '111122223333'
  }
}

export function targetSample(name: TargetEventName): CloudTrailRecord {
  return name === 'DisableKey' ? disableKeySample() : scheduleKeyDeletionSample()
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
    responseElements: { keyId: KEY_ARN },
    managementEvent: true,
    eventCategory: 'Management',
    tlsDetails: {
      tlsVersion: 'TLSv1.3',
      cipherSuite: 'TLS_AES_128_GCM_SHA256',
      clientProvidedHostHeader: 'kms.us-east-1.amazonaws.com'
    },
    sessionCredentialFromConsole: 'true'
  }
}

/** A refused call: `errorCode`/`errorMessage` appear only on failures (spec §8). */
function asFailure(record: CloudTrailRecord): CloudTrailRecord {
  return {
    ...record,
    errorCode: 'KMSInvalidStateException',
    errorMessage: `${KEY_ARN} is pending deletion.`,
    responseElements: null
  }
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

/** Realistic variations of a DisableKey or ScheduleKeyDeletion record, most common first. */
export function targetVariants(name: TargetEventName): CloudTrailRecord[] {
  const base = targetSample(name)
  return [
    base,
    asAssumedRole(base),
    asFailure(base),
    asRoot(base),
    inRegion(base, 'eu-west-1'),
    byAwsService(base),
    asFailure(asAssumedRole(inRegion(base, 'ap-southeast-2'))),
    reordered(base)
  ]
}

/** Other KMS calls, the ones closest to the two targets first. */
export const OTHER_KMS_EVENT_NAMES = [
  'DisableKeyRotation',
  'CancelKeyDeletion',
  'EnableKey',
  'Decrypt',
  'Encrypt',
  'GenerateDataKey',
  'DescribeKey',
  'CreateKey',
  'PutKeyPolicy',
  'EnableKeyRotation',
  'DeleteAlias'
]

/** Non-KMS calls (source, name). */
export const OTHER_SERVICE_EVENTS: Array<[string, string]> = [
  ['s3.amazonaws.com', 'PutBucketPolicy'],
  ['iam.amazonaws.com', 'CreateAccessKey'],
  ['ec2.amazonaws.com', 'RunInstances'],
  ['cloudtrail.amazonaws.com', 'StopLogging'],
  ['sts.amazonaws.com', 'AssumeRole'],
  ['signin.amazonaws.com', 'ConsoleLogin']
]

/** A realistic record of any other call, shaped like the DisableKey sample. */
export function otherEvent(source: string, name: string): CloudTrailRecord {
  const record = disableKeySample()
  record.eventSource = source
  record.eventName = name
  record.readOnly = /^(Describe|Get|List|Decrypt|Encrypt|Generate)/.test(name)
  if (source !== KMS_SOURCE) {
    record.requestParameters = {}
    delete record.resources
  }
  return record
}
