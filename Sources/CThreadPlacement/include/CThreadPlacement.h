#ifndef FOLIO_THREAD_PLACEMENT_H
#define FOLIO_THREAD_PLACEMENT_H

/// Starts `body(context)` on a new detached thread, on another processor than the caller's
/// when the process may run on more than one, and from then on free to run on any of them.
/// Returns 0, or the `pthread_create` error (the thread was not started).
int folio_start_thread_elsewhere(void *(*body)(void *), void *context);

#endif
