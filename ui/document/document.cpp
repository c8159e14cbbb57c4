// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

#include "catalog.h"
#include "projectfile.h"
#include "validation.h"

#include <QUndoStack>

namespace warmshell::ui {

Document::Document(QObject *parent) : QObject(parent), m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
    newProject();
}

Document::~Document() = default;

bool Document::canSaveInPlace() const
{
    return !m_fileName.isEmpty() && !m_fileName.startsWith(QLatin1Char(':'));
}

bool Document::isModified() const
{
    return !m_undoStack->isClean();
}

void Document::setViewedScenario(const QString &name)
{
    if (name == m_viewedScenario)
        return;
    m_viewedScenario = name;
    emit viewedScenarioChanged(name);
}

int Document::viewedScenarioIndex() const
{
    if (m_viewedScenario.isEmpty())
        return -1;
    for (size_t i = 0; i < m_project.scenarios.size(); ++i)
        if (m_project.scenarios[i].name == m_viewedScenario)
            return int(i);
    return -1;
}

void Document::newProject()
{
    Project project;
    project.site.name = tr("New site");
    project.site.planStart = QDate::currentDate();
    replaceProject(std::move(project), {});
}

bool Document::open(const QString &fileName, QStringList *errors)
{
    LoadResult result = loadProject(fileName);
    if (!result.ok()) {
        if (errors) {
            for (const Problem &problem : result.errors)
                errors->append(problem.toString());
        }
        return false;
    }
    replaceProject(std::move(*result.project), fileName);
    return true;
}

void Document::setProject(Project project)
{
    replaceProject(std::move(project), {});
}

QString Document::save()
{
    if (!canSaveInPlace())
        return tr("the project has no file to save to; use Save As");
    return saveAs(m_fileName);
}

QString Document::saveAs(const QString &fileName)
{
    const QString error = saveProject(m_project, fileName);
    if (!error.isEmpty())
        return error;
    if (fileName != m_fileName) {
        m_fileName = fileName;
        emit fileNameChanged(m_fileName);
    }
    m_undoStack->setClean();
    return {};
}

void Document::modifyProject(const std::function<void(Project &)> &edit)
{
    edit(m_project);
    edited();
}

QString Document::writeCopy(const QString &fileName) const
{
    return saveProject(m_project, fileName);
}

void Document::adoptRecovered(Project project, const QString &fileName)
{
    replaceProject(std::move(project), fileName);
    // An empty stack is clean; a clean index no command can reach marks the recovered
    // project as modified until it is saved.
    m_undoStack->resetClean(); // emits cleanChanged(false), hence modifiedChanged(true)
}

Document::EditBatch::EditBatch(Document *document) : m_document(document)
{
    ++m_document->m_batchDepth;
}

Document::EditBatch::~EditBatch()
{
    if (--m_document->m_batchDepth == 0 && m_document->m_batchChanged) {
        m_document->m_batchChanged = false;
        emit m_document->changed();
    }
}

const std::vector<Problem> &Document::problems() const
{
    if (!m_problems)
        m_problems = validateProject(m_project, Catalog::builtIn());
    return *m_problems;
}

void Document::edited()
{
    m_problems.reset();
    if (m_batchDepth > 0)
        m_batchChanged = true;
    else
        emit changed();
}

namespace {
template <typename T> void insertAt(std::vector<T> &items, qsizetype index, T item)
{
    Q_ASSERT(index >= 0 && index <= qsizetype(items.size()));
    items.insert(items.begin() + index, std::move(item));
}

template <typename T> T takeAt(std::vector<T> &items, qsizetype index)
{
    Q_ASSERT(index >= 0 && index < qsizetype(items.size()));
    T item = std::move(items[size_t(index)]);
    items.erase(items.begin() + index);
    return item;
}

template <typename T> bool replaceById(std::vector<T> &items, const T &item)
{
    for (T &existing : items) {
        if (existing.id == item.id) {
            existing = item;
            return true;
        }
    }
    Q_ASSERT_X(false, "Document", "replace of an absent id");
    return false;
}
} // namespace

qsizetype Document::rackIndex(const RackId &id) const
{
    const auto &racks = m_project.site.racks;
    for (size_t i = 0; i < racks.size(); ++i)
        if (racks[i].id == id)
            return qsizetype(i);
    return -1;
}

void Document::insertRack(qsizetype index, Rack rack)
{
    insertAt(m_project.site.racks, index, std::move(rack));
    edited();
}

