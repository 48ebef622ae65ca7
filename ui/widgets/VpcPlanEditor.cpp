#include "VpcPlanEditor.h"
#include "Retranslation.h"

#include "InlineVerdict.h"
#include "LabelledRows.h"
#include "WrappingLabel.h"
#include "onboarding/FieldKey.h"
#include "onboarding/Profile.h"

#include <QEvent>
#include <QFontMetrics>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace {

constexpr int MaxInputLength = 64;

enum Column { ZoneColumn, CidrColumn, RemoveColumn, ColumnCount };
// Each vSwitch takes three grid rows: its fields, its usable addresses, its verdict.
constexpr int GridRowsPerVSwitch = 3;

// The canonical spelling of a block once it parses, so the store holds one
// form; text that does not parse is kept as typed for the user to correct.
QString canonicalCidr(const QString &text)
{
    const Result<Ipv4Cidr> parsed = Ipv4Cidr::parse(text);
    return parsed ? parsed.value().toString() : text;
}

QLineEdit *makeEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setMaxLength(MaxInputLength);
    return edit;
}

// Wide enough for the longest block, so a narrow window squeezes the zone
// column first and a block stays readable.
QLineEdit *makeCidrEdit(QWidget *parent, const QString &objectName)
{
    QLineEdit *edit = makeEdit(parent, objectName);
    edit->setInputMethodHints(Qt::ImhPreferNumbers | Qt::ImhNoPredictiveText);
    const QFontMetrics metrics = edit->fontMetrics();
    edit->setMinimumWidth(metrics.horizontalAdvance(QStringLiteral("255.255.255.255/32"))
        + 2 * metrics.averageCharWidth());
    return edit;
}

} // namespace

