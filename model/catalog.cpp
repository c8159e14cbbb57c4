// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"

#include "projectfile.h"

#include <QFile>
#include <QJsonDocument>

#include <algorithm>

namespace warmshell {

namespace {
struct BuiltIn
{
    Catalog catalog;
    std::vector<Problem> errors;
};

const BuiltIn &builtInData()
{
    static const BuiltIn data = [] {
        BuiltIn b;
        QFile file(QStringLiteral(":/warmshell/catalog.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            b.errors.push_back({ QStringLiteral("$"), QStringLiteral("the built-in catalog resource is missing") });
            return b;
        }
        b.catalog = Catalog::parse(file.readAll(), b.errors);
        return b;
    }();
    return data;
}
} // namespace

const Catalog &Catalog::builtIn()
{
    return builtInData().catalog;
}
const std::vector<Problem> &Catalog::builtInErrors()
{
    return builtInData().errors;
}

Catalog Catalog::parse(const QByteArray &bytes, std::vector<Problem> &errors)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        errors.push_back(
            { QStringLiteral("$"), QStringLiteral("not a valid catalog: %1").arg(parseError.errorString()) });
        return {};
    }
    const QJsonObject root = doc.object();
    JsonReader r;
    r.rejectUnknownKeys(root, QStringLiteral("$"), { "format", "formatVersion", "models" });
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("warmshell-catalog"))
        r.fail(QStringLiteral("$.format"), QStringLiteral("must be \"warmshell-catalog\""));
    std::vector<SystemModel> models;
    const QJsonArray list = r.array(root, QStringLiteral("$"), "models", JsonReader::Need::Required);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = JsonReader::item(QStringLiteral("$.models"), i);
        auto m = readSystemModel(r, list[i], path);
        if (!m)
            continue;
        if (std::any_of(models.begin(), models.end(), [&](const SystemModel &other) { return other.id == m->id; }))
            r.fail(JsonReader::member(path, QStringLiteral("id")),
                QStringLiteral("\"%1\" appears twice").arg(m->id.toString()));
        models.push_back(std::move(*m));
    }
    auto found = r.takeErrors();
    errors.insert(errors.end(), found.begin(), found.end());
    return found.empty() ? Catalog(std::move(models)) : Catalog();
}

const SystemModel *Catalog::find(const SystemModelId &id) const
{
    const auto it = std::find_if(m_models.begin(), m_models.end(), [&](const SystemModel &m) { return m.id == id; });
    return it == m_models.end() ? nullptr : &*it;
}

} // namespace warmshell
