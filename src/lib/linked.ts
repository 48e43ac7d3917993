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
  return entries.filter((entry) => ids.includes(entry.id));
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
  return {
    models: models.filter((model) =>
      (item.kind === 'task' ? model.data.tasks : model.data.targets).includes(item.id),
    ),
    stories:
      item.kind === 'task' ? stories.filter((story) => story.data.tasks.includes(item.id)) : [],
  };
}
