/* lib/list.h -- intrusive doubly-linked lists, Pintos style.
 *
 * A list owns no memory.  Each object that can be on a list embeds a
 * `struct list_elem`; list_entry() turns a pointer to that member back into
 * a pointer to the object.  An element is on at most one list at a time per
 * embedded list_elem.  Because the node lives inside the object, insertion
 * never allocates and never fails.
 *
 * A list has two sentinels, a head before the first element and a tail
 * after the last, so there are no NULL checks at the ends:
 *
 *     +------+     +-------+     +-------+     +------+
 *     | head | <-> |   1   | <-> |   2   | <-> | tail |
 *     +------+     +-------+     +-------+     +------+
 *      list_rend()  list_begin()  list_rbegin()  list_end()
 *
 * Iterating:
 *
 *     for (struct list_elem *e = list_begin (&foo_list);
 *          e != list_end (&foo_list); e = list_next (e)) {
 *       struct foo *f = list_entry (e, struct foo, elem);
 *       ...
 *     }
 *
 * Lists are not synchronised: the caller locks.  Preconditions are checked
 * with ASSERT.  Removing an element leaves its own pointers unchanged, but
 * the element must not be used as a position again until re-inserted. */
#ifndef LIB_LIST_H
#define LIB_LIST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <debug.h>

/* A position in a list: embed one in each object that goes on a list. */
struct list_elem {
  struct list_elem *prev; /* Previous element (NULL for the head). */
  struct list_elem *next; /* Next element (NULL for the tail). */
};

/* A list: the two sentinels. */
struct list {
  struct list_elem head;
  struct list_elem tail;
};

/* Converts LIST_ELEM, a pointer to the list_elem member named MEMBER inside
 * a STRUCT, into a pointer to that STRUCT.  MEMBER may be a nested member
 * path (a.b).  C++ warns about offsetof on types that are not standard
 * layout (classes with virtual functions, say); the offset is still fixed
 * for them, so the warning is silenced here. */
#ifdef __cplusplus
#define list_entry(LIST_ELEM, STRUCT, MEMBER)                                 \
  (__extension__({                                                           \
    _Pragma("GCC diagnostic push")                                           \
    _Pragma("GCC diagnostic ignored \"-Winvalid-offsetof\"")                 \
    const size_t list_entry_offset_ = __builtin_offsetof(STRUCT, MEMBER);    \
    _Pragma("GCC diagnostic pop")                                            \
    (STRUCT *)((uint8_t *)(LIST_ELEM) - list_entry_offset_);                 \
  }))
#else
#define list_entry(LIST_ELEM, STRUCT, MEMBER) \
  ((STRUCT *)((uint8_t *)(LIST_ELEM) - offsetof(STRUCT, MEMBER)))
#endif

/* Returns true if A is less than B, given auxiliary data AUX. */
typedef bool list_less_func(const struct list_elem *a, const struct list_elem *b,
                            void *aux);

