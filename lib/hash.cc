/* lib/hash.cc -- chained hash tables (see hash.h).
 *
 * Element E lives in bucket hash(E) & (bucket_cnt - 1); each bucket is an
 * unordered list.  After every insertion the table checks its load and, if
 * the ideal bucket count (a power of two near elem_cnt / 2, at least 4) is
 * larger than the current one, moves every element into a freshly
 * allocated bucket array; after every deletion it likewise shrinks.  (So a
 * table hash_clone() gave its source's layout keeps it while it grows.)
 * If that allocation fails nothing changes: a table with too few buckets
 * is slow but correct. */
#include <hash.h>

#include <debug.h>
#include <stdlib.h>

namespace {

constexpr size_t MIN_BUCKETS = 4;
constexpr size_t BEST_ELEMS_PER_BUCKET = 2;

hash_elem *to_hash_elem(list_elem *e) { return list_entry(e, hash_elem, list_elem); }

list *find_bucket(hash *h, hash_elem *e) {
  size_t idx = (size_t)h->hash(e, h->aux) & (h->bucket_cnt - 1);
  return &h->buckets[idx];
}

/* The element of BUCKET equal to E, or NULL. */
hash_elem *find_in_bucket(hash *h, list *bucket, hash_elem *e) {
  for (list_elem *i = list_begin(bucket); i != list_end(bucket); i = list_next(i)) {
    hash_elem *he = to_hash_elem(i);
    if (!h->less(he, e, h->aux) && !h->less(e, he, h->aux)) return he;
  }
  return NULL;
}

void insert_elem(hash *h, list *bucket, hash_elem *e) {
  h->elem_cnt++;
  list_push_front(bucket, &e->list_elem);
}

void remove_elem(hash *h, hash_elem *e) {
  h->elem_cnt--;
  list_remove(&e->list_elem);
}

/* The largest power of 2 that is <= X (X > 0). */
size_t round_down_pow2(size_t x) {
  size_t p = 1;
  while (p <= x / 2) p *= 2;
  return p;
}

/* A bucket array of CNT empty buckets, or NULL when memory is short. */
list *new_buckets(size_t cnt) {
  list *buckets = (list *)malloc(sizeof *buckets * cnt);
  if (buckets != NULL)
    for (size_t i = 0; i < cnt; i++) list_init(&buckets[i]);
  return buckets;
}

/* The ideal bucket count for ELEM_CNT elements. */
size_t ideal_buckets(size_t elem_cnt) {
  size_t want = elem_cnt / BEST_ELEMS_PER_BUCKET;
  return want < MIN_BUCKETS ? MIN_BUCKETS : round_down_pow2(want);
}

enum class resize_dir { GROW, SHRINK };

/* Resizes H's bucket array to suit its element count, in direction DIR
 * only, if it can. */
void rehash(hash *h, resize_dir dir) {
  size_t want = ideal_buckets(h->elem_cnt);
  if (dir == resize_dir::GROW ? want <= h->bucket_cnt : want >= h->bucket_cnt) return;

  list *buckets = new_buckets(want);
  if (buckets == NULL) return;  /* Keep the old buckets: still correct. */

  list *old_buckets = h->buckets;
  size_t old_cnt = h->bucket_cnt;
  h->buckets = buckets;
  h->bucket_cnt = want;
  for (size_t i = 0; i < old_cnt; i++) {
    list *old = &old_buckets[i];
    while (!list_empty(old)) {
      list_elem *e = list_pop_front(old);
      list_push_front(find_bucket(h, to_hash_elem(e)), e);
    }
  }
  free(old_buckets);
}

}  // namespace

