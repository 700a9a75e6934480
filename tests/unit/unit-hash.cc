/* tests/unit/unit-hash.cc -- lib/hash.h: insertion (with duplicates),
 * lookup, replacement, deletion, iteration, hash_apply, clearing and
 * destroying, the bucket array growing and shrinking, and the hash helper
 * functions' values. */
#include <hash.h>
#include <random.h>
#include <string.h>

#include "tests/kernel/ktest.h"

namespace {

#define CHECK(COND)                                        \
  do {                                                     \
    if (!(COND)) fail("line %d: %s", __LINE__, #COND);     \
  } while (0)

struct entry {
  int key;
  int value;
  bool seen;  /* Marks visits during iteration. */
  hash_elem elem;
};

constexpr int N = 1000;
entry entries[N];
entry extra[N]; /* Same keys as entries, for duplicate insertions. */

uint64_t entry_hash(const hash_elem *e, void *aux) {
  (void)aux;
  return hash_int(hash_entry(e, entry, elem)->key);
}

bool entry_less(const hash_elem *a, const hash_elem *b, void *aux) {
  (void)aux;
  return hash_entry(a, entry, elem)->key < hash_entry(b, entry, elem)->key;
}

/* A table whose hash puts everything in one bucket: lookups must still
 * be right. */
uint64_t constant_hash(const hash_elem *e, void *aux) {
  (void)e;
  (void)aux;
  return 7;
}

entry *find_key(hash *h, int key) {
  entry probe;
  probe.key = key;
  hash_elem *e = hash_find(h, &probe.elem);
  return e != NULL ? hash_entry(e, entry, elem) : NULL;
}

int apply_sum;
void add_value(hash_elem *e, void *aux) {
  (void)aux;
  apply_sum += hash_entry(e, entry, elem)->value;
}

int destroyed;
void count_destroyed(hash_elem *e, void *aux) {
  (void)aux;
  hash_entry(e, entry, elem)->value = -1;
  destroyed++;
}

/* Keys are a shuffled 0..N-1, values key * 3. */
void make_entries(void) {
  for (int i = 0; i < N; i++) entries[i].key = i;
  random_init(3);
  for (int i = N - 1; i > 0; i--) {
    int j = (int)(random_ulong() % (unsigned long)(i + 1));
    int t = entries[i].key;
    entries[i].key = entries[j].key;
    entries[j].key = t;
  }
  for (int i = 0; i < N; i++) {
    entries[i].value = entries[i].key * 3;
    extra[i].key = entries[i].key;
    extra[i].value = -entries[i].key;
  }
}

void test_insert_find(hash *h, size_t *peak_buckets) {
  CHECK(hash_empty(h) && hash_size(h) == 0);
  for (int i = 0; i < N; i++) {
    CHECK(hash_insert(h, &entries[i].elem) == NULL);
    /* A second element with the same key is refused; the first is returned. */
    CHECK(hash_insert(h, &extra[i].elem) == &entries[i].elem);
    CHECK(hash_size(h) == (size_t)i + 1);
  }
  *peak_buckets = h->bucket_cnt;
  CHECK(h->bucket_cnt >= 128);  /* Grew with the element count. */
  CHECK((h->bucket_cnt & (h->bucket_cnt - 1)) == 0);
  for (int k = 0; k < N; k++) {
    entry *e = find_key(h, k);
    CHECK(e != NULL && e->key == k && e->value == k * 3);
  }
  CHECK(find_key(h, -1) == NULL && find_key(h, N) == NULL);
}

void test_iterate(hash *h, int expected) {
  for (int i = 0; i < N; i++) entries[i].seen = false;
  hash_iterator it;
  hash_first(&it, h);
  int count = 0;
  while (hash_next(&it)) {
    entry *e = hash_entry(hash_cur(&it), entry, elem);
    CHECK(!e->seen);
    e->seen = true;
    count++;
  }
  CHECK(hash_cur(&it) == NULL);
  CHECK(count == expected);
}

void test_replace_delete(hash *h) {
  /* Replace key 5's element with its twin from extra[]. */
  int i5 = 0;
  while (entries[i5].key != 5) i5++;
  CHECK(hash_replace(h, &extra[i5].elem) == &entries[i5].elem);
  CHECK(find_key(h, 5) == &extra[i5]);
  CHECK(hash_size(h) == N);
  CHECK(hash_replace(h, &entries[i5].elem) == &extra[i5].elem);

  /* Delete every even key. */
  for (int k = 0; k < N; k += 2) {
    entry probe;
    probe.key = k;
    hash_elem *e = hash_delete(h, &probe.elem);
    CHECK(e != NULL && hash_entry(e, entry, elem)->key == k);
    CHECK(hash_delete(h, &probe.elem) == NULL);
  }
  CHECK(hash_size(h) == N / 2);
  for (int k = 0; k < N; k++) CHECK((find_key(h, k) != NULL) == (k % 2 == 1));

  /* A key missing from the table can be replaced in: it is simply added. */
  int i0 = 0;
  while (entries[i0].key != 0) i0++;
  CHECK(hash_replace(h, &entries[i0].elem) == NULL);
  CHECK(hash_size(h) == N / 2 + 1);
  CHECK(hash_delete(h, &entries[i0].elem) == &entries[i0].elem);
}

void test_single_bucket(void) {
  hash h;
  CHECK(hash_init(&h, constant_hash, entry_less, NULL));
  for (int i = 0; i < 100; i++) CHECK(hash_insert(&h, &entries[i].elem) == NULL);
  for (int i = 0; i < 100; i++) CHECK(find_key(&h, entries[i].key) == &entries[i]);
  CHECK(find_key(&h, entries[100].key) == NULL);
  test_iterate(&h, 100);
  hash_destroy(&h, NULL);
}

/* hash_clone copies a table without hashing: every element found in the
 * copy, in the source's bucket layout; the source is untouched. */
entry clones[N];
hash_elem *clone_entry(hash_elem *e, void *aux) {
  int *made = static_cast<int *>(aux);
  entry *from = hash_entry(e, entry, elem);
  entry *to = &clones[(*made)++];
  to->key = from->key;
  to->value = from->value + 1;
  return &to->elem;
}
hash_elem *refuse_entry(hash_elem *, void *) { return NULL; }

void test_clone(void) {
  hash src, dst;
  CHECK(hash_init(&src, entry_hash, entry_less, NULL));
  CHECK(hash_init(&dst, entry_hash, entry_less, NULL));
  for (int i = 0; i < N; i++) CHECK(hash_insert(&src, &entries[i].elem) == NULL);
  int made = 0;
  CHECK(hash_clone(&dst, &src, clone_entry, &made));
  CHECK(made == N && hash_size(&dst) == (size_t)N && dst.bucket_cnt == src.bucket_cnt);
  for (int i = 0; i < N; i++) {
    entry *c = find_key(&dst, entries[i].key);
    CHECK(c != NULL && c >= clones && c < clones + N && c->value == entries[i].value + 1);
    CHECK(find_key(&src, entries[i].key) == &entries[i]);
  }
  /* The copy is an ordinary table: it grows and shrinks as before. */
  for (int i = 0; i < N; i++) CHECK(hash_delete(&dst, &clones[i].elem) == &clones[i].elem);
  CHECK(hash_empty(&dst) && dst.bucket_cnt < src.bucket_cnt);
  /* A copy function that gives up stops the clone. */
  CHECK(!hash_clone(&dst, &src, refuse_entry, NULL) && hash_empty(&dst));
  hash_destroy(&dst, NULL);
  hash_destroy(&src, NULL);
}

void test_hash_functions(void) {
  /* 64-bit FNV-1a reference values. */
  CHECK(hash_string("") == 0xcbf29ce484222325ULL);
  CHECK(hash_string("a") == 0xaf63dc4c8601ec8cULL);
  CHECK(hash_string("foobar") == 0x85944171f73967e8ULL);
  CHECK(hash_bytes("foobar", 6) == hash_string("foobar"));
  CHECK(hash_bytes("foobar", 0) == hash_string(""));
  int x = 12345;
  CHECK(hash_int(x) == hash_bytes(&x, sizeof x));
  CHECK(hash_int(1) != hash_int(2));
}

void unit_hash(void) {
  msg("begin");
  make_entries();
  hash h;
  CHECK(hash_init(&h, entry_hash, entry_less, NULL));
  size_t peak;
  test_insert_find(&h, &peak);
  msg("insert and find ok");
  test_iterate(&h, N);
  msg("iteration ok");
  test_replace_delete(&h);
  CHECK(h.bucket_cnt < peak); /* Shrank with the element count. */
  msg("replace and delete ok");

  apply_sum = 0;
  hash_apply(&h, add_value);
  int want = 0;
  for (int k = 1; k < N; k += 2) want += k * 3;
  CHECK(apply_sum == want);
  msg("apply ok");

  destroyed = 0;
  hash_clear(&h, count_destroyed);
  CHECK(destroyed == N / 2 && hash_empty(&h));
  CHECK(find_key(&h, 1) == NULL);
  CHECK(hash_insert(&h, &entries[0].elem) == NULL); /* Still usable. */
  destroyed = 0;
  hash_destroy(&h, count_destroyed);
  CHECK(destroyed == 1);
  msg("clear and destroy ok");

  test_single_bucket();
  msg("single bucket ok");
  test_clone();
  msg("clone ok");
  test_hash_functions();
  msg("hash functions ok");
  msg("end");
}

}  // namespace

KERNEL_TEST("unit-hash", unit_hash);
