/* tests/unit/unit-list.cc -- lib/list.h: building, walking both ways,
 * insertion, removal, splicing, reversal, stable sorting, ordered insertion,
 * de-duplication, max/min, and list_entry on a class that is not standard
 * layout. */
#include <list.h>
#include <random.h>

#include "tests/kernel/ktest.h"

namespace {

#define CHECK(COND)                                        \
  do {                                                     \
    if (!(COND)) fail("line %d: %s", __LINE__, #COND);     \
  } while (0)

struct item {
  int key;       /* Sort key. */
  int serial;    /* Original position, to check stability. */
  list_elem elem;
};

constexpr int MAX_ITEMS = 1000;
item items[MAX_ITEMS];

bool key_less(const list_elem *a, const list_elem *b, void *aux) {
  (void)aux;
  return list_entry(a, item, elem)->key < list_entry(b, item, elem)->key;
}

int key_of(list_elem *e) { return list_entry(e, item, elem)->key; }

/* Fills L with N items whose keys are KEYS[i] (serial i). */
void build(list *l, const int *keys, int n) {
  list_init(l);
  for (int i = 0; i < n; i++) {
    items[i].key = keys[i];
    items[i].serial = i;
    list_push_back(l, &items[i].elem);
  }
}

/* Fails unless L holds exactly keys KEYS[0..N), read forwards and
 * backwards. */
void expect_keys(list *l, const int *keys, int n, int line) {
  if (list_size(l) != (size_t)n) fail("line %d: size %d, expected %d", line, (int)list_size(l), n);
  int i = 0;
  for (list_elem *e = list_begin(l); e != list_end(l); e = list_next(e), i++)
    if (key_of(e) != keys[i]) fail("line %d: forward [%d] = %d, expected %d", line, i, key_of(e), keys[i]);
  for (list_elem *e = list_rbegin(l); e != list_rend(l); e = list_prev(e))
    if (key_of(e) != keys[--i]) fail("line %d: backward [%d] = %d, expected %d", line, i, key_of(e), keys[i]);
}
#define EXPECT_KEYS(L, ...)                              \
  do {                                                   \
    static const int want_[] = {__VA_ARGS__};            \
    expect_keys(L, want_, sizeof want_ / sizeof *want_, __LINE__); \
  } while (0)

void test_basics(void) {
  list l;
  list_init(&l);
  CHECK(list_empty(&l) && list_size(&l) == 0);
  CHECK(list_begin(&l) == list_end(&l) && list_rbegin(&l) == list_rend(&l));
  CHECK(list_head(&l) == list_rend(&l) && list_tail(&l) == list_end(&l));

  static const int keys[] = {1, 2, 3, 4, 5};
  build(&l, keys, 5);
  EXPECT_KEYS(&l, 1, 2, 3, 4, 5);
  CHECK(key_of(list_front(&l)) == 1 && key_of(list_back(&l)) == 5);
  CHECK(key_of(list_pop_front(&l)) == 1);
  CHECK(key_of(list_pop_back(&l)) == 5);
  EXPECT_KEYS(&l, 2, 3, 4);
  list_push_front(&l, &items[4].elem);
  list_push_back(&l, &items[0].elem);
  EXPECT_KEYS(&l, 5, 2, 3, 4, 1);

  /* list_remove returns the next element. */
  CHECK(list_remove(&items[2].elem) == &items[3].elem);
  CHECK(list_remove(&items[0].elem) == list_end(&l));
  EXPECT_KEYS(&l, 5, 2, 4);
  list_insert(&items[3].elem, &items[2].elem);
  list_insert(list_begin(&l), &items[0].elem);
  EXPECT_KEYS(&l, 1, 5, 2, 3, 4);
}

void test_splice(void) {
  static const int keys[] = {0, 1, 2, 3, 4, 5, 6, 7};
  list a, b;
  build(&a, keys, 5);           /* a: 0 1 2 3 4 */
  list_init(&b);
  for (int i = 5; i < 8; i++) {
    items[i].key = keys[i];
    list_push_back(&b, &items[i].elem);  /* b: 5 6 7 */
  }
  /* Move 1 2 3 from a to before 6 in b. */
  list_splice(&items[6].elem, &items[1].elem, &items[4].elem);
  EXPECT_KEYS(&a, 0, 4);
  EXPECT_KEYS(&b, 5, 1, 2, 3, 6, 7);
  /* An empty range does nothing. */
  list_splice(list_end(&a), &items[2].elem, &items[2].elem);
  EXPECT_KEYS(&a, 0, 4);
  /* Move all of b to the end of a. */
  list_splice(list_end(&a), list_begin(&b), list_end(&b));
  CHECK(list_empty(&b));
  EXPECT_KEYS(&a, 0, 4, 5, 1, 2, 3, 6, 7);
}

void test_reverse(void) {
  for (int n = 0; n <= 10; n++) {
    int keys[10], want[10];
    for (int i = 0; i < n; i++) keys[i] = i, want[i] = n - 1 - i;
    list l;
    build(&l, keys, n);
    list_reverse(&l);
    expect_keys(&l, want, n, __LINE__);
    list_reverse(&l);
    expect_keys(&l, keys, n, __LINE__);
  }
}

/* Fails unless L is sorted by key and, among equal keys, by serial. */
void expect_sorted_stable(list *l, int n) {
  CHECK(list_size(l) == (size_t)n);
  if (n == 0) return;
  for (list_elem *e = list_next(list_begin(l)); e != list_end(l); e = list_next(e)) {
    item *prev = list_entry(list_prev(e), item, elem), *cur = list_entry(e, item, elem);
    if (prev->key > cur->key || (prev->key == cur->key && prev->serial > cur->serial))
      fail("not sorted stably: (%d,%d) before (%d,%d)", prev->key, prev->serial, cur->key,
           cur->serial);
  }
}

void test_sort(void) {
  static int keys[MAX_ITEMS];
  random_init(1);
  list l;
  /* Every small size with few distinct keys (many ties), then big lists:
   * random, already sorted, reversed. */
  for (int n = 0; n <= 64; n++) {
    for (int i = 0; i < n; i++) keys[i] = (int)(random_ulong() % 5);
    build(&l, keys, n);
    list_sort(&l, key_less, NULL);
    expect_sorted_stable(&l, n);
  }
  for (int pattern = 0; pattern < 3; pattern++) {
    for (int i = 0; i < MAX_ITEMS; i++)
      keys[i] = pattern == 0 ? (int)(random_ulong() % 100) : pattern == 1 ? i : MAX_ITEMS - i;
    build(&l, keys, MAX_ITEMS);
    list_sort(&l, key_less, NULL);
    expect_sorted_stable(&l, MAX_ITEMS);
  }
}

void test_ordered(void) {
  list l;
  list_init(&l);
  random_init(2);
  for (int i = 0; i < 200; i++) {
    items[i].key = (int)(random_ulong() % 20);
    items[i].serial = i;
    list_insert_ordered(&l, &items[i].elem, key_less, NULL);
  }
  expect_sorted_stable(&l, 200);

  /* list_unique keeps the first of each run of equal keys. */
  list dups;
  list_init(&dups);
  list_unique(&l, &dups, key_less, NULL);
  CHECK(list_size(&l) + list_size(&dups) == 200);
  int expected_key = 0;
  for (list_elem *e = list_begin(&l); e != list_end(&l); e = list_next(e)) {
    CHECK(key_of(e) >= expected_key);
    expected_key = key_of(e) + 1;
  }
  for (list_elem *e = list_begin(&dups); e != list_end(&dups); e = list_next(e)) {
    item *d = list_entry(e, item, elem);
    bool found = false;
    for (list_elem *f = list_begin(&l); f != list_end(&l); f = list_next(f)) {
      item *k = list_entry(f, item, elem);
      if (k->key == d->key) {
        CHECK(k->serial < d->serial);
        found = true;
      }
    }
    CHECK(found);
  }
  /* Without a duplicates list the extras are just dropped. */
  static const int keys[] = {1, 1, 2, 3, 3, 3};
  build(&l, keys, 6);
  list_unique(&l, NULL, key_less, NULL);
  EXPECT_KEYS(&l, 1, 2, 3);
}

void test_max_min(void) {
  list l;
  list_init(&l);
  CHECK(list_max(&l, key_less, NULL) == list_end(&l));
  CHECK(list_min(&l, key_less, NULL) == list_end(&l));
  static const int keys[] = {3, 9, 1, 9, 1, 4};
  build(&l, keys, 6);
  CHECK(list_max(&l, key_less, NULL) == &items[1].elem);  /* First 9. */
  CHECK(list_min(&l, key_less, NULL) == &items[2].elem);  /* First 1. */
}

/* list_entry must work, without warnings, on a class that is not standard
 * layout (it has a virtual function).  Trivially destructible, so a static
 * one needs no exit-time destructor. */
class shape {
 public:
  virtual int sides() const { return n; }
  int n = 0;
  list_elem elem;
};

void test_non_standard_layout(void) {
  static shape shapes[3];
  list l;
  list_init(&l);
  for (int i = 0; i < 3; i++) {
    shapes[i].n = i + 3;
    list_push_back(&l, &shapes[i].elem);
  }
  int total = 0;
  for (list_elem *e = list_begin(&l); e != list_end(&l); e = list_next(e))
    total += list_entry(e, shape, elem)->sides();
  CHECK(total == 3 + 4 + 5);
}

void unit_list(void) {
  msg("begin");
  test_basics();
  msg("push, pop, insert, remove ok");
  test_splice();
  msg("splice ok");
  test_reverse();
  msg("reverse ok");
  test_sort();
  msg("sort ok");
  test_ordered();
  msg("insert_ordered and unique ok");
  test_max_min();
  msg("max and min ok");
  test_non_standard_layout();
  msg("list_entry on a polymorphic class ok");
  msg("end");
}

}  // namespace

KERNEL_TEST("unit-list", unit_list);