extern "C" {

bool hash_init(hash *h, hash_hash_func *hash, hash_less_func *less, void *aux) {
  ASSERT(h != NULL && hash != NULL && less != NULL);
  h->elem_cnt = 0;
  h->bucket_cnt = MIN_BUCKETS;
  h->buckets = new_buckets(h->bucket_cnt);
  h->hash = hash;
  h->less = less;
  h->aux = aux;
  if (h->buckets == NULL) {
    h->bucket_cnt = 0; /* empty: hash_clear and hash_destroy still work */
    return false;
  }
  return true;
}

void hash_clear(hash *h, hash_action_func *destructor) {
  ASSERT(h != NULL);
  for (size_t i = 0; i < h->bucket_cnt; i++) {
    list *bucket = &h->buckets[i];
    while (!list_empty(bucket)) {
      hash_elem *e = to_hash_elem(list_pop_front(bucket));
      h->elem_cnt--;
      if (destructor != NULL) destructor(e, h->aux);
    }
  }
  ASSERT(h->elem_cnt == 0);
}

void hash_destroy(hash *h, hash_action_func *destructor) {
  hash_clear(h, destructor);
  free(h->buckets);
  h->buckets = NULL;
  h->bucket_cnt = 0;
}

hash_elem *hash_insert(hash *h, hash_elem *new_elem) {
  ASSERT(h != NULL && new_elem != NULL);
  list *bucket = find_bucket(h, new_elem);
  hash_elem *old = find_in_bucket(h, bucket, new_elem);
  if (old != NULL) return old;
  insert_elem(h, bucket, new_elem);
  rehash(h, resize_dir::GROW);
  return NULL;
}

hash_elem *hash_replace(hash *h, hash_elem *new_elem) {
  ASSERT(h != NULL && new_elem != NULL);
  list *bucket = find_bucket(h, new_elem);
  hash_elem *old = find_in_bucket(h, bucket, new_elem);
  if (old != NULL) remove_elem(h, old);
  insert_elem(h, bucket, new_elem);
  rehash(h, resize_dir::GROW);
  return old;
}

bool hash_clone(hash *dst, hash *src, hash_copy_func *copy, void *aux) {
  ASSERT(dst->elem_cnt == 0 && dst->hash == src->hash && dst->less == src->less);
  if (dst->bucket_cnt != src->bucket_cnt) {
    list *buckets = new_buckets(src->bucket_cnt);
    if (buckets == NULL) return false;
    free(dst->buckets);
    dst->buckets = buckets;
    dst->bucket_cnt = src->bucket_cnt;
  }
  for (size_t i = 0; i < src->bucket_cnt; i++) {
    list *from = &src->buckets[i];
    for (list_elem *e = list_begin(from); e != list_end(from); e = list_next(e)) {
      hash_elem *c = copy(to_hash_elem(e), aux);
      if (c == NULL) return false;
      list_push_back(&dst->buckets[i], &c->list_elem);
      dst->elem_cnt++;
    }
  }
  return true;
}

hash_elem *hash_find(hash *h, hash_elem *e) {
  ASSERT(h != NULL && e != NULL);
  return find_in_bucket(h, find_bucket(h, e), e);
}

hash_elem *hash_delete(hash *h, hash_elem *e) {
  hash_elem *found = hash_find(h, e);
  if (found != NULL) {
    remove_elem(h, found);
    rehash(h, resize_dir::SHRINK);
  }
  return found;
}

void hash_apply(hash *h, hash_action_func *action) {
  ASSERT(h != NULL && action != NULL);
  for (size_t i = 0; i < h->bucket_cnt; i++) {
    list *bucket = &h->buckets[i];
    for (list_elem *e = list_begin(bucket); e != list_end(bucket);) {
      list_elem *next = list_next(e);
      action(to_hash_elem(e), h->aux);
      e = next;
    }
  }
}

void hash_first(hash_iterator *i, hash *h) {
  ASSERT(i != NULL && h != NULL);
  i->hash = h;
  i->bucket = h->buckets;
  /* "Before the first element": the first bucket's head sentinel. */
  i->elem = to_hash_elem(list_head(i->bucket));
}

hash_elem *hash_next(hash_iterator *i) {
  ASSERT(i != NULL);
  if (i->elem == NULL) return NULL;
  i->elem = to_hash_elem(list_next(&i->elem->list_elem));
  while (&i->elem->list_elem == list_end(i->bucket)) {
    if (++i->bucket == i->hash->buckets + i->hash->bucket_cnt) {
      i->elem = NULL;
      break;
    }
    i->elem = to_hash_elem(list_begin(i->bucket));
  }
  return i->elem;
}

hash_elem *hash_cur(hash_iterator *i) { return i->elem; }

size_t hash_size(hash *h) { return h->elem_cnt; }

bool hash_empty(hash *h) { return h->elem_cnt == 0; }

uint64_t hash_bytes(const void *buf_, size_t size) {
  ASSERT(buf_ != NULL || size == 0);
  const unsigned char *buf = (const unsigned char *)buf_;
  uint64_t h = 0xcbf29ce484222325ULL; /* FNV-1a 64-bit offset basis. */
  for (size_t i = 0; i < size; i++) {
    h ^= buf[i];
    h *= 0x100000001b3ULL; /* FNV 64-bit prime. */
  }
  return h;
}

uint64_t hash_string(const char *s) {
  ASSERT(s != NULL);
  uint64_t h = 0xcbf29ce484222325ULL;
  for (; *s != '\0'; s++) {
    h ^= (unsigned char)*s;
    h *= 0x100000001b3ULL;
  }
  return h;
}

uint64_t hash_int(int i) { return hash_bytes(&i, sizeof i); }

}  // extern "C"
