// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"

#include "fieldlimits.h"
#include "projectfile.h"

#include <QFile>
#include <QJsonDocument>

#include <algorithm>

namespace warmshell {

namespace {

// The range of each quantity's figures: efficiency (0, 1], draw [0, 2] kW/kW, COP (0, 20],
// PUE [1, 5].
FieldRange quantityRange(FacilityFigure::Quantity quantity)
{
    switch (quantity) {
    case FacilityFigure::Quantity::Efficiency:
        return limits::efficiency;
    case FacilityFigure::Quantity::DrawKwPerKw:
        return limits::coolingDrawPerKw;
    case FacilityFigure::Quantity::Cop:
        return { 0, 20, "", true };
    case FacilityFigure::Quantity::Pue:
        return { 1, 5, "" };
    }
    return limits::efficiency;
}

std::optional<FacilityFigure> readFacilityFigure(JsonReader &r, const QJsonValue &value, const QString &p)
{
    const auto o = r.object(value, p);
    if (!o)
        return std::nullopt;
    r.rejectUnknownKeys(*o, p, { "id", "name", "quantity", "appliesTo", "typical", "low", "high", "source" });
    FacilityFigure f;
    f.id = r.text(*o, p, "id", JsonReader::Need::Required);
    f.name = r.text(*o, p, "name", JsonReader::Need::Required);
    f.quantity = r.enumValue<FacilityFigure::Quantity>(*o, p, "quantity");
    const QJsonArray kinds = r.array(*o, p, "appliesTo", JsonReader::Need::Required);
    for (qsizetype i = 0; i < kinds.size(); ++i)
        f.appliesTo << r.text(kinds[i], JsonReader::item(JsonReader::member(p, QStringLiteral("appliesTo")), i));
    const FieldRange range = quantityRange(f.quantity);
    f.typical = r.number(*o, p, "typical", range);
    f.low = r.number(*o, p, "low", range);
    f.high = r.number(*o, p, "high", range);
    if (!(f.low <= f.typical && f.typical <= f.high))
        r.fail(JsonReader::member(p, QStringLiteral("typical")), QStringLiteral("must lie between low and high"));
    const QString sp = JsonReader::member(p, QStringLiteral("source"));
    if (const auto so = r.object(*o, p, "source", JsonReader::Need::Required)) {
        r.rejectUnknownKeys(*so, sp, { "source", "confidence", "note" });
        f.source = { r.text(*so, sp, "source", JsonReader::Need::Required),
            r.text(*so, sp, "confidence", JsonReader::Need::Required),
            r.text(*so, sp, "note", JsonReader::Need::Optional) };
        if (!QStringList{ QStringLiteral("DS"), QStringLiteral("R"), QStringLiteral("E") }.contains(
                f.source.confidence))
            r.fail(JsonReader::member(sp, QStringLiteral("confidence")), QStringLiteral("must be DS, R or E"));
    }
    return f;
}

std::vector<FacilityFigure> readFacilityFigures(JsonReader &r, const QJsonObject &root)
{
    std::vector<FacilityFigure> figures;
    const QJsonArray list = r.array(root, QStringLiteral("$"), "facilityFigures", JsonReader::Need::Optional);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = JsonReader::item(QStringLiteral("$.facilityFigures"), i);
        auto f = readFacilityFigure(r, list[i], path);
        if (!f)
            continue;
        if (std::any_of(figures.begin(), figures.end(), [&](const FacilityFigure &other) { return other.id == f->id; }))
            r.fail(JsonReader::member(path, QStringLiteral("id")), QStringLiteral("\"%1\" appears twice").arg(f->id));
        figures.push_back(std::move(*f));
    }
    return figures;
}

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
    r.rejectUnknownKeys(root, QStringLiteral("$"), { "format", "formatVersion", "models", "facilityFigures" });
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
    std::vector<FacilityFigure> figures = readFacilityFigures(r, root);
    auto found = r.takeErrors();
    errors.insert(errors.end(), found.begin(), found.end());
    return found.empty() ? Catalog(std::move(models), std::move(figures)) : Catalog();
}

const FacilityFigure *Catalog::facilityFigure(const QString &id) const
{
    const auto it = std::find_if(
        m_facilityFigures.begin(), m_facilityFigures.end(), [&](const FacilityFigure &f) { return f.id == id; });
    return it == m_facilityFigures.end() ? nullptr : &*it;
}

std::vector<const FacilityFigure *> Catalog::facilityFiguresFor(
    FacilityFigure::Quantity quantity, const QString &kind) const
{
    std::vector<const FacilityFigure *> out;
    for (const FacilityFigure &f : m_facilityFigures)
        if (f.quantity == quantity && f.appliesTo.contains(kind))
            out.push_back(&f);
    return out;
}

QString facilityFigureValueText(const FacilityFigure &f)
{
    const auto n = [](double v) { return QString::number(v, 'g', 4); };
    switch (f.quantity) {
    case FacilityFigure::Quantity::Efficiency:
        return QStringLiteral("%1 % (%2–%3 %)").arg(n(f.typical * 100), n(f.low * 100), n(f.high * 100));
    case FacilityFigure::Quantity::DrawKwPerKw:
        return QStringLiteral("%1 kW/kW (%2–%3)").arg(n(f.typical), n(f.low), n(f.high));
    case FacilityFigure::Quantity::Cop:
        return QStringLiteral("COP %1 (%2–%3), %4 kW/kW").arg(n(f.typical), n(f.low), n(f.high), n(f.drawKwPerKw()));
    case FacilityFigure::Quantity::Pue:
        return QStringLiteral("PUE %1 (%2–%3)").arg(n(f.typical), n(f.low), n(f.high));
    }
    return {};
}

QString facilityFigureText(const FacilityFigure &f)
{
    return QStringLiteral("%1: %2 [%3] %4")
        .arg(f.name, facilityFigureValueText(f), f.source.confidence, f.source.source);
}

const SystemModel *Catalog::find(const SystemModelId &id) const
{
    const auto it = std::find_if(m_models.begin(), m_models.end(), [&](const SystemModel &m) { return m.id == id; });
    return it == m_models.end() ? nullptr : &*it;
}

} // namespace warmshell
