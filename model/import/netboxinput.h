// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/netbox.h"
#include "problemlist.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>

#include <vector>

// Reading one saved NetBox answer: its list of objects and the shapes NetBox gives its fields.
namespace warmshell::netbox {

// One object of a saved answer and where it stands in it ("label: $.results[i]").
struct Item
{
    QJsonObject object;
    QString path;
};

// The objects of one saved answer, in file order; `label` as in NetBoxInput.
struct ItemList
{
    QString label;
    std::vector<Item> items;
};

// `path`.`key`: the report path of one field of an object.
QString member(const QString &path, const char *key);

// The objects of one saved answer: problems with the container (not JSON, not a list) go to
// `errors` and leave the list empty; a single non-object item, a later page not saved or a
// count that does not match go to `report`.
ItemList readList(const NetBoxInput &in, ProblemList &errors, ProblemList &report);

// Reports each field that is neither common to every NetBox object nor in `known`, once per
// file, with how many objects (`what`, e.g. "power feed") carry it.
void reportUnknownFields(const ItemList &list, const QSet<QString> &known, const char *what, ProblemList &report);

// NetBox names (sites, locations, racks, panels, feeds) are kept to this many characters, so
// that a name made of two of them (a hall: "site / location") stays within the file format's
// limits::maxStringLength.
constexpr int kMaxNameChars = 1000;
// Site slugs are kept to this many characters in ids ("hall-<slug>", "nb-utility-<slug>").
constexpr int kMaxSlugChars = 64;

// `name` when it has at most kMaxNameChars characters; else its start, "…" and " #<id>" (the
// NetBox id keeps shortened names apart), within kMaxNameChars.
QString shortName(const QString &name, qint64 id);

// `items` joined with ", " within `maxChars` characters: as many whole items as fit, then
// " … and N more" ("A, B, C … and 597 more"); an item too long alone is cut with "…".
QString joinWithin(const QStringList &items, int maxChars);

// Lower-case letters, digits and '-' only: NetBox slugs and names made safe for ids; "x" when
// nothing is left.
QString slugify(const QString &s);

// A nested reference {"id": 3, ...} or a bare id; -1 when absent or null.
qint64 refId(const QJsonValue &v);
// A choice field {"value": "primary", "label": "Primary"} or a bare "primary"; empty when absent.
QString choice(const QJsonValue &v);
// The string `key` of a nested object; empty when `v` is not an object.
QString text(const QJsonValue &v, const char *key);
// A number that may arrive as a JSON number or a decimal string ("415.00"); NaN when absent.
double number(const QJsonValue &v);

} // namespace warmshell::netbox
