// Linux places a new thread on its creator's processor. When the creator stays busy there, the
// thread can wait for the scheduler's next balancing tick before it moves to an idle processor:
// on a 2-core VM, half of all starts waited about 3 ms (with the other core idle), against
// 0.05 ms when started on the other processor. A render's helper thread exists to use that other
// processor at once, so it is started there. The affinity functions are GNU extensions that
// Swift's Glibc module does not import, hence this file.
#define _GNU_SOURCE
#include "CThreadPlacement.h"

#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <errno.h>

struct start {
    void *(*body)(void *);
    void *context;
#ifdef __linux__
    cpu_set_t allowed;
    int has_allowed;
#endif
};

static void *trampoline(void *argument) {
    struct start start = *(struct start *)argument;
    free(argument);
#ifdef __linux__
    // Started elsewhere; now let the scheduler move it wherever the process may run.
    if (start.has_allowed) pthread_setaffinity_np(pthread_self(), sizeof start.allowed, &start.allowed);
#endif
    return start.body(start.context);
}

int folio_start_thread_elsewhere(void *(*body)(void *), void *context) {
    struct start *start = malloc(sizeof *start);
    if (start == NULL) return ENOMEM;
    start->body = body;
    start->context = context;
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
#ifdef __linux__
    start->has_allowed = sched_getaffinity(0, sizeof start->allowed, &start->allowed) == 0;
    int current = sched_getcpu();
    if (start->has_allowed && current >= 0 && current < CPU_SETSIZE) {
        cpu_set_t elsewhere = start->allowed;
        CPU_CLR(current, &elsewhere);
        if (CPU_COUNT(&elsewhere) > 0) pthread_attr_setaffinity_np(&attributes, sizeof elsewhere, &elsewhere);
    }
#endif
    pthread_t thread;
    int status = pthread_create(&thread, &attributes, trampoline, start);
    pthread_attr_destroy(&attributes);
    if (status != 0) {
        free(start);
        return status;
    }
    pthread_detach(thread);
    return 0;
}
