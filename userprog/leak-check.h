/* userprog/leak-check.h -- did the user programs give everything back?
 *
 * leak_check_baseline() records, just before the command-line actions run,
 * what is in use: user frames, kernel pages, malloc bytes, files held open
 * by the userprog layer.  leak_check_report(), at shutdown, compares and
 * prints one line containing "FAIL" per kind of resource that grew, e.g.
 *     Leak check FAIL: 3 user frames not freed
 * and nothing when all is well.
 *
 * Why these comparisons are exact: when no user process is alive, every
 * user frame is free again; kernel pages and malloc blocks taken after the
 * baseline by processes (page tables, thread stacks, process records, fd
 * tables, struct files, inodes) are all freed at exit; malloc gives an
 * arena back to palloc when its last block goes.  The file system caches
 * nothing beyond open inodes (freed with their last opener) and is
 * unmounted (filesys_done) before the report; any cache added later must
 * be flushed by then or accounted for here.
 *
 * If user processes are still running at the report (halt() from a
 * program, or orphans still running at power-off), or threads started
 * since the baseline are still alive (a process being created when the
 * kernel powers off, e.g. while process_wait() does not wait yet), their
 * resources are legitimately in use: the check says so and compares
 * nothing. */
#ifndef USERPROG_LEAK_CHECK_H
#define USERPROG_LEAK_CHECK_H

void leak_check_baseline(void);
void leak_check_report(void);

#endif /* USERPROG_LEAK_CHECK_H */
