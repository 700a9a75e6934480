/* lib/hash.h -- intrusive hash tables with chaining, Pintos style.
 *
 * Like list.h, a table owns no elements: each object embeds a
 * `struct hash_elem`, and hash_entry() converts back to the object.  The
 * table only owns its array of buckets (each a struct list), allocated with
 * malloc.  The caller supplies a hash function and a "less" function over
 * elements; two elements are equal when neither is less than the other, and
 * equal elements must hash alike.  A table holds at most one element of
 * each value.
 *
 * The bucket array grows and shrinks with the number of elements (about two
 * per bucket).  If malloc fails while resizing, the table keeps its old
 * buckets and stays correct, only slower: so hash_insert and hash_delete
 * never fail.  Only hash_init can fail, for lack of memory.
 *
 * Lookup by key: fill in the key fields of a stack object and pass its
 * hash_elem to hash_find.
 *
 * Not synchronised: the caller locks.  Any change to a table (insert,
 * replace, delete, clear) invalidates its iterators. */
#ifndef LIB_HASH_H
#define LIB_HASH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "list.h"

/* Embed one in each object that goes into a hash table. */
struct hash_elem {
  struct list_elem list_elem;
};

/* Converts HASH_ELEM, a pointer to the hash_elem member named MEMBER inside
 * a STRUCT, into a pointer to that STRUCT. */
#define hash_entry(HASH_ELEM, STRUCT, MEMBER) list_entry(HASH_ELEM, STRUCT, MEMBER)

/* The hash of element E, given auxiliary data AUX. */
typedef uint64_t hash_hash_func(const struct hash_elem *e, void *aux);
/* True if A is less than B, given AUX. */
typedef bool hash_less_func(const struct hash_elem *a, const struct hash_elem *b,
                            void *aux);
/* Something to do to element E, given AUX (for hash_clear, hash_destroy,
 * hash_apply). */
typedef void hash_action_func(struct hash_elem *e, void *aux);

struct hash {
  size_t elem_cnt;       /* Number of elements in the table. */
  size_t bucket_cnt;     /* Number of buckets: a power of 2. */
  struct list *buckets;  /* Array of bucket_cnt lists. */
  hash_hash_func *hash;  /* Hash function. */
  hash_less_func *less;  /* Comparison function. */
  void *aux;             /* Passed to hash and less. */
};

/* A position in a table, for walking every element. */
struct hash_iterator {
  struct hash *hash;        /* The table. */
  struct list *bucket;      /* Current bucket. */
  struct hash_elem *elem;   /* Current element, or NULL past the end. */
};

#ifdef __cplusplus
extern "C" {
#endif

/* Initialises H, empty, to use HASH and LESS with AUX.  Returns false if
 * the initial buckets cannot be allocated: H is then good only for
 * hash_clear and hash_destroy (which do nothing). */
bool hash_init(struct hash *h, hash_hash_func *hash, hash_less_func *less, void *aux);
/* Removes every element from H, calling DESTRUCTOR (if not NULL) on each
 * after it is removed; DESTRUCTOR may free the element's memory but must
 * not touch H.  H stays usable. */
void hash_clear(struct hash *h, hash_action_func *destructor);
/* Like hash_clear, then frees H's buckets.  H must not be used again until
 * hash_init. */
void hash_destroy(struct hash *h, hash_action_func *destructor);

/* Inserts NEW_ELEM unless an equal element is already there.  Returns that
 * existing element (NEW_ELEM not inserted), or NULL if NEW_ELEM went in. */
struct hash_elem *hash_insert(struct hash *h, struct hash_elem *new_elem);
/* Inserts NEW_ELEM, replacing any equal element, which is returned (or NULL
 * if there was none). */
struct hash_elem *hash_replace(struct hash *h, struct hash_elem *new_elem);
/* The element equal to E, or NULL.  E need not be in the table. */
struct hash_elem *hash_find(struct hash *h, struct hash_elem *e);
/* Returns a new element with the same key as E (for hash_clone), or
 * NULL to stop. */
typedef struct hash_elem *hash_copy_func(struct hash_elem *e, void *aux);
/* Makes DST, an empty table with the same hash and comparison functions
 * as SRC, hold a copy of every element of SRC, made by COPY(E, AUX).  It
 * neither hashes nor compares: DST takes SRC's bucket layout, so a table
 * of N elements is copied in N steps.  Returns false if COPY returned NULL
 * or memory was short; DST then holds the copies made so far. */
bool hash_clone(struct hash *dst, struct hash *src, hash_copy_func *copy, void *aux);

/* Removes the element equal to E and returns it, or NULL if there is none.
 * The caller frees it if need be. */
struct hash_elem *hash_delete(struct hash *h, struct hash_elem *e);
/* Calls ACTION on every element, in no particular order.  ACTION must not
 * change the table (insert, delete, ...). */
void hash_apply(struct hash *h, hash_action_func *action);

/* Iteration:
 *
 *     struct hash_iterator i;
 *     hash_first (&i, h);
 *     while (hash_next (&i)) {
 *       struct foo *f = hash_entry (hash_cur (&i), struct foo, elem);
 *       ...
 *     }
 *
 * hash_first positions I before the first element; hash_next advances and
 * returns the new current element, or NULL past the last one; hash_cur
 * returns the current element. */
void hash_first(struct hash_iterator *i, struct hash *h);
struct hash_elem *hash_next(struct hash_iterator *i);
struct hash_elem *hash_cur(struct hash_iterator *i);

/* Number of elements in H. */
size_t hash_size(struct hash *h);
/* True iff H has no elements. */
bool hash_empty(struct hash *h);

/* Hashes for building hash functions (64-bit FNV-1a). */
uint64_t hash_bytes(const void *buf, size_t size);
uint64_t hash_string(const char *s);
uint64_t hash_int(int i);

#ifdef __cplusplus
}
#endif

#endif /* LIB_HASH_H */
