// One change enforce plans or makes. Pure data: the planner produces it, apply executes it, reports render it.

export type ResourceType = 'metric-filter' | 'sns-topic' | 'topic-policy' | 'subscription' | 'alarm'

export interface Change {
  action: 'create' | 'update' | 'noop'
  type: ResourceType
  name: string
  arn: string
  region: string
  before: unknown
  after: unknown
  reason: string
}
