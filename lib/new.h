/* lib/new.h -- placement new for freestanding C++.
 *
 * The hosted <new> header is not available (-nostdinc), so this supplies the
 * non-allocating forms:  `new (buffer) T(args)` constructs a T in memory the
 * caller already owns.  The allocating operator new/delete are defined by
 * the kernel (kernel/malloc.cc) and the user library.  C++ only. */
#ifndef LIB_NEW_H
#define LIB_NEW_H

#ifdef __cplusplus
#include <stddef.h>

/* libstdc++'s <new> defines these too; if it was somehow included first,
 * its definitions stand. */
#ifndef _NEW
inline void *operator new(size_t, void *place) noexcept { return place; }
inline void *operator new[](size_t, void *place) noexcept { return place; }
inline void operator delete(void *, void *) noexcept {}
inline void operator delete[](void *, void *) noexcept {}
#endif
#endif /* __cplusplus */

#endif /* LIB_NEW_H */