VpcPlanEditor::VpcPlanEditor(Profile &profile, QWidget *parent)
    : QWidget(parent)
    , m_profile(profile)
    , m_heading(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_vpcCidr(makeCidrEdit(this, QStringLiteral("vpcCidr")))
    , m_vpcVerdict(InlineVerdict::makeLabel(this, QStringLiteral("vpcCidrVerdict")))
    , m_vSwitchesLabel(new QLabel(this))
    , m_grid(new QGridLayout)
    , m_zoneHeader(new QLabel(this))
    , m_cidrHeader(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_planVerdict(InlineVerdict::makeLabel(this, QStringLiteral("vpcPlanVerdict")))
{
    setObjectName(QStringLiteral("vpcPlanEditor"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    for (QLabel *label : {m_intro, m_vSwitchesLabel, m_zoneHeader, m_cidrHeader})
        label->setWordWrap(true);
    m_add->setObjectName(QStringLiteral("addVSwitch"));

    // The block and its verdict under it, as every checked field on the pages.
    auto *vpcRow = new QVBoxLayout;
    vpcRow->setSpacing(2);
    vpcRow->addWidget(m_vpcCidr);
    vpcRow->addWidget(m_vpcVerdict);
    QFormLayout *form = LabelledRows::form();
    form->setContentsMargins(0, 0, 0, 0);
    m_vpcLabel = LabelledRows::add(form, vpcRow, m_vpcCidr);

    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->addWidget(m_zoneHeader, 0, ZoneColumn);
    m_grid->addWidget(m_cidrHeader, 0, CidrColumn);
    // Zone IDs are longer than blocks; the button keeps its size.
    m_grid->setColumnStretch(ZoneColumn, 3);
    m_grid->setColumnStretch(CidrColumn, 2);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_vSwitchesLabel);
    layout->addLayout(m_grid);
    layout->addLayout(addRow);
    layout->addWidget(m_planVerdict);

    connect(m_vpcCidr, &QLineEdit::textEdited, this, &VpcPlanEditor::writeVpcCidr);
    connect(m_vpcCidr, &QLineEdit::editingFinished, this, [this] { refresh(true); });
    connect(m_add, &QPushButton::clicked, this, &VpcPlanEditor::addVSwitch);
    connect(&profile, &Profile::reset, this, [this] {
        refresh(true);
        retranslate(); // the zone placeholders name the region
    });
    connect(&profile, &Profile::fieldChanged, this, [this](const QString &key, const QString &) {
        if (key == FieldKey::VpcCidr || key == FieldKey::VSwitches)
            refresh(!m_writing);
        else if (key == FieldKey::RegionId)
            retranslate(); // the zone placeholders name the region
    });
    retranslate();
    Retranslation::follow(this, [this] { retranslate(); });
}

QList<PlannedVSwitch> VpcPlanEditor::storedVSwitches() const
{
    return PlannedVSwitch::listFromJson(m_profile.field(FieldKey::VSwitches));
}

void VpcPlanEditor::refresh(bool force)
{
    const QString vpcCidr = m_profile.field(FieldKey::VpcCidr);
    const QList<PlannedVSwitch> vSwitches = storedVSwitches();
    syncRowCount(vSwitches.size());
    // Rewriting the field being typed in would move the cursor; it already
    // holds what was stored, unless the value came from elsewhere.
    const auto show = [force](QLineEdit *edit, const QString &value) {
        if (edit->text() == value || (!force && edit->hasFocus()))
            return;
        const QSignalBlocker blocker(edit);
        edit->setText(value);
        edit->home(false); // a long zone ID shows its start
    };
    show(m_vpcCidr, vpcCidr);
    for (qsizetype i = 0; i < vSwitches.size(); ++i) {
        show(m_rows[i].zone, vSwitches[i].zone);
        show(m_rows[i].cidr, vSwitches[i].cidr);
    }
    showVerdicts(vSwitches);
}

void VpcPlanEditor::showVerdicts(const QList<PlannedVSwitch> &vSwitches)
{
    const QStringList cidrs = PlannedVSwitch::cidrs(vSwitches);
    const QString vpcCidr = m_profile.field(FieldKey::VpcCidr);
    // No plan yet is nothing wrong (StepInputs: Next stays on); the page
    // offers a proposal instead of errors about fields nobody typed in.
    m_verdict = vpcCidr.isEmpty() && vSwitches.isEmpty() ? VpcPlanVerdict {}
                                                         : VpcPlan::check(vpcCidr, cidrs);
    InlineVerdict::show(m_vpcVerdict, m_vpcCidr, m_verdict.vpc);
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        const FieldVerdict &verdict = m_verdict.vSwitches[i];
        InlineVerdict::show(row.verdict, row.cidr, verdict);
        const Result<Ipv4Cidr> parsed = Ipv4Cidr::parse(cidrs[i]);
        // A block the rules reject has no meaningful count.
        const bool countable = !verdict.blocks() && parsed;
        row.usable->setVisible(countable);
        row.usable->setText(countable
                ? tr("%1 usable addresses", "@info")
                      .arg(QLocale().toString(VpcPlan::usableAddresses(parsed.value())))
                : QString());
    }
    InlineVerdict::show(m_planVerdict, nullptr, m_verdict.plan);
    const bool blocking = m_verdict.blocks();
    if (blocking == m_blocking)
        return;
    m_blocking = blocking;
    emit blockingChanged(blocking);
}

void VpcPlanEditor::syncRowCount(qsizetype count)
{
    while (m_rows.size() < count)
        addRowWidgets();
    while (m_rows.size() > count) {
        const Row row = m_rows.takeLast();
        // Later: the row's Remove button may be the one being clicked.
        for (QWidget *widget : std::initializer_list<QWidget *> {
                 row.zone, row.cidr, row.usable, row.remove, row.verdict}) {
            widget->disconnect(this); // losing focus would finish an edit
            widget->hide();
            widget->setParent(nullptr);
            widget->deleteLater();
        }
    }
}

void VpcPlanEditor::addRowWidgets()
{
    const qsizetype index = m_rows.size();
    const QString number = QString::number(index + 1);
    Row row {makeEdit(this, QStringLiteral("vSwitchZone_") + number),
        makeCidrEdit(this, QStringLiteral("vSwitchCidr_") + number), new WrappingLabel(this),
        new QPushButton(this),
        InlineVerdict::makeLabel(this, QStringLiteral("vSwitchVerdict_") + number)};
    row.usable->setObjectName(QStringLiteral("vSwitchUsable_") + number);
    row.usable->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row.remove->setObjectName(QStringLiteral("removeVSwitch_") + number);

    const int gridRow = 1 + GridRowsPerVSwitch * int(index);
    m_grid->addWidget(row.zone, gridRow, ZoneColumn);
    m_grid->addWidget(row.cidr, gridRow, CidrColumn);
    m_grid->addWidget(row.remove, gridRow, RemoveColumn);
    m_grid->addWidget(row.usable, gridRow + 1, CidrColumn, 1, ColumnCount - CidrColumn);
    m_grid->addWidget(row.verdict, gridRow + 2, 0, 1, ColumnCount);
    // Added after the editor was shown: not visible until told (the verdict
    // shows itself when it has something to say).
    for (QWidget *widget : std::initializer_list<QWidget *> {row.zone, row.cidr, row.remove})
        widget->show();
    // Keep the keyboard order row by row, ahead of "Add vSwitch".
    QWidget *before = m_vpcCidr;
    if (!m_rows.isEmpty())
        before = m_rows.constLast().remove;
    QWidget::setTabOrder(before, row.zone);
    QWidget::setTabOrder(row.zone, row.cidr);
    QWidget::setTabOrder(row.cidr, row.remove);
    QWidget::setTabOrder(row.remove, m_add);

    connect(row.zone, &QLineEdit::textEdited, this, [this, index](const QString &text) {
        writeVSwitch(index, &PlannedVSwitch::zone, text.trimmed());
    });
    connect(row.cidr, &QLineEdit::textEdited, this, [this, index](const QString &text) {
        writeVSwitch(index, &PlannedVSwitch::cidr, canonicalCidr(text));
    });
    for (QLineEdit *edit : {row.zone, row.cidr})
        connect(edit, &QLineEdit::editingFinished, this, [this] { refresh(true); });
    connect(row.remove, &QPushButton::clicked, this, [this, index] { removeVSwitch(index); });
    m_rows.append(row);
    retranslateRow(index);
}

void VpcPlanEditor::writeVpcCidr(const QString &text)
{
    const QScopedValueRollback writing(m_writing, true);
    m_profile.setField(FieldKey::VpcCidr, canonicalCidr(text));
}

void VpcPlanEditor::writeVSwitch(
    qsizetype index, QString PlannedVSwitch::*part, const QString &value)
{
    QList<PlannedVSwitch> vSwitches = storedVSwitches();
    if (index >= vSwitches.size())
        return;
    vSwitches[index].*part = value;
    writeVSwitches(vSwitches);
}

void VpcPlanEditor::writeVSwitches(const QList<PlannedVSwitch> &vSwitches)
{
    const QScopedValueRollback writing(m_writing, true);
    m_profile.setField(FieldKey::VSwitches, PlannedVSwitch::listToJson(vSwitches));
}

void VpcPlanEditor::addVSwitch()
{
    QList<PlannedVSwitch> vSwitches = storedVSwitches();
    vSwitches.append({QString(), QString()});
    writeVSwitches(vSwitches);
    m_rows.constLast().zone->setFocus();
}

void VpcPlanEditor::removeVSwitch(qsizetype index)
{
    QList<PlannedVSwitch> vSwitches = storedVSwitches();
    if (index >= vSwitches.size())
        return;
    vSwitches.removeAt(index);
    writeVSwitches(vSwitches);
    // The button pressed may be gone with the last row.
    m_add->setFocus();
}

void VpcPlanEditor::retranslate()
{
    m_heading->setText(tr("VPC address plan", "@title"));
    // FACTS.md "VPC rules today": the guide's rule is outdated; both are
    // shown, each with its source.
    m_intro->setText(tr("Plan the addresses now. The guide (2020) says a VPC's block cannot be "
                        "changed later; today's VPC API reference (read 2026-12) lets you resize "
                        "it within its first range or add secondary blocks, but a plan that fits "
                        "from the start saves that work. Put one vSwitch in each zone you use; "
                        "Finance Cloud recommends two zones in the same city (active-active), "
                        "with multi-zone SLB and RDS. The zone IDs of your account are listed in "
                        "the VPC console.",
        "@info"));
    m_vpcLabel->setText(tr("&VPC CIDR block:", "@label:textbox"));
    m_vpcCidr->setAccessibleName(tr("VPC CIDR block", "@label:textbox"));
    m_vpcCidr->setPlaceholderText(
        tr("e.g. %1", "@info:placeholder").arg(VpcPlan::proposeDefault(0).vpcCidr));
    m_vSwitchesLabel->setText(tr("vSwitches, one per zone:", "@label"));
    m_zoneHeader->setText(tr("Zone ID", "@title:column"));
    m_cidrHeader->setText(tr("CIDR block", "@title:column"));
    m_add->setText(tr("&Add vSwitch", "@action:button"));
    m_add->setAccessibleName(tr("Add vSwitch", "@action:button"));
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        retranslateRow(i);
    // The findings are translated sentences too.
    refresh(false);
}

void VpcPlanEditor::retranslateRow(qsizetype index)
{
    const Row &row = m_rows[index];
    const qsizetype number = index + 1;
    const QString region = m_profile.field(FieldKey::RegionId);
    // Zone IDs are the region ID and a letter; the account's real ones come
    // from the console, so this is only a hint of the form.
    row.zone->setPlaceholderText(region.isEmpty()
            ? tr("Zone ID", "@info:placeholder")
            : tr("e.g. %1", "@info:placeholder").arg(region + QChar(u'a' + int(index % 26))));
    row.zone->setAccessibleName(tr("vSwitch %1 zone ID", "@label:textbox").arg(number));
    row.cidr->setPlaceholderText(
        tr("e.g. %1", "@info:placeholder")
            .arg(VpcPlan::proposeDefault(int(number)).vSwitchCidrs.constLast()));
    row.cidr->setAccessibleName(tr("vSwitch %1 CIDR block", "@label:textbox").arg(number));
    row.usable->setAccessibleName(tr("vSwitch %1 usable addresses", "@label").arg(number));
    row.remove->setText(tr("Remove", "@action:button"));
    row.remove->setAccessibleName(tr("Remove vSwitch %1", "@action:button").arg(number));
}
