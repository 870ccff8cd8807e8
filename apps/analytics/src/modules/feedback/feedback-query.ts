/** Positional parameters of one statement: `add` returns the placeholder of the value. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * The messages of thread `t` by others that `user` has not read: posted after the user's read
 * marker (or all of them without one). Messages of a thread are strictly ordered in time (they
 * are written under the thread's lock), so one timestamp per thread and user is enough.
 */
export function unreadMessagesOf(user: string): string {
  return `analytics.feedback_message m WHERE m.thread_id = t.id AND m.author_id <> ${user}
    AND m.created_at > COALESCE((SELECT r.read_at FROM analytics.feedback_read r WHERE r.thread_id = t.id AND r.user_id = ${user}), '-infinity'::timestamptz)`;
}

/** A thread's columns with the caller's unread count, for `FROM analytics.feedback_thread t`. */
export function threadColumns(user: string): string {
  return `t.*, (SELECT count(*)::int FROM ${unreadMessagesOf(user)}) AS unread_count`;
}
