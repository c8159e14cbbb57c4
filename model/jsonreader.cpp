// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreader.h"

#include <cmath>

namespace warmshell {

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        return QStringLiteral("missing");
    }
    return QStringLiteral("unknown");
}

void JsonReader::rejectUnknownKeys(
    const QJsonObject &object, const QString &path, std::initializer_list<const char *> allowed)
{
    rejectUnknownKeys(object, path, std::span<const char *const>(allowed.begin(), allowed.size()));
}

void JsonReader::rejectUnknownKeys(const QJsonObject &object, const QString &path, std::span<const char *const> allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = false;
        for (const char *a : allowed)
            known = known || it.key() == QLatin1String(a);
        if (!known)
            fail(member(path, it.key().left(64)), QStringLiteral("is not a known field here"));
    }
}

std::optional<QJsonObject> JsonReader::object(const QJsonValue &value, const QString &path)
{
    if (!value.isObject()) {
        fail(path, QStringLiteral("must be an object, got %1").arg(jsonTypeName(value)));
        return std::nullopt;
    }
    return value.toObject();
}

std::optional<QJsonObject> JsonReader::object(
    const QJsonObject &parent, const QString &path, const char *key, Need need)
{
    const auto p = [&] { return member(path, QLatin1String(key)); };
    if (!parent.contains(QLatin1String(key))) {
        if (need == Need::Required)
            fail(p(), QStringLiteral("is missing"));
        return std::nullopt;
    }
    return object(parent.value(QLatin1String(key)), p());
}

QJsonArray JsonReader::array(const QJsonObject &parent, const QString &path, const char *key, Need need)
{
    const auto p = [&] { return member(path, QLatin1String(key)); };
    const QJsonValue v = parent.value(QLatin1String(key));
    if (v.isUndefined()) {
        if (need == Need::Required)
            fail(p(), QStringLiteral("is missing"));
        return {};
    }
    if (!v.isArray()) {
        fail(p(), QStringLiteral("must be an array, got %1").arg(jsonTypeName(v)));
        return {};
    }
    const QJsonArray a = v.toArray();
    if (a.size() > limits::maxArrayItems) {
        fail(p(), QStringLiteral("has %1 items, more than the %2 allowed").arg(a.size()).arg(limits::maxArrayItems));
        return {};
    }
    return a;
}

QString JsonReader::text(const QJsonValue &value, const QString &path)
{
    if (!value.isString()) {
        fail(path, QStringLiteral("must be a string, got %1").arg(jsonTypeName(value)));
        return {};
    }
    const QString s = value.toString();
    if (s.size() > limits::maxStringLength) {
        fail(path,
            QStringLiteral("is %1 characters long, more than the %2 allowed")
                .arg(s.size())
                .arg(limits::maxStringLength));
        return {};
    }
    return s;
}

QString JsonReader::text(const QJsonObject &parent, const QString &path, const char *key, Need need)
{
    const auto p = [&] { return member(path, QLatin1String(key)); };
    if (!parent.contains(QLatin1String(key))) {
        if (need == Need::Required)
            fail(p(), QStringLiteral("is missing"));
        return {};
    }
    const QJsonValue value = parent.value(QLatin1String(key));
    const QString s = text(value, p());
    if (need == Need::Required && value.isString() && value.toString().trimmed().isEmpty())
        fail(p(), QStringLiteral("must not be empty"));
    return s;
}

QString JsonReader::optionalText(const QJsonObject &parent, const QString &path, const char *key)
{
    const QJsonValue v = parent.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return {};
    return text(v, member(path, QLatin1String(key)));
}

