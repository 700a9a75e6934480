/* tests/main.h -- the standard main() of a user test.
 *
 * tests/main.cc provides main(): it sets test_name to argv[0], seeds the
 * random generator with 0, prints "begin", calls test_main() and prints
 * "end", then exits with status 0.  A test program only defines
 * test_main(); a program with its own main() does not link this one. */
#ifndef TESTS_MAIN_H
#define TESTS_MAIN_H

void test_main(void);

#endif /* TESTS_MAIN_H */
