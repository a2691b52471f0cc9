// Follows NextToken until the last page. Stops on a repeated token: some endpoints echo the request's token back.
export async function collectPages<T>(
  fetchPage: (token: string | undefined) => Promise<{ items: T[]; nextToken?: string }>,
  maxPages = 1000
): Promise<T[]> {
  const items: T[] = []
  const seen = new Set<string>()
  let token: string | undefined
  for (let page = 0; page < maxPages; page++) {
    const result = await fetchPage(token)
    items.push(...result.items)
    if (!result.nextToken || seen.has(result.nextToken)) break
    seen.add(result.nextToken)
    token = result.nextToken
  }
  return items
}
