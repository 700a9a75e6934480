/* tests/main.h -- the standard main() of a user test.
 *
 * tests/main.c provides main(): it sets test_name to argv[0], prints
 * "begin", seeds the random generator with 0, calls test_main() and prints
 * "end", then exits with status 0.  A test lists tests/main.c among its
 * sources and defines only test_main(). */
#ifndef TESTS_MAIN_H
#define TESTS_MAIN_H

#ifdef __cplusplus
extern "C" {
#endif

void test_main (void);

#ifdef __cplusplus
}
#endif

#endif /* TESTS_MAIN_H */
