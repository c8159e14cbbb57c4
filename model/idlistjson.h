// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonreader.h"

#include <QJsonArray>

#include <vector>

namespace warmshell {

// A JSON array of id strings at `path`.`key` (e.g. a tenant's reserved racks, a fabric
// domain's racks) read as ids; problems go to `r` under each item's path. Absent and `need`
// optional: empty.
template <typename IdType>
std::vector<IdType> readIdList(
    JsonReader &r, const QJsonObject &o, const QString &path, const char *key, JsonReader::Need need)
{
    std::vector<IdType> out;
    const QJsonArray list = r.array(o, path, key, need);
    for (qsizetype k = 0; k < list.size(); ++k)
        out.push_back(IdType(r.text(list[k], JsonReader::item(JsonReader::member(path, QLatin1String(key)), k))));
    return out;
}

// The ids as a JSON array of strings, in order.
template <typename IdType> QJsonArray idListToJson(const std::vector<IdType> &ids)
{
    QJsonArray out;
    for (const IdType &id : ids)
        out.append(id.toString());
    return out;
}

} // namespace warmshell