#ifdef __cplusplus
extern "C" {
#endif

/* Makes LIST empty.  Must be called before any other use of LIST. */
void list_init(struct list *list);

/* The O(1) operations below are inline: the scheduler, locks, malloc and
 * palloc run them on every call, and as calls they cost more than the
 * pointer updates they make.  Their preconditions are checked (ASSERT). */

/* Position kinds, for the preconditions. */
static inline bool list_is_head(const struct list_elem *e) {
  return e != NULL && e->prev == NULL && e->next != NULL;
}
static inline bool list_is_interior(const struct list_elem *e) {
  return e != NULL && e->prev != NULL && e->next != NULL;
}
static inline bool list_is_tail(const struct list_elem *e) {
  return e != NULL && e->prev != NULL && e->next == NULL;
}

/* Traversal.  list_next(E) requires E to be the head or an element;
 * list_prev(E) requires E to be an element or the tail. */
static inline struct list_elem *list_begin(struct list *list) {
  ASSERT(list != NULL);
  return list->head.next;
}
static inline struct list_elem *list_next(struct list_elem *elem) {
  ASSERT(list_is_head(elem) || list_is_interior(elem));
  return elem->next;
}
static inline struct list_elem *list_end(struct list *list) {
  ASSERT(list != NULL);
  return &list->tail;
}
static inline struct list_elem *list_rbegin(struct list *list) {
  ASSERT(list != NULL);
  return list->tail.prev;
}
static inline struct list_elem *list_prev(struct list_elem *elem) {
  ASSERT(list_is_interior(elem) || list_is_tail(elem));
  return elem->prev;
}
static inline struct list_elem *list_rend(struct list *list) {
  ASSERT(list != NULL);
  return &list->head;
}
/* The sentinels themselves: list_head(L) == list_rend(L) and list_tail(L)
 * == list_end(L). */
static inline struct list_elem *list_head(struct list *list) {
  ASSERT(list != NULL);
  return &list->head;
}
static inline struct list_elem *list_tail(struct list *list) {
  ASSERT(list != NULL);
  return &list->tail;
}

/* Inserts ELEM just before BEFORE, which is an element or a tail.  ELEM
 * must not be on a list. */
static inline void list_insert(struct list_elem *before, struct list_elem *elem) {
  ASSERT(list_is_interior(before) || list_is_tail(before));
  ASSERT(elem != NULL);
  elem->prev = before->prev;
  elem->next = before;
  before->prev->next = elem;
  before->prev = elem;
}
/* Removes the elements FIRST up to but not including LAST from their list
 * and inserts them, in order, just before BEFORE (possibly in another
 * list).  Does nothing if FIRST == LAST.  BEFORE must not lie within
 * [FIRST, LAST). */
void list_splice(struct list_elem *before, struct list_elem *first,
                 struct list_elem *last);
static inline void list_push_front(struct list *list, struct list_elem *elem) {
  list_insert(list_begin(list), elem);
}
static inline void list_push_back(struct list *list, struct list_elem *elem) {
  list_insert(list_end(list), elem);
}

/* Removes ELEM, which must be an element (not a sentinel), from its list and
 * returns the element that followed it. */
static inline struct list_elem *list_remove(struct list_elem *elem) {
  ASSERT(list_is_interior(elem));
  elem->prev->next = elem->next;
  elem->next->prev = elem->prev;
  return elem->next;
}

/* True iff LIST has no elements: O(1). */
static inline bool list_empty(struct list *list) { return list_begin(list) == list_end(list); }

/* The first/last element; LIST must not be empty. */
static inline struct list_elem *list_front(struct list *list) {
  ASSERT(!list_empty(list));
  return list->head.next;
}
static inline struct list_elem *list_back(struct list *list) {
  ASSERT(!list_empty(list));
  return list->tail.prev;
}

/* Remove and return the first/last element; LIST must not be empty. */
static inline struct list_elem *list_pop_front(struct list *list) {
  struct list_elem *front = list_front(list);
  list_remove(front);
  return front;
}
static inline struct list_elem *list_pop_back(struct list *list) {
  struct list_elem *back = list_back(list);
  list_remove(back);
  return back;
}

/* Number of elements: O(n). */
size_t list_size(struct list *list);

/* Reverses the order of LIST's elements. */
void list_reverse(struct list *list);

/* Sorts LIST by LESS (given AUX): a stable merge sort, O(n log n) time,
 * no allocation. */
void list_sort(struct list *list, list_less_func *less, void *aux);
/* Inserts ELEM into LIST, which must be sorted by LESS, keeping it sorted;
 * ELEM goes after any elements equal to it.  O(n). */
void list_insert_ordered(struct list *list, struct list_elem *elem,
                         list_less_func *less, void *aux);
/* In LIST, which must be sorted by LESS, removes each element equal to the
 * one before it (equal: neither is less than the other).  The removed
 * elements are appended to DUPLICATES if it is not NULL. */
void list_unique(struct list *list, struct list *duplicates,
                 list_less_func *less, void *aux);

/* The element with the largest/smallest value by LESS (the first such if
 * several are equal), or list_end(LIST) if LIST is empty. */
struct list_elem *list_max(struct list *list, list_less_func *less, void *aux);
struct list_elem *list_min(struct list *list, list_less_func *less, void *aux);

#ifdef __cplusplus
}
#endif

#endif /* LIB_LIST_H */
