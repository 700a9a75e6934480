/* lib/list.cc -- intrusive doubly-linked lists (see list.h).
 *
 * Every operation is a few pointer updates between neighbours; only
 * list_size, the ordered operations and list_sort walk the list. */
#include <list.h>

#include <debug.h>

namespace {

void swap(list_elem **a, list_elem **b) {
  list_elem *t = *a;
  *a = *b;
  *b = t;
}

/* The element after the non-decreasing run that starts at A (at most up to
 * END): the first element that is less than its predecessor, or END. */
list_elem *end_of_run(list_elem *a, list_elem *end, list_less_func *less, void *aux) {
  ASSERT(a != end);
  list_elem *prev = a;
  for (list_elem *e = list_next(a); e != end; e = list_next(e)) {
    if (less(e, prev, aux)) return e;
    prev = e;
  }
  return end;
}

/* Merges the sorted runs [A0, A1B0) and [A1B0, B1), which are adjacent in
 * one list, into one sorted run ending just before B1.  On ties the element
 * of the first run stays first, which keeps the sort stable. */
void merge_runs(list_elem *a0, list_elem *a1b0, list_elem *b1, list_less_func *less,
                void *aux) {
  while (a0 != a1b0 && a1b0 != b1) {
    if (less(a1b0, a0, aux)) {
      list_elem *moved = a1b0;
      a1b0 = list_next(a1b0);
      list_remove(moved);
      list_insert(a0, moved);
    } else {
      a0 = list_next(a0);
    }
  }
}

[[maybe_unused]] bool is_sorted(list_elem *a, list_elem *end, list_less_func *less, void *aux) {
  if (a == end) return true;
  for (list_elem *e = list_next(a); e != end; a = e, e = list_next(e))
    if (less(e, a, aux)) return false;
  return true;
}

}  // namespace

extern "C" {

void list_init(list *l) {
  ASSERT(l != NULL);
  l->head.prev = NULL;
  l->head.next = &l->tail;
  l->tail.prev = &l->head;
  l->tail.next = NULL;
}

void list_splice(list_elem *before, list_elem *first, list_elem *last) {
  ASSERT(list_is_interior(before) || list_is_tail(before));
  if (first == last) return;
  ASSERT(list_is_interior(first));
  last = list_prev(last);
  ASSERT(list_is_interior(last));

  /* Unlink [FIRST, LAST] from its list... */
  first->prev->next = last->next;
  last->next->prev = first->prev;
  /* ...and link it in before BEFORE. */
  first->prev = before->prev;
  last->next = before;
  before->prev->next = first;
  before->prev = last;
}

size_t list_size(list *l) {
  size_t n = 0;
  for (list_elem *e = list_begin(l); e != list_end(l); e = list_next(e)) n++;
  return n;
}

void list_reverse(list *l) {
  if (list_empty(l)) return;
  /* Swap each element's links; the old prev is now the way forward. */
  for (list_elem *e = list_begin(l); e != list_end(l); e = e->prev) swap(&e->prev, &e->next);
  /* Then the sentinels' links, and the end elements' links to them. */
  swap(&l->head.next, &l->tail.prev);
  swap(&l->head.next->prev, &l->tail.prev->next);
}

void list_sort(list *l, list_less_func *less, void *aux) {
  ASSERT(l != NULL && less != NULL);
  /* Natural merge sort: each pass merges neighbouring sorted runs pairwise,
   * halving the number of runs, until one run is left. */
  size_t runs;
  do {
    runs = 0;
    list_elem *a0 = list_begin(l);
    while (a0 != list_end(l)) {
      runs++;
      list_elem *a1b0 = end_of_run(a0, list_end(l), less, aux);
      if (a1b0 == list_end(l)) break;
      list_elem *b1 = end_of_run(a1b0, list_end(l), less, aux);
      merge_runs(a0, a1b0, b1, less, aux);
      a0 = b1;
    }
  } while (runs > 1);
  ASSERT(is_sorted(list_begin(l), list_end(l), less, aux));
}

void list_insert_ordered(list *l, list_elem *e, list_less_func *less, void *aux) {
  ASSERT(l != NULL && e != NULL && less != NULL);
  list_elem *pos = list_begin(l);
  while (pos != list_end(l) && !less(e, pos, aux)) pos = list_next(pos);
  list_insert(pos, e);
}

void list_unique(list *l, list *duplicates, list_less_func *less, void *aux) {
  ASSERT(l != NULL && less != NULL);
  if (list_empty(l)) return;
  list_elem *e = list_begin(l);
  list_elem *next;
  while ((next = list_next(e)) != list_end(l)) {
    if (!less(e, next, aux) && !less(next, e, aux)) {
      list_remove(next);
      if (duplicates != NULL) list_push_back(duplicates, next);
    } else {
      e = next;
    }
  }
}

list_elem *list_max(list *l, list_less_func *less, void *aux) {
  list_elem *max = list_begin(l);
  if (max == list_end(l)) return max;
  for (list_elem *e = list_next(max); e != list_end(l); e = list_next(e))
    if (less(max, e, aux)) max = e;
  return max;
}

list_elem *list_min(list *l, list_less_func *less, void *aux) {
  list_elem *min = list_begin(l);
  if (min == list_end(l)) return min;
  for (list_elem *e = list_next(min); e != list_end(l); e = list_next(e))
    if (less(e, min, aux)) min = e;
  return min;
}

}  // extern "C"
