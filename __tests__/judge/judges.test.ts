import { describe, it, expect } from '@jest/globals'
import { judgeSelectors } from '../../src/judge/trail.js'
import { judgeTopicDelivery } from '../../src/judge/topic.js'

const mgmt = { field: 'eventCategory', equals: ['Management'] }

describe('judgeSelectors', () => {
  it('accepts WriteOnly and refuses ReadOnly basic selectors', () => {
    expect(
      judgeSelectors({
        basic: [{ readWriteType: 'WriteOnly', includeManagementEvents: true, excludeManagementEventSources: [] }],
        advanced: []
      }).managementWrite
    ).toBe(true)
    expect(
      judgeSelectors({
        basic: [{ readWriteType: 'ReadOnly', includeManagementEvents: true, excludeManagementEventSources: [] }],
        advanced: []
      }).managementWrite
    ).toBe(false)
  })

  it('refuses a selector without management events', () => {
    expect(
      judgeSelectors({
        basic: [{ readWriteType: 'All', includeManagementEvents: false, excludeManagementEventSources: [] }],
        advanced: []
      }).managementWrite
    ).toBe(false)
  })

  it('reads advanced selectors: management, read-only, and KMS filtered out', () => {
    expect(judgeSelectors({ basic: [], advanced: [{ fieldSelectors: [mgmt] }] })).toMatchObject({
      managementWrite: true,
      kmsIncluded: true
    })
    expect(
      judgeSelectors({ basic: [], advanced: [{ fieldSelectors: [mgmt, { field: 'readOnly', equals: ['true'] }] }] })
        .managementWrite
    ).toBe(false)
    expect(
      judgeSelectors({ basic: [], advanced: [{ fieldSelectors: [mgmt, { field: 'readOnly', equals: ['false'] }] }] })
        .kmsIncluded
    ).toBe(true)
    expect(
      judgeSelectors({
        basic: [],
        advanced: [{ fieldSelectors: [mgmt, { field: 'eventSource', notEquals: ['kms.amazonaws.com'] }] }]
      })
    ).toMatchObject({ managementWrite: true, kmsIncluded: false })
    expect(
      judgeSelectors({
        basic: [],
        advanced: [
          {
            fieldSelectors: [
              { field: 'eventCategory', equals: ['Data'] },
              { field: 'resources.type', equals: ['AWS::S3::Object'] }
            ]
          }
        ]
      }).managementWrite
    ).toBe(false)
  })
})

describe('judgeTopicDelivery', () => {
  it('refuses the AWS managed key, by alias or alias ARN', () => {
    expect(judgeTopicDelivery({ kmsMasterKeyId: 'alias/aws/sns' }).delivers).toBe(false)
    expect(judgeTopicDelivery({ kmsMasterKeyId: 'arn:aws:kms:us-east-1:111122223333:alias/aws/sns' }).delivers).toBe(
      false
    )
  })

  it('accepts a customer key and says which key-policy statement is needed', () => {
    const j = judgeTopicDelivery({ kmsMasterKeyId: 'arn:aws:kms:us-east-1:111122223333:key/abcd' })
    expect(j.delivers).toBe(true)
    expect(j.keyPolicyNote).toContain('cloudwatch.amazonaws.com')
  })

  it('refuses a policy that denies publishing to everyone', () => {
    const policy = JSON.stringify({
      Statement: [{ Effect: 'Deny', Principal: '*', Action: 'SNS:Publish', Resource: '*' }]
    })
    expect(judgeTopicDelivery({ policy }).delivers).toBe(false)
  })
})
