// SNS reads for one topic: its attributes and its subscriptions (all pages).
import { GetTopicAttributesCommand, ListSubscriptionsByTopicCommand, SNSClient } from '@aws-sdk/client-sns'
import type { SubscriptionState, TopicAttributes } from '../model/state.js'
import { collectPages } from './paging.js'

export async function getTopicAttributes(client: SNSClient, topicArn: string): Promise<TopicAttributes> {
  const out = await client.send(new GetTopicAttributesCommand({ TopicArn: topicArn }))
  const attributes = out.Attributes ?? {}
  return {
    kmsMasterKeyId: attributes.KmsMasterKeyId || undefined,
    policy: attributes.Policy || undefined,
    owner: attributes.Owner || undefined
  }
}

export async function listSubscriptionsByTopic(client: SNSClient, topicArn: string): Promise<SubscriptionState[]> {
  const subscriptions = await collectPages(async (token) => {
    const out = await client.send(new ListSubscriptionsByTopicCommand({ TopicArn: topicArn, NextToken: token }))
    return { items: out.Subscriptions ?? [], nextToken: out.NextToken }
  })
  return subscriptions.map((s) => ({
    arn: s.SubscriptionArn ?? '',
    protocol: s.Protocol ?? '',
    endpoint: s.Endpoint ?? '',
    // AWS lists an unconfirmed subscription with the literal ARN "PendingConfirmation".
    confirmed: !!s.SubscriptionArn && s.SubscriptionArn.startsWith('arn:')
  }))
}