double JsonReader::number(const QJsonObject &parent, const QString &path, const char *key, const FieldRange &range,
    std::optional<double> fallback)
{
    const auto p = [&] { return member(path, QLatin1String(key)); };
    const QJsonValue v = parent.value(QLatin1String(key));
    if (v.isUndefined()) {
        if (fallback)
            return *fallback;
        fail(p(), QStringLiteral("is missing"));
        return range.min;
    }
    if (!v.isDouble()) {
        fail(p(), QStringLiteral("must be a number, got %1").arg(jsonTypeName(v)));
        return range.min;
    }
    const double d = v.toDouble();
    if (!range.contains(d)) {
        fail(p(), range.violation(d));
        return range.min;
    }
    return d;
}

int JsonReader::integer(const QJsonObject &parent, const QString &path, const char *key, const FieldRange &range,
    std::optional<int> fallback)
{
    const auto p = [&] { return member(path, QLatin1String(key)); };
    const QJsonValue v = parent.value(QLatin1String(key));
    if (v.isUndefined()) {
        if (fallback)
            return *fallback;
        fail(p(), QStringLiteral("is missing"));
        return static_cast<int>(range.min);
    }
    if (!v.isDouble()) {
        fail(p(), QStringLiteral("must be a whole number, got %1").arg(jsonTypeName(v)));
        return static_cast<int>(range.min);
    }
    const double d = v.toDouble();
    if (!range.contains(d)) {
        fail(p(), range.violation(d));
        return static_cast<int>(range.min);
    }
    if (d != std::floor(d)) {
        fail(p(), QStringLiteral("must be a whole number, got %1").arg(d));
        return static_cast<int>(range.min);
    }
    return static_cast<int>(d);
}

bool JsonReader::boolean(const QJsonObject &parent, const QString &path, const char *key, bool fallback)
{
    const QJsonValue v = parent.value(QLatin1String(key));
    if (v.isUndefined())
        return fallback;
    if (!v.isBool()) {
        fail(member(path, QLatin1String(key)), QStringLiteral("must be true or false, got %1").arg(jsonTypeName(v)));
        return fallback;
    }
    return v.toBool();
}

QDate JsonReader::date(const QJsonObject &parent, const QString &path, const char *key, Need need)
{
    const auto p = [&] { return member(path, QLatin1String(key)); };
    const QJsonValue v = parent.value(QLatin1String(key));
    if (v.isUndefined() || (v.isNull() && need == Need::Optional)) {
        if (need == Need::Required)
            fail(p(), QStringLiteral("is missing; expected a date YYYY-MM-DD"));
        return {};
    }
    const QString s = text(v, p());
    if (!v.isString())
        return {};
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid() || s.size() != 10 || d.year() < 1970 || d.year() > 2200) {
        fail(p(), QStringLiteral("\"%1\" is not a date YYYY-MM-DD between 1970 and 2200").arg(s.left(40)));
        return {};
    }
    return d;
}

std::optional<std::pair<double, double>> JsonReader::pair(
    const QJsonObject &parent, const QString &path, const char *key, const FieldRange &range)
{
    const auto p = [&] { return member(path, QLatin1String(key)); };
    const QJsonValue v = parent.value(QLatin1String(key));
    if (!v.isArray() || v.toArray().size() != 2) {
        fail(p(),
            v.isUndefined() ? QStringLiteral("is missing; expected [x, y] in metres")
                            : QStringLiteral("must be an array [x, y] of two numbers, got %1").arg(jsonTypeName(v)));
        return std::nullopt;
    }
    const QJsonArray a = v.toArray();
    double xy[2] = { 0, 0 };
    bool ok = true;
    for (int i = 0; i < 2; ++i) {
        const QString ip = item(p(), i);
        if (!a[i].isDouble()) {
            fail(ip, QStringLiteral("must be a number, got %1").arg(jsonTypeName(a[i])));
            ok = false;
        } else if (!range.contains(a[i].toDouble())) {
            fail(ip, range.violation(a[i].toDouble()));
            ok = false;
        } else {
            xy[i] = a[i].toDouble();
        }
    }
    if (!ok)
        return std::nullopt;
    return std::make_pair(xy[0], xy[1]);
}

} // namespace warmshell
