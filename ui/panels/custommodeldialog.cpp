// SPDX-License-Identifier: GPL-3.0-or-later
#include "custommodeldialog.h"
#include "format.h"
#include "theme.h"

#include "catalog.h"
#include "fieldlimits.h"
#include "jsonreader.h"
#include "problemtext.h"
#include "validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <cmath>
#include <optional>

namespace warmshell::ui {

namespace {
// The file's key of each field under $.catalog[i], for mapping validateProject()'s paths.
const char *const kKeys[] = { "id", "name", "vendor", "generation", "gpusPerSystem", "powerKw", "heightU", "weightKg",
    "liquidFraction", "tflops.bf16", "tflops.fp8", "tflops.fp4", "priceUsd" };
static_assert(std::size(kKeys) == CustomModelDialog::FieldCount);
} // namespace

CustomModelDialog::CustomModelDialog(const Project &project, const Catalog &builtIn, QWidget *parent)
    : QDialog(parent), m_project(project), m_builtIn(builtIn), m_cooling(new QComboBox(this)),
      m_wholeRack(new QCheckBox(tr("The system is a whole rack (fills one rack alone)"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("customModelDialog"));
    setWindowTitle(tr("Add Custom Model"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A system model for this project's catalog (saved in the project file). "
                                "Performance is dense, per system."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    const auto row = [&](const QString &label, Field f, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(kKeys[f]));
        edit->setPlaceholderText(placeholder);
        edit->setAccessibleName(format::spokenLabel(label)); // the label's buddy is the box below
        edit->setMaxLength(limits::maxStringLength); // the longest string the project file takes
        auto *msg = new QLabel(this);
        msg->setObjectName(QString::fromLatin1(kKeys[f]) + QStringLiteral("Message"));
        msg->setStyleSheet(QStringLiteral("color: %1").arg(theme::css(theme::Role::ErrorText)));
        msg->setWordWrap(true);
        msg->hide();
        auto *box = new QWidget(this);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(1);
        v->addWidget(edit);
        v->addWidget(msg);
        form->addRow(label, box);
        m_fields[f] = edit;
        m_messages[f] = msg;
        connect(edit, &QLineEdit::textEdited, this, [this, f] { setMessage(f, {}); });
    };
    row(tr("&Name"), Name, tr("e.g. Acme X9 8-GPU"));
    row(tr("&Id"), Id, tr("derived from the name"));
    row(tr("&Vendor"), Vendor, {});
    row(tr("&Generation"), Generation, tr("groups results, e.g. X9"));
    row(tr("GPUs per &system"), GpusPerSystem, QStringLiteral("8"));
    row(tr("&Power per system (kW)"), PowerKw, QStringLiteral("10.2"));
    form->addRow(QString(), m_wholeRack);
    row(tr("&Rack units (U)"), HeightU, QStringLiteral("8"));
    row(tr("&Weight per system (kg)"), WeightKg, QStringLiteral("130"));
    m_cooling->setObjectName(QStringLiteral("cooling"));
    m_cooling->addItem(tr("Air"), int(Cooling::Air));
    m_cooling->addItem(tr("Liquid (all heat to liquid)"), int(Cooling::Liquid));
    m_cooling->addItem(tr("Hybrid (liquid rack; part of the heat to air)"), int(Cooling::Hybrid));
    form->addRow(tr("&Cooling"), m_cooling);
    row(tr("&Liquid fraction of heat (0–1)"), LiquidFraction, QStringLiteral("0.85"));
    row(tr("&BF16 PFLOPS per system"), Bf16Pflops, QStringLiteral("7.9"));
    row(tr("FP&8 PFLOPS per system"), Fp8Pflops, tr("0 if unsupported"));
    row(tr("FP&4 PFLOPS per system"), Fp4Pflops, tr("0 if unsupported"));
    row(tr("Pri&ce per system (USD)"), PriceUsd, QStringLiteral("300000"));

    m_fields[Fp8Pflops]->setText(QStringLiteral("0"));
    m_fields[Fp4Pflops]->setText(QStringLiteral("0"));
    m_fields[WeightKg]->setText(QStringLiteral("0"));
    connect(m_fields[Name], &QLineEdit::textEdited, this, [this](const QString &name) {
        if (!m_idEdited)
            m_fields[Id]->setText(suggestedId(name));
    });
    connect(m_fields[Id], &QLineEdit::textEdited, this, [this] { m_idEdited = true; });
    connect(m_cooling, &QComboBox::currentIndexChanged, this, &CustomModelDialog::updateEnabled);
    connect(m_wholeRack, &QCheckBox::toggled, this, &CustomModelDialog::updateEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CustomModelDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateEnabled();
}

void CustomModelDialog::updateEnabled()
{
    const auto cooling = Cooling(m_cooling->currentData().toInt());
    m_fields[LiquidFraction]->setEnabled(cooling == Cooling::Hybrid);
    if (cooling == Cooling::Air)
        m_fields[LiquidFraction]->setText(QStringLiteral("0"));
    else if (cooling == Cooling::Liquid)
        m_fields[LiquidFraction]->setText(QStringLiteral("1"));
    m_fields[HeightU]->setEnabled(!m_wholeRack->isChecked());
    if (m_wholeRack->isChecked())
        m_fields[HeightU]->setText(QStringLiteral("0"));
}

QString CustomModelDialog::suggestedId(const QString &name) const
{
    QString base = name.toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    base.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (base.isEmpty())
        return {};
    QString id = base;
    for (int n = 2; m_project.model(SystemModelId(id), m_builtIn); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

void CustomModelDialog::setMessage(Field f, const QString &text)
{
    m_messages[f]->setText(text);
    m_messages[f]->setVisible(!text.isEmpty());
}

bool CustomModelDialog::validate()
{
    for (int f = 0; f < FieldCount; ++f)
        setMessage(Field(f), {});
    m_valid = true;
    SystemModel m;
    readNames(m);
    readFigures(m);
    if (m_valid)
        checkInProject(m);
    if (m_valid)
        m_model = m;
    return m_valid;
}

void CustomModelDialog::fail(Field f, const QString &text)
{
    if (m_messages[f]->text().isEmpty())
        setMessage(f, text);
    m_valid = false;
}

QString CustomModelDialog::fieldText(Field f) const
{
    return m_fields[f]->text().trimmed();
}

double CustomModelDialog::readNumber(Field f, const FieldRange &range)
{
    const QString t = fieldText(f);
    bool parsed = false;
    double v = QLocale().toDouble(t, &parsed);
    if (!parsed)
        v = QLocale::c().toDouble(t, &parsed);
    if (t.isEmpty()) {
        fail(f, tr("is required"));
        return 0;
    }
    if (!parsed) {
        fail(f, tr("\"%1\" is not a number").arg(t));
        return 0;
    }
    if (!range.contains(v))
        fail(f, range.violation(v));
    return v;
}

int CustomModelDialog::readInteger(Field f, const FieldRange &range)
{
    const double v = readNumber(f, range);
    if (m_messages[f]->text().isEmpty() && v != std::floor(v))
        fail(f, tr("must be a whole number, got %1").arg(fieldText(f)));
    return int(v);
}

void CustomModelDialog::readNames(SystemModel &m)
{
    m.id = SystemModelId(fieldText(Id));
    m.name = fieldText(Name);
    m.vendor = fieldText(Vendor);
    m.generation = fieldText(Generation);
    if (m.name.isEmpty())
        fail(Name, tr("is required"));
    if (m.generation.isEmpty())
        fail(Generation, tr("is required: results are grouped by generation"));
    if (m.id.isNull() || fieldText(Id).isEmpty())
        fail(Id, tr("is required"));
    else if (m_builtIn.find(m.id))
        fail(Id, tr("\"%1\" is a built-in model id; choose another").arg(fieldText(Id)));
    else if (m_project.model(m.id, m_builtIn))
        fail(Id, tr("\"%1\" is already in the project's catalog").arg(fieldText(Id)));
}

void CustomModelDialog::readFigures(SystemModel &m)
{
    m.gpusPerSystem = readInteger(GpusPerSystem, limits::gpusPerSystem);
    m.power = Kilowatts(readNumber(PowerKw, FieldRange{ 0, limits::systemPower.max, "kW", true }));
    m.wholeRack = m_wholeRack->isChecked();
    m.height = RackUnits(m.wholeRack ? 0 : readInteger(HeightU, FieldRange{ 1, limits::systemHeight.max, "U" }));
    m.weight = Kilograms(readNumber(WeightKg, limits::systemWeight));
    const auto cooling = Cooling(m_cooling->currentData().toInt());
    m.cooling = cooling == Cooling::Air ? CoolingType::Air : CoolingType::Liquid;
    m.liquidFraction = cooling == Cooling::Air ? 0.0
        : cooling == Cooling::Liquid           ? 1.0
                                               : readNumber(LiquidFraction, FieldRange{ 0, 0.999999, "", true });
    const double gpus = std::max(1, m.gpusPerSystem);
    const FieldRange pflops{ 0, limits::tflops.max * gpus / 1000.0, "PFLOPS" };
    m.bf16 = Teraflops(readNumber(Bf16Pflops, FieldRange{ 0, pflops.max, "PFLOPS", true }) * 1000.0 / gpus);
    m.fp8 = Teraflops(readNumber(Fp8Pflops, pflops) * 1000.0 / gpus);
    m.fp4 = Teraflops(readNumber(Fp4Pflops, pflops) * 1000.0 / gpus);
    m.price = Money(readNumber(PriceUsd, limits::money));
}

void CustomModelDialog::checkInProject(const SystemModel &m)
{
    Project withModel = m_project;
    withModel.customModels.push_back(m);
    const QString prefix = JsonReader::item(QStringLiteral("$.catalog"), qsizetype(withModel.customModels.size() - 1));
    for (const Problem &problem : validateProject(withModel, m_builtIn)) {
        if (!problem.path.startsWith(prefix + QLatin1Char('.')))
            continue;
        const QString key = problem.path.mid(prefix.size() + 1);
        bool shown = false;
        for (int f = 0; f < FieldCount; ++f) {
            if (key == QLatin1String(kKeys[f])) {
                fail(Field(f), problem.message);
                shown = true;
            }
        }
        if (!shown)
            fail(Name, readableProblem(withModel, problem)); // "System model X (tflops.fp8): …"
    }
}

void CustomModelDialog::accept()
{
    if (validate())
        QDialog::accept();
}

} // namespace warmshell::ui
