/**
 * Links between records: a model names the tasks it carries out and the targets it counts toward,
 * a story the tasks it serves. Pages show both directions from these lists.
 */

/**
 * The entry with this id. The content check guarantees every reference resolves, so a missing one
 * is a bug: it stops the build with the id in the message.
 */
export function entryById<T extends { id: string }>(entries: readonly T[], id: string): T {
  const entry = entries.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`No entry with id "${id}"`);
  return entry;
}

/** The entries whose ids a record lists (a model's tasks, a story's themes), in the entries' order. */
export function listedIn<T extends { id: string }>(
  entries: readonly T[],
  ids: readonly string[],
): T[] {
  return listedFrom(entries)(ids);
}

/**
 * listedIn for one list and many records: the list is read once, then each record's entries are
 * found by id (on a large site, every story page would otherwise go through every task).
 */
export function listedFrom<T extends { id: string }>(
  entries: readonly T[],
): (ids: readonly string[]) => T[] {
  const places = new Map<string, number[]>();
  entries.forEach((entry, place) => {
    const known = places.get(entry.id);
    if (known) known.push(place);
    else places.set(entry.id, [place]);
  });
  return (ids) =>
    [...new Set(ids)]
      .flatMap((id) => places.get(id) ?? [])
      .sort((a, b) => a - b)
      .map((place) => entries[place]!);
}

/** Targets whose sentence lies inside a task (their `textFrom`): measured within that task. */
export function targetsWithin<T extends { data: { textFrom?: string } }>(
  targets: readonly T[],
  taskId: string,
): T[] {
  return targets.filter((target) => target.data.textFrom === taskId);
}

type LinkingModel = { data: { tasks: readonly string[]; targets: readonly string[] } };
type LinkingStory = { data: { tasks: readonly string[] } };

/**
 * The other direction, on a task or target page: the models that carry the task out (or count
 * toward the target) and the stories that serve the task (stories name no targets).
 */
export function carriedOutBy<M extends LinkingModel, S extends LinkingStory>(
  item: { id: string; kind: 'task' | 'target' },
  models: readonly M[],
  stories: readonly S[],
): { models: M[]; stories: S[] } {
  return carriedOutByAll(models, stories)(item);
}

/**
 * carriedOutBy for every task and target at once: the models and stories are read once, each
 * page then finds its own (on a large site, every task page would otherwise go through every
 * model and story).
 */
export function carriedOutByAll<M extends LinkingModel, S extends LinkingStory>(
  models: readonly M[],
  stories: readonly S[],
): (item: { id: string; kind: 'task' | 'target' }) => { models: M[]; stories: S[] } {
  const naming = <R>(records: readonly R[], ids: (record: R) => readonly string[]) => {
    const byId = new Map<string, R[]>();
    for (const record of records)
      for (const id of new Set(ids(record))) {
        const known = byId.get(id);
        if (known) known.push(record);
        else byId.set(id, [record]);
      }
    return byId;
  };
  const modelsByTask = naming(models, (model) => model.data.tasks);
  const modelsByTarget = naming(models, (model) => model.data.targets);
  const storiesByTask = naming(stories, (story) => story.data.tasks);
  return (item) => ({
    models: [...((item.kind === 'task' ? modelsByTask : modelsByTarget).get(item.id) ?? [])],
    stories: item.kind === 'task' ? [...(storiesByTask.get(item.id) ?? [])] : [],
  });
}