Rack Document::takeRack(qsizetype index)
{
    Rack rack = takeAt(m_project.site.racks, index);
    edited();
    return rack;
}

void Document::replaceRack(const Rack &rack)
{
    if (replaceById(m_project.site.racks, rack))
        edited();
}

void Document::insertRow(qsizetype index, Row row)
{
    insertAt(m_project.site.rows, index, std::move(row));
    edited();
}

Row Document::takeRow(qsizetype index)
{
    Row row = takeAt(m_project.site.rows, index);
    edited();
    return row;
}

void Document::insertHall(qsizetype index, Hall hall)
{
    insertAt(m_project.site.halls, index, std::move(hall));
    edited();
}

Hall Document::takeHall(qsizetype index)
{
    Hall hall = takeAt(m_project.site.halls, index);
    edited();
    return hall;
}

void Document::replaceHall(const Hall &hall)
{
    if (replaceById(m_project.site.halls, hall))
        edited();
}

void Document::replaceRow(const Row &row)
{
    if (replaceById(m_project.site.rows, row))
        edited();
}

void Document::setSiteSettings(const Site &site)
{
    Site &s = m_project.site;
    s.name = site.name;
    s.currency = site.currency;
    s.planStart = site.planStart;
    s.period = site.period;
    s.horizonPeriods = site.horizonPeriods;
    s.thermal = site.thermal;
    s.allowInterruptibleOnReserve = site.allowInterruptibleOnReserve;
    edited();
}

void Document::insertServedRack(const CoolingUnitId &unit, qsizetype position, const RackId &rack)
{
    for (CoolingUnit &u : m_project.site.coolingUnits) {
        if (u.id == unit) {
            insertAt(u.serves, position, rack);
            edited();
            return;
        }
    }
    Q_ASSERT_X(false, "Document", "absent cooling unit");
}

RackId Document::takeServedRack(const CoolingUnitId &unit, qsizetype position)
{
    for (CoolingUnit &u : m_project.site.coolingUnits) {
        if (u.id == unit) {
            RackId rack = takeAt(u.serves, position);
            edited();
            return rack;
        }
    }
    Q_ASSERT_X(false, "Document", "absent cooling unit");
    return {};
}

void Document::insertCoolingUnit(qsizetype index, CoolingUnit unit)
{
    insertAt(m_project.site.coolingUnits, index, std::move(unit));
    edited();
}

CoolingUnit Document::takeCoolingUnit(qsizetype index)
{
    CoolingUnit unit = takeAt(m_project.site.coolingUnits, index);
    edited();
    return unit;
}

void Document::replaceCoolingUnit(const CoolingUnit &unit)
{
    if (replaceById(m_project.site.coolingUnits, unit))
        edited();
}

void Document::replacePowerNode(const PowerNode &node)
{
    PowerNode *existing = m_project.site.power.node(node.id);
    Q_ASSERT(existing);
    if (!existing)
        return;
    *existing = node;
    edited();
}

void Document::setPowerChain(PowerChain chain)
{
    m_project.site.power = std::move(chain);
    edited();
}

void Document::insertLot(qsizetype index, FleetLot lot)
{
    insertAt(m_project.fleet, index, std::move(lot));
    edited();
}

FleetLot Document::takeLot(qsizetype index)
{
    FleetLot lot = takeAt(m_project.fleet, index);
    edited();
    return lot;
}

void Document::replaceLot(const FleetLot &lot)
{
    if (replaceById(m_project.fleet, lot))
        edited();
}

void Document::setTenants(std::vector<Tenant> tenants)
{
    m_project.tenants = std::move(tenants);
    edited();
}

void Document::replaceTenant(const Tenant &tenant)
{
    if (replaceById(m_project.tenants, tenant))
        edited();
}

void Document::replaceProject(Project project, const QString &fileName)
{
    m_project = std::move(project);
    m_problems.reset();
    // Commands refer to the old project. clear() makes a stack with commands clean, but leaves
    // an empty one as it was, and adoptRecovered() marks an empty stack modified; setClean()
    // makes every replaced project unmodified (emitting modifiedChanged(false) if it was not).
    m_undoStack->clear();
    m_undoStack->setClean();
    m_fileName = fileName;
    emit fileNameChanged(m_fileName);
    emit replaced();
    emit changed();
}

} // namespace warmshell::ui
