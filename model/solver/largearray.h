// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <new>
#include <vector>

namespace warmshell::solver {

// Backing store for the solver's arrays of several megabytes (the constraint entries and
// columns of a 5 GW site: about 70 MB). Blocks of at least kLargeArrayBytes (2 MiB) are mapped
// directly and offered to the kernel as transparent huge pages (madvise; Debian's default
// THP mode honours it), so that filling them takes one page fault per 2 MiB instead of one
// per 4 KiB — on the virtual machines this was measured on, a 4 KiB fault costs about 15 µs,
// which made first-touch faults a third of a 5 GW solve. Smaller blocks, other systems, and
// kernels that refuse the advice get ordinary memory; nothing else changes.
// Allocation failure throws std::bad_alloc, as std::allocator does.
void *allocateLargeArray(std::size_t bytes);
void releaseLargeArray(void *p, std::size_t bytes) noexcept;
inline constexpr std::size_t kLargeArrayBytes = std::size_t(2) << 20;

template <class T> struct LargeArrayAllocator
{
    using value_type = T;
    LargeArrayAllocator() = default;
    template <class U> LargeArrayAllocator(const LargeArrayAllocator<U> &) noexcept { }
    T *allocate(std::size_t n)
    {
        if (n > std::size_t(-1) / sizeof(T))
            throw std::bad_array_new_length();
        return static_cast<T *>(allocateLargeArray(n * sizeof(T)));
    }
    void deallocate(T *p, std::size_t n) noexcept { releaseLargeArray(p, n * sizeof(T)); }
    friend bool operator==(const LargeArrayAllocator &, const LargeArrayAllocator &) { return true; }
};

// A std::vector whose large buffers come from allocateLargeArray().
template <class T> using LargeVector = std::vector<T, LargeArrayAllocator<T>>;

} // namespace warmshell::solver
