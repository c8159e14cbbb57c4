// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <chrono>
#include <cmath>

namespace warmshell {

// A moment on the steady clock by which work must end, shared by every phase of a solve and by
// every solve of a timeline, comparison or scenario run: each phase asks how many seconds are
// left (never negative) instead of carrying a budget of its own. A value; copies name the same
// moment. The default is never().
class Deadline
{
public:
    using Clock = std::chrono::steady_clock;

    Deadline() = default;
    // No deadline: secondsLeft() is +infinity, expired() is false.
    static Deadline never() { return Deadline(); }
    // `seconds` from now (≤ 0: already expired; +infinity or NaN: never()).
    static Deadline after(double seconds)
    {
        if (!(seconds < kLongest))
            return never();
        const auto span
            = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(std::max(seconds, 0.0)));
        return Deadline(Clock::now() + span);
    }

    bool isNever() const { return m_never; }
    // Seconds left from now: ≥ 0, +infinity for never().
    double secondsLeft() const
    {
        if (m_never)
            return INFINITY;
        return std::max(0.0, std::chrono::duration<double>(m_at - Clock::now()).count());
    }
    bool expired() const { return !m_never && Clock::now() >= m_at; }
    // The earlier of this deadline and `other`.
    Deadline earlier(const Deadline &other) const
    {
        if (m_never)
            return other;
        if (other.m_never)
            return *this;
        return m_at <= other.m_at ? *this : other;
    }
    // A share of what is left: `fraction` (0..1] of secondsLeft() from now, never later than
    // this deadline (never() stays never()).
    Deadline share(double fraction) const { return m_never ? *this : after(fraction * secondsLeft()); }

private:
    static constexpr double kLongest = 1e9; // seconds; anything longer is never()
    explicit Deadline(Clock::time_point at) : m_at(at), m_never(false) { }

    Clock::time_point m_at{};
    bool m_never = true;
};

} // namespace warmshell
