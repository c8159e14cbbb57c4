// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <span>
#include <utility>

namespace warmshell {

// The file-format spelling of an enum's values. Each enum declares one table
//   constexpr std::pair<E, const char *> kE[] = {{E::A, "a"}, ...};
// and a function enumKeys(E) returning it, found by argument-dependent lookup.
template <typename E> QString keyOf(E value)
{
    for (const auto &[v, key] : enumKeys(E{}))
        if (v == value)
            return QString::fromLatin1(key);
    return {};
}

template <typename E> std::optional<E> enumFromKey(const QString &key)
{
    for (const auto &[v, k] : enumKeys(E{}))
        if (key == QLatin1String(k))
            return v;
    return std::nullopt;
}

// "a, b or c": the accepted spellings, for error messages.
template <typename E> QString acceptedKeys()
{
    QStringList keys;
    for (const auto &[v, k] : enumKeys(E{}))
        keys << QStringLiteral("\"%1\"").arg(QLatin1String(k));
    if (keys.size() < 2)
        return keys.join(QString());
    const QString last = keys.takeLast();
    return keys.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last;
}

} // namespace warmshell
