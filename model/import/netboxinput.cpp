// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/netboxinput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <cmath>

namespace warmshell::netbox {

namespace {

// Fields every NetBox 3.x/4.x REST object may carry (used or deliberately ignored).
const QSet<QString> kCommonFields = { QStringLiteral("id"), QStringLiteral("url"), QStringLiteral("display_url"),
    QStringLiteral("display"), QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("comments"),
    QStringLiteral("tags"), QStringLiteral("custom_fields"), QStringLiteral("created"), QStringLiteral("last_updated"),
    QStringLiteral("tenant"), QStringLiteral("status"), QStringLiteral("owner") };

// The report lines of a paginated answer: a later page that was not saved, or a count that
// does not match the objects in the file.
void reportPaging(const QJsonObject &page, qsizetype listed, const QString &root, ProblemList &report)
{
    const QJsonValue next = page.value(QStringLiteral("next"));
    if (next.isString() && !next.toString().isEmpty())
        report.push_back({ root + QStringLiteral(".next"),
            QStringLiteral("this is one page of %1 objects (%2 in this file); the later pages (%3) are "
                           "not imported: save every page, or ask with ?limit=0")
                .arg(page.value(QStringLiteral("count")).toInteger(-1))
                .arg(listed)
                .arg(next.toString()) });
    else if (page.contains(QStringLiteral("count")) && page.value(QStringLiteral("count")).toInteger(-1) != listed
        && page.value(QStringLiteral("previous")).isNull())
        report.push_back({ root + QStringLiteral(".count"),
            QStringLiteral("says %1 objects but the file holds %2")
                .arg(page.value(QStringLiteral("count")).toInteger(-1))
                .arg(listed) });
}

} // namespace

QString member(const QString &path, const char *key)
{
    return path + QLatin1Char('.') + QLatin1String(key);
}

ItemList readList(const NetBoxInput &in, ProblemList &errors, ProblemList &report)
{
    ItemList out{ in.label, {} };
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(in.json, &pe);
    const QString root = in.label + QStringLiteral(": $");
    if (pe.error != QJsonParseError::NoError) {
        errors.push_back({ root, QStringLiteral("is not JSON: %1 at byte %2").arg(pe.errorString()).arg(pe.offset) });
        return out;
    }
    QJsonArray list;
    QString listPath = root;
    if (doc.isArray()) {
        list = doc.array();
    } else if (doc.isObject() && doc.object().value(QStringLiteral("results")).isArray()) {
        list = doc.object().value(QStringLiteral("results")).toArray();
        listPath = root + QStringLiteral(".results");
        reportPaging(doc.object(), list.size(), root, report);
    } else {
        errors.push_back({ root,
            QStringLiteral("expected a NetBox list: an object with a \"results\" array "
                           "(as the REST API returns it) or a bare array") });
        return out;
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = listPath + QStringLiteral("[%1]").arg(i);
        if (!list[i].isObject()) {
            report.push_back({ path, QStringLiteral("is not an object; skipped") });
            continue;
        }
        out.items.push_back({ list[i].toObject(), path });
    }
    return out;
}

void reportUnknownFields(const ItemList &list, const QSet<QString> &known, const char *what, ProblemList &report)
{
    QMap<QString, QStringList> seen; // field -> paths
    for (const Item &item : list.items)
        for (auto it = item.object.begin(); it != item.object.end(); ++it)
            if (!kCommonFields.contains(it.key()) && !known.contains(it.key()))
                seen[it.key()] << item.path;
    for (auto it = seen.begin(); it != seen.end(); ++it)
        report.push_back({ it->first() + QLatin1Char('.') + it.key(),
            QStringLiteral("field \"%1\" (in %2 %3 of %4) is not a NetBox %3 field WarmShell knows; ignored")
                .arg(it.key())
                .arg(it->size())
                .arg(QLatin1String(what))
                .arg(list.label) });
}

QString shortName(const QString &name, qint64 id)
{
    if (name.size() <= kMaxNameChars)
        return name;
    const QString tail = QStringLiteral("… #%1").arg(id);
    QString head = name.left(kMaxNameChars - tail.size());
    if (!head.isEmpty() && head.back().isHighSurrogate())
        head.chop(1);
    return head + tail;
}

QString joinWithin(const QStringList &items, int maxChars)
{
    // The closing words when `left` items are left out; empty when none is.
    const auto tail = [](qsizetype left) { return left ? QStringLiteral(" … and %1 more").arg(left) : QString(); };
    QString joined;
    qsizetype used = 0;
    for (; used < items.size(); ++used) {
        const QString next = used == 0 ? items[0] : QStringLiteral(", ") + items[used];
        if (joined.size() + next.size() + tail(items.size() - used - 1).size() > maxChars)
            break;
        joined += next;
    }
    if (used == 0 && !items.isEmpty()) {
        joined = items[0].left(maxChars - tail(items.size() - 1).size() - 1);
        if (!joined.isEmpty() && joined.back().isHighSurrogate())
            joined.chop(1);
        joined += QStringLiteral("…");
        used = 1;
    }
    return joined + tail(items.size() - used);
}

QString slugify(const QString &s)
{
    QString out;
    for (const QChar c : s.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out += c;
        else if (!out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("x") : out;
}

qint64 refId(const QJsonValue &v)
{
    if (v.isObject())
        return v.toObject().value(QStringLiteral("id")).toInteger(-1);
    if (v.isDouble())
        return v.toInteger(-1);
    return -1;
}

QString choice(const QJsonValue &v)
{
    if (v.isObject())
        return v.toObject().value(QStringLiteral("value")).toString();
    return v.toString();
}

QString text(const QJsonValue &v, const char *key)
{
    return v.isObject() ? v.toObject().value(QLatin1String(key)).toString() : QString();
}

double number(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().toDouble(&ok);
        return ok ? d : std::nan("");
    }
    return std::nan("");
}

} // namespace warmshell::netbox
