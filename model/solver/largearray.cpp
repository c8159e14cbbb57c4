// SPDX-License-Identifier: GPL-3.0-or-later
#include "largearray.h"

#if defined(__linux__) && !defined(__SANITIZE_ADDRESS__)
#include <sys/mman.h>
#define WARMSHELL_HUGE_PAGES 1
#endif

#include <cstdint>

namespace warmshell::solver {

namespace {
#ifdef WARMSHELL_HUGE_PAGES
constexpr std::size_t kHugePage = std::size_t(2) << 20;
std::size_t mappedLength(std::size_t bytes)
{
    return (bytes + kHugePage - 1) / kHugePage * kHugePage;
}
#endif
} // namespace

void *allocateLargeArray(std::size_t bytes)
{
#ifdef WARMSHELL_HUGE_PAGES
    // (Under AddressSanitizer every block comes from operator new, so it stays checked.)
    if (bytes >= kLargeArrayBytes) {
        // Map one huge page more than needed, then trim both ends so the block starts on a
        // 2 MiB boundary (the kernel only backs aligned 2 MiB ranges with huge pages).
        const std::size_t length = mappedLength(bytes);
        void *raw = mmap(nullptr, length + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (raw == MAP_FAILED)
            throw std::bad_alloc();
        const auto start = reinterpret_cast<std::uintptr_t>(raw);
        const std::uintptr_t aligned = (start + kHugePage - 1) / kHugePage * kHugePage;
        if (aligned > start)
            munmap(raw, aligned - start);
        if (const std::size_t tail = start + length + kHugePage - (aligned + length); tail > 0)
            munmap(reinterpret_cast<void *>(aligned + length), tail);
        madvise(reinterpret_cast<void *>(aligned), length, MADV_HUGEPAGE); // advice: refused is fine
        return reinterpret_cast<void *>(aligned);
    }
#endif
    return ::operator new(bytes);
}

void releaseLargeArray(void *p, std::size_t bytes) noexcept
{
#ifdef WARMSHELL_HUGE_PAGES
    if (bytes >= kLargeArrayBytes) {
        munmap(p, mappedLength(bytes));
        return;
    }
#endif
    ::operator delete(p);
}

} // namespace warmshell::solver
