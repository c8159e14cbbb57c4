// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enumkeys.h"
#include "fieldlimits.h"
#include "problemlist.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <initializer_list>
#include <optional>
#include <span>
#include <vector>

namespace warmshell {

// Reads typed fields out of parsed JSON and records every problem with its path instead of
// stopping at the first. A getter that fails returns a default and adds a Problem; the
// caller checks errors() once at the end and refuses the whole file if it is not empty.
class JsonReader
{
public:
    enum class Need { Required, Optional };

    static QString member(const QString &path, const QString &key) { return path + QLatin1Char('.') + key; }
    static QString item(const QString &path, qsizetype index)
    {
        return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    }

    void fail(const QString &path, const QString &message) { m_errors.push_back({ path, message }); }
    // Problems so far; after limits::maxProblems they are only counted (ProblemList).
    const ProblemList &errors() const { return m_errors; }
    std::vector<Problem> takeErrors() { return m_errors.take(); }

    // Reports keys of `object` not in `allowed` (misspelt or from a newer program).
    void rejectUnknownKeys(const QJsonObject &object, const QString &path, std::initializer_list<const char *> allowed);
    void rejectUnknownKeys(const QJsonObject &object, const QString &path, std::span<const char *const> allowed);

    std::optional<QJsonObject> object(const QJsonValue &value, const QString &path);
    std::optional<QJsonObject> object(const QJsonObject &parent, const QString &path, const char *key, Need need);
    QJsonArray array(const QJsonObject &parent, const QString &path, const char *key, Need need);
    QString text(const QJsonObject &parent, const QString &path, const char *key, Need need);
    QString text(const QJsonValue &value, const QString &path);
    // Null for a missing optional key or a JSON null when nullable.
    QString optionalText(const QJsonObject &parent, const QString &path, const char *key);
    double number(const QJsonObject &parent, const QString &path, const char *key, const FieldRange &range,
        std::optional<double> fallback = std::nullopt);
    int integer(const QJsonObject &parent, const QString &path, const char *key, const FieldRange &range,
        std::optional<int> fallback = std::nullopt);
    bool boolean(const QJsonObject &parent, const QString &path, const char *key, bool fallback);
    // A "YYYY-MM-DD" date; a null QDate when the key is absent and not required.
    QDate date(const QJsonObject &parent, const QString &path, const char *key, Need need);
    // A two-number array [x, y], each in `range`.
    std::optional<std::pair<double, double>> pair(
        const QJsonObject &parent, const QString &path, const char *key, const FieldRange &range);

    template <typename E>
    E enumValue(
        const QJsonObject &parent, const QString &path, const char *key, std::optional<E> fallback = std::nullopt)
    {
        const auto p = [&] { return member(path, QLatin1String(key)); };
        if (!parent.contains(QLatin1String(key))) {
            if (fallback)
                return *fallback;
            fail(p(), QStringLiteral("is missing; expected %1").arg(acceptedKeys<E>()));
            return E{};
        }
        const QJsonValue value = parent.value(QLatin1String(key));
        if (value.isString())
            if (const auto v = enumFromKey<E>(value.toString()))
                return *v;
        const QString k = text(value, p());
        if (value.isString())
            fail(p(), QStringLiteral("\"%1\" is not one of %2").arg(k.left(40), acceptedKeys<E>()));
        return fallback.value_or(E{});
    }

private:
    ProblemList m_errors;
};

// JSON type name for messages: "a string", "an array", ...
QString jsonTypeName(const QJsonValue &value);

} // namespace warmshell
