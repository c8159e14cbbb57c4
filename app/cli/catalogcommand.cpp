// SPDX-License-Identifier: GPL-3.0-or-later
// warmshell-cli catalog [--format table|json] [--sources]
#include "arguments.h"
#include "catalog.h"
#include "commands.h"
#include "commandsupport.h"
#include "outputformat.h"

#include <QJsonArray>

namespace warmshell::cli {

namespace {

const OutputFormats kFormats{ OutputFormat::Table, OutputFormat::Json };

QJsonObject facilityFigureToJson(const FacilityFigure &f)
{
    return { { QStringLiteral("id"), f.id }, { QStringLiteral("name"), f.name },
        { QStringLiteral("quantity"), keyOf(f.quantity) },
        { QStringLiteral("appliesTo"), QJsonArray::fromStringList(f.appliesTo) },
        { QStringLiteral("typical"), f.typical }, { QStringLiteral("low"), f.low }, { QStringLiteral("high"), f.high },
        { QStringLiteral("source"),
            QJsonObject{ { QStringLiteral("source"), f.source.source },
                { QStringLiteral("confidence"), f.source.confidence }, { QStringLiteral("note"), f.source.note } } } };
}

QString catalogJson(const Catalog &catalog)
{
    QJsonArray list, figures;
    for (const SystemModel &m : catalog.models())
        list.append(systemModelToJson(m));
    for (const FacilityFigure &f : catalog.facilityFigures())
        figures.append(facilityFigureToJson(f));
    return jsonText(QJsonObject{ { QStringLiteral("format"), QStringLiteral("warmshell-catalog") },
        { QStringLiteral("formatVersion"), 1 }, { QStringLiteral("models"), list },
        { QStringLiteral("facilityFigures"), figures } });
}

// The typical facility figures, each with its source when `sources`.
void printFacilityFigures(QTextStream &out, const Catalog &catalog, bool sources)
{
    out << "\nTypical facility figures (defaults to choose from; never applied to a site by themselves):\n";
    for (const FacilityFigure &f : catalog.facilityFigures()) {
        out << "  " << pad(f.id, 22) << pad(f.name, 34) << facilityFigureValueText(f) << '\n';
        if (sources)
            out << "    [" << f.source.confidence << "] " << f.source.source
                << (f.source.note.isEmpty() ? QString() : QStringLiteral(" — ") + f.source.note) << '\n';
    }
}

void printHeader(QTextStream &out)
{
    out << pad(QStringLiteral("id"), 17) << pad(QStringLiteral("generation"), 11)
        << pad(QStringLiteral("GPUs"), 5, true) << pad(QStringLiteral("kW"), 7, true)
        << pad(QStringLiteral("height"), 8, true) << "  " << pad(QStringLiteral("cooling"), 8)
        << pad(QStringLiteral("kg"), 6, true) << pad(QStringLiteral("BF16 TF"), 9, true)
        << pad(QStringLiteral("FP8 TF"), 8, true) << pad(QStringLiteral("FP4 TF"), 8, true)
        << pad(QStringLiteral("price USD"), 11, true) << "  released\n";
}

void printModel(QTextStream &out, const SystemModel &m)
{
    const QString height = m.wholeRack ? QStringLiteral("rack") : QStringLiteral("%1U").arg(m.height.value());
    const QString cooling = m.cooling == CoolingType::Liquid
        ? QStringLiteral("liq %1%").arg(qRound(m.liquidFraction * 100))
        : QStringLiteral("air");
    out << pad(m.id.toString(), 17) << pad(m.generation, 11) << pad(QString::number(m.gpusPerSystem), 5, true)
        << pad(QString::number(m.power.value(), 'f', 1), 7, true) << pad(height, 8, true) << "  " << pad(cooling, 8)
        << pad(QString::number(m.weight.value(), 'f', 0), 6, true)
        << pad(QString::number(m.bf16.value(), 'f', 0), 9, true) << pad(QString::number(m.fp8.value(), 'f', 0), 8, true)
        << pad(QString::number(m.fp4.value(), 'f', 0), 8, true)
        << pad(QString::number(m.price.value(), 'f', 0), 11, true) << "  " << m.released.toString(Qt::ISODate) << '\n';
}

void printSources(QTextStream &out, const SystemModel &m)
{
    for (auto it = m.sources.begin(); it != m.sources.end(); ++it)
        out << "    " << pad(it.key(), 15) << '[' << it->confidence << "] " << it->source
            << (it->note.isEmpty() ? QString() : QStringLiteral(" — ") + it->note) << '\n';
}

} // namespace

QString catalogUsage()
{
    return QStringLiteral("Usage: warmshell-cli catalog [--format table|json] [--sources]\n"
                          "\n"
                          "Lists the built-in system models: GPUs per system, maximum power, height, cooling,\n"
                          "weight, dense TFLOPS per GPU (BF16/FP8/FP4), estimated price and release date;\n"
                          "then the typical facility figures (UPS and transformer efficiency, fan and pump\n"
                          "draw, chiller COP, industry PUE).\n"
                          "  --format table|json  output format (default table)\n"
                          "  --sources            with table: print the public source of every figure\n"
                          "Exit codes: 0 ok, 2 usage error.\n");
}

CommandOptions catalogOptions()
{
    return { formatOption(kFormats), flagOption("sources") };
}

int runCatalog(const Invocation &in)
{
    QString error;
    const auto format = readOutputFormat(in.arguments, kFormats, error);
    if (!format)
        return in.usageError(error);
    if (!Catalog::builtInErrors().empty()) {
        in.err.problems(Diagnostics::Kind::Catalog, QStringLiteral("built-in catalog"), {}, Catalog::builtInErrors());
        return InvalidInput;
    }
    const auto &models = Catalog::builtIn().models();
    if (*format == OutputFormat::Json) {
        in.out << catalogJson(Catalog::builtIn());
        return Ok;
    }
    printHeader(in.out);
    for (const SystemModel &m : models) {
        printModel(in.out, m);
        if (in.arguments.isSet(QStringLiteral("sources")))
            printSources(in.out, m);
    }
    printFacilityFigures(in.out, Catalog::builtIn(), in.arguments.isSet(QStringLiteral("sources")));
    in.out << models.size() << " models; TFLOPS are dense, per GPU. Sources: warmshell-cli catalog --sources\n";
    return Ok;
}

} // namespace warmshell::cli
