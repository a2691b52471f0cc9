// CloudTrail reads, translated into the pure state model.
import {
  CloudTrailClient,
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand
} from '@aws-sdk/client-cloudtrail'
import type { EventSelectors, TrailStatus } from '../model/state.js'
import { requireFields } from './answer.js'

export interface TrailDescription {
  name: string
  arn: string
  homeRegion: string
  isMultiRegion: boolean
  isOrganizationTrail: boolean
  logGroupArn?: string
  cloudWatchLogsRoleArn?: string
}

/** DescribeTrails with shadow trails: every trail that logs this region, wherever its home is. */
export async function describeTrails(client: CloudTrailClient): Promise<TrailDescription[]> {
  const out = requireFields(
    'cloudtrail:DescribeTrails',
    await client.send(new DescribeTrailsCommand({ includeShadowTrails: true })),
    'trailList'
  )
  return (out.trailList ?? []).flatMap((t) =>
    t.TrailARN && t.Name
      ? [
          {
            name: t.Name,
            arn: t.TrailARN,
            homeRegion: t.HomeRegion ?? '',
            isMultiRegion: t.IsMultiRegionTrail === true,
            isOrganizationTrail: t.IsOrganizationTrail === true,
            logGroupArn: t.CloudWatchLogsLogGroupArn || undefined,
            cloudWatchLogsRoleArn: t.CloudWatchLogsRoleArn || undefined
          }
        ]
      : []
  )
}

export async function getTrailStatus(client: CloudTrailClient, trailArn: string): Promise<TrailStatus> {
  const out = requireFields(
    'cloudtrail:GetTrailStatus',
    await client.send(new GetTrailStatusCommand({ Name: trailArn })),
    'IsLogging'
  )
  return {
    isLogging: out.IsLogging === true,
    latestCloudWatchLogsDeliveryError: out.LatestCloudWatchLogsDeliveryError || undefined,
    latestCloudWatchLogsDeliveryTime: out.LatestCloudWatchLogsDeliveryTime?.toISOString()
  }
}

export async function getEventSelectors(client: CloudTrailClient, trailArn: string): Promise<EventSelectors> {
  const out = requireFields(
    'cloudtrail:GetEventSelectors',
    await client.send(new GetEventSelectorsCommand({ TrailName: trailArn })),
    'TrailARN'
  )
  return {
    basic: (out.EventSelectors ?? []).map((s) => ({
      readWriteType: s.ReadWriteType,
      includeManagementEvents: s.IncludeManagementEvents,
      excludeManagementEventSources: s.ExcludeManagementEventSources ?? [],
      dataResources: s.DataResources?.length
        ? s.DataResources.map((d) => ({ type: d.Type ?? '', values: d.Values ?? [] }))
        : undefined
    })),
    advanced: (out.AdvancedEventSelectors ?? []).map((s) => ({
      name: s.Name,
      fieldSelectors: (s.FieldSelectors ?? []).map((f) => ({
        field: f.Field ?? '',
        equals: f.Equals,
        notEquals: f.NotEquals,
        startsWith: f.StartsWith,
        notStartsWith: f.NotStartsWith,
        endsWith: f.EndsWith,
        notEndsWith: f.NotEndsWith
      }))
    }))
  }
}
