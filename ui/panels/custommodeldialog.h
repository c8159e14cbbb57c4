// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project.h"

#include <QDialog>

#include <array>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace warmshell {
class Catalog;
struct FieldRange;
} // namespace warmshell

namespace warmshell::ui {

// "Add Custom Model": the figures of a system model the built-in catalog lacks. Every field
// has its message line under it; OK validates (numbers parsed in the current locale, ranges
// of docs/file-format.md, then validateProject() on the project with the model added, its
// catalog paths mapped back to the fields) and accepts only a model with no problem.
// Performance is entered per system in dense PFLOPS and stored per GPU in TFLOPS
// (× 1000 ÷ GPUs per system). Cooling: air (liquid fraction 0), liquid (1) or hybrid (a
// liquid-cooled system, so it needs a liquid rack, with the given share of its heat to liquid).
// Never changes the project: the caller pushes an AddCustomModelCommand with model().
class CustomModelDialog : public QDialog
{
    Q_OBJECT

public:
    enum Field {
        Id,
        Name,
        Vendor,
        Generation,
        GpusPerSystem,
        PowerKw,
        HeightU,
        WeightKg,
        LiquidFraction,
        Bf16Pflops,
        Fp8Pflops,
        Fp4Pflops,
        PriceUsd,
        FieldCount
    };
    enum class Cooling { Air, Liquid, Hybrid };

    CustomModelDialog(const Project &project, const Catalog &builtIn, QWidget *parent = nullptr);

    QLineEdit *field(Field f) const { return m_fields[f]; }
    // The message under a field; empty text when the field is fine.
    QLabel *message(Field f) const { return m_messages[f]; }
    QComboBox *coolingBox() const { return m_cooling; }
    QCheckBox *wholeRackBox() const { return m_wholeRack; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    // Checks every field, shows the messages; true when the model is valid.
    bool validate();
    // The model the fields describe (meaningful after validate() returned true).
    SystemModel model() const { return m_model; }

    void accept() override;

private:
    void setMessage(Field f, const QString &text);
    void updateEnabled();
    // An id from the name: lower case, non-alphanumerics to '-', unique in the project.
    QString suggestedId(const QString &name) const;

    // Steps of validate(). Each shows the first problem of a field under it and clears m_valid.
    void fail(Field f, const QString &text);
    QString fieldText(Field f) const; // trimmed
    // A number in the current locale (or with a '.'), checked against `range`; 0 when missing
    // or not a number.
    double readNumber(Field f, const FieldRange &range);
    int readInteger(Field f, const FieldRange &range);
    void readNames(SystemModel &m); // id, name, vendor, generation
    void readFigures(SystemModel &m);
    // Whatever else the project's own validation says about the model, next to its field.
    void checkInProject(const SystemModel &m);

    const Project &m_project;
    const Catalog &m_builtIn;
    std::array<QLineEdit *, FieldCount> m_fields{};
    std::array<QLabel *, FieldCount> m_messages{};
    QComboBox *m_cooling;
    QCheckBox *m_wholeRack;
    QDialogButtonBox *m_buttons;
    bool m_idEdited = false;
    bool m_valid = false; // during validate(): no field has failed so far
    SystemModel m_model;
};

} // namespace warmshell::ui
