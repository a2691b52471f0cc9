// SNS reads for one topic: its attributes and its subscriptions (all pages).
import {
  CreateTopicCommand,
  GetSubscriptionAttributesCommand,
  GetTopicAttributesCommand,
  ListSubscriptionsByTopicCommand,
  ListTagsForResourceCommand,
  SetTopicAttributesCommand,
  SNSClient,
  SubscribeCommand
} from '@aws-sdk/client-sns'
import type { SubscriptionFilter, SubscriptionState, TopicAttributes } from '../model/state.js'
import { requireFields } from './answer.js'
import { collectPages } from './paging.js'

export async function getTopicAttributes(client: SNSClient, topicArn: string): Promise<TopicAttributes> {
  const out = requireFields(
    'sns:GetTopicAttributes',
    await client.send(new GetTopicAttributesCommand({ TopicArn: topicArn })),
    'Attributes.TopicArn'
  )
  const attributes = out.Attributes ?? {}
  return {
    kmsMasterKeyId: attributes.KmsMasterKeyId || undefined,
    policy: attributes.Policy || undefined,
    owner: attributes.Owner || undefined,
    fifo: attributes.FifoTopic === 'true' || undefined
  }
}

export async function listSubscriptionsByTopic(client: SNSClient, topicArn: string): Promise<SubscriptionState[]> {
  const subscriptions = await collectPages(async (token) => {
    const out = requireFields(
      'sns:ListSubscriptionsByTopic',
      await client.send(new ListSubscriptionsByTopicCommand({ TopicArn: topicArn, NextToken: token })),
      'Subscriptions'
    )
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

/** The filter policy of one subscription (`GetSubscriptionAttributes`). */
export async function getSubscriptionFilter(client: SNSClient, subscriptionArn: string): Promise<SubscriptionFilter> {
  const out = requireFields(
    'sns:GetSubscriptionAttributes',
    await client.send(new GetSubscriptionAttributesCommand({ SubscriptionArn: subscriptionArn })),
    'Attributes.SubscriptionArn'
  )
  const attributes = out.Attributes ?? {}
  return { policy: attributes.FilterPolicy || undefined, scope: attributes.FilterPolicyScope || undefined }
}

export async function listTopicTags(client: SNSClient, topicArn: string): Promise<Record<string, string>> {
  const out = await client.send(new ListTagsForResourceCommand({ ResourceArn: topicArn }))
  return Object.fromEntries((out.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']))
}

/** CreateTopic is idempotent: an existing topic of that name is returned, not duplicated. */
export async function createTopic(
  client: SNSClient,
  spec: { name: string; kmsMasterKeyId?: string; tags: Record<string, string> }
): Promise<string> {
  const out = await client.send(
    new CreateTopicCommand({
      Name: spec.name,
      Attributes: spec.kmsMasterKeyId ? { KmsMasterKeyId: spec.kmsMasterKeyId } : undefined,
      Tags: Object.entries(spec.tags).map(([Key, Value]) => ({ Key, Value }))
    })
  )
  return out.TopicArn ?? ''
}

export async function setTopicPolicy(client: SNSClient, topicArn: string, policy: string): Promise<void> {
  await client.send(
    new SetTopicAttributesCommand({ TopicArn: topicArn, AttributeName: 'Policy', AttributeValue: policy })
  )
}

/** Subscribing an endpoint that is already subscribed returns the existing subscription (no duplicate).
 * AWS answers "pending confirmation" for a subscription that someone still has to confirm. */
export async function subscribe(
  client: SNSClient,
  topicArn: string,
  protocol: string,
  endpoint: string
): Promise<string> {
  const out = await client.send(new SubscribeCommand({ TopicArn: topicArn, Protocol: protocol, Endpoint: endpoint }))
  return out.SubscriptionArn ?? ''
}
