#include "SummaryPage.h"

#include "i18n/DateText.h"
#include "widgets/PlanSaveButtons.h"
#include "widgets/Retranslation.h"

#include "core/Clock.h"
#include "onboarding/FieldKey.h"
#include "onboarding/FlowRules.h"
#include "onboarding/PlannedVSwitch.h"
#include "onboarding/Profile.h"
#include "onboarding/RegionCatalogue.h"
#include "onboarding/StepText.h"
#include "steps/StepModel.h"
#include "validation/VpcPlan.h"
#include "widgets/WrappingLabel.h"

#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QLabel *makeLabel(QWidget *parent, const QString &objectName, bool heading = false)
{
    auto *label = new WrappingLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (heading) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
    }
    return label;
}

// The fields the plan shows (vpcPlanText and the region and network).
bool isPlanField(const QString &key)
{
    return key == FieldKey::RegionId || key == FieldKey::NetworkType || key == FieldKey::VpcCidr
        || key == FieldKey::VSwitches;
}

// The VPC block and each vSwitch with its usable addresses, one per line;
// entries the rules reject say so instead of a count.
QString vpcPlanText(const ProfileData &data)
{
    const QString notSet = SummaryPage::tr("not set", "@info plan");
    const QString vpcCidr = data.field(FieldKey::VpcCidr);
    const QList<PlannedVSwitch> vSwitches
        = PlannedVSwitch::listFromJson(data.field(FieldKey::VSwitches));
    const VpcPlanVerdict verdict = VpcPlan::check(vpcCidr, PlannedVSwitch::cidrs(vSwitches));
    QString text = QLatin1Char('\n')
        + SummaryPage::tr("VPC CIDR block: %1", "@info").arg(vpcCidr.isEmpty() ? notSet : vpcCidr);
    for (qsizetype i = 0; i < vSwitches.size(); ++i) {
        const PlannedVSwitch &vSwitch = vSwitches[i];
        const Result<Ipv4Cidr> parsed = Ipv4Cidr::parse(vSwitch.cidr);
        const QString addresses = !verdict.vSwitches[i].blocks() && parsed
            ? SummaryPage::tr("%1 usable addresses", "@info plan")
                  .arg(QLocale().toString(VpcPlan::usableAddresses(parsed.value())))
            : SummaryPage::tr("to be corrected in step 5", "@info plan");
        text += QLatin1Char('\n')
            + SummaryPage::tr("vSwitch %1: zone %2, %3, %4", "@info")
                  .arg(QString::number(i + 1), vSwitch.zone.isEmpty() ? notSet : vSwitch.zone,
                      vSwitch.cidr.isEmpty() ? notSet : vSwitch.cidr, addresses);
    }
    return text;
}

// Touches a cell only when its text changes: every new item makes the table
// measure all its cells again.
bool showInCell(QTableWidget *table, int row, int column, const QString &text)
{
    if (QTableWidgetItem *item = table->item(row, column)) {
        if (item->text() == text)
            return false;
        item->setText(text);
        return true;
    }
    table->setItem(row, column, new QTableWidgetItem(text));
    return true;
}

} // namespace

SummaryPage::SummaryPage(
    Profile &profile, const StepModels &models, QString storeLocation, QWidget *parent)
    : OnDemandPage(8, parent)
    , m_profile(profile)
    , m_models(models)
    , m_storeLocation(std::move(storeLocation))
{
    setObjectName(QStringLiteral("page_summary"));
    retranslateTitles();
    Retranslation::follow(this, [this] { refresh(); });
    // Connected before the page is built: the subtitle names the company
    // also then; the other parts wait for build().
    connect(&profile, &Profile::reset, this, &SummaryPage::refresh);
    connect(&profile, &Profile::fieldChanged, this, [this](const QString &key) {
        if (key == FieldKey::CompanyName)
            retranslateTitles();
        else if (isPlanField(key))
            showPlan();
    });
    connect(&profile, &Profile::stepStateChanged, this, [this](StepId step) {
        if (!hasParts())
            return;
        if (showStep(step))
            fitTable();
        showNext();
    });
    for (const StepModel *model : m_models) {
        connect(model, &StepModel::needsAttentionChanged, this, [this, model] {
            if (hasParts() && showStep(model->step()))
                fitTable();
        });
        // Only the next step's blockers are shown.
        connect(model, &StepModel::blockersChanged, this, [this, model] {
            if (FlowRules::nextStep(m_profile.data()) == model->step())
                showNext();
        });
        // A waiting step's advice follows the clock and a few fields.
        connect(model, &StepModel::waitingAdviceChanged, this, &SummaryPage::showNext);
    }
}

void SummaryPage::build()
{
    QWidget *content = body()->parentWidget();
    m_table = new QTableWidget(int(AllSteps.size()), 3, content);
    m_table->setObjectName(QStringLiteral("summaryTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setTabKeyNavigation(false); // Tab must leave a read-only table
    // Fitted when a cell changes (fitTable), not on every layout pass as
    // QHeaderView::ResizeToContents would.
    m_table->horizontalHeader()->setStretchLastSection(true);
    body()->addWidget(m_table);

    m_nextHeading = makeLabel(content, QStringLiteral("summaryNextHeading"), true);
    m_next = makeLabel(content, QStringLiteral("summaryNext"));
    m_next->setTextFormat(Qt::PlainText); // the advice quotes the company's name
    m_planHeading = makeLabel(content, QStringLiteral("summaryPlanHeading"), true);
    m_plan = makeLabel(content, QStringLiteral("summaryPlan"));
    m_plan->setTextFormat(Qt::PlainText); // holds zone IDs as the user typed them
    m_storage = makeLabel(content, QStringLiteral("summaryStorage"));
    m_saveButtons = new PlanSaveButtons(m_profile, QStringLiteral("summaryPlan"), content);
    for (QWidget *part : std::initializer_list<QWidget *> {
             m_nextHeading, m_next, m_planHeading, m_plan, m_saveButtons, m_storage})
        body()->addWidget(part);
    body()->addStretch(1);
    refresh();
}

void SummaryPage::setStoreLocation(const QString &location)
{
    m_storeLocation = location;
    showStorage();
}

void SummaryPage::retranslateTitles()
{
    // Each setSubTitle() of the page shown lays out the wizard's header again.
    const QString title = tr("Summary", "@title page");
    const QString subTitle = tr("Where %1 stands, and what comes next.", "@title")
                                 .arg(m_profile.field(FieldKey::CompanyName));
    if (title != this->title())
        setTitle(title);
    if (subTitle != this->subTitle())
        setSubTitle(subTitle);
    emit refreshed();
}

void SummaryPage::fitTable()
{
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int r = 0; r < m_table->rowCount(); ++r)
        height += m_table->rowHeight(r);
    m_table->setFixedHeight(height);
}

void SummaryPage::refresh()
{
    retranslateTitles();
    if (!hasParts())
        return;
    showSteps();
    m_nextHeading->setText(tr("What is next", "@title"));
    showNext();
    m_planHeading->setText(tr("Environment plan", "@title"));
    showPlan();
    showStorage();
}

void SummaryPage::showSteps()
{
    const QStringList headers = {
        tr("Step", "@title:column"), tr("Status", "@title:column"), tr("Since", "@title:column")};
    bool tableChanged = false;
    if (!m_table->horizontalHeaderItem(0)
        || m_table->horizontalHeaderItem(0)->text() != headers[0]) {
        m_table->setHorizontalHeaderLabels(headers);
        tableChanged = true;
    }
    m_table->setAccessibleName(tr("Status of every step", "@label table"));
    for (StepId step : AllSteps)
        tableChanged |= showStep(step);
    if (tableChanged)
        fitTable();
}

bool SummaryPage::showStep(StepId step)
{
    const StepState state = m_profile.stepState(step);
    QString status = StepText::status(state.status);
    if (m_models[static_cast<size_t>(step)]->needsAttention())
        status += QStringLiteral(" — ") + tr("needs attention", "@info summary");
    const QString since = state.since.isValid() && state.status != StepStatus::NotStarted
        ? DateText::dateTime(state.since, m_profile.clock().timeZone())
        : QString();
    const QStringList cells = {
        QStringLiteral("%1. %2").arg(stepNumber(step)).arg(StepText::title(step)), status, since};
    const int row = static_cast<int>(step);
    bool changed = false;
    for (int column = 0; column < 3; ++column)
        changed |= showInCell(m_table, row, column, cells[column]);
    emit refreshed();
    return changed;
}

void SummaryPage::showNext()
{
    if (!hasParts())
        return;
    const ProfileData &data = m_profile.data();
    const std::optional<StepId> next = FlowRules::nextStep(data);
    QString text;
    if (!next) {
        text = tr("All five steps are done. The account is ready for Finance Cloud.", "@info");
    } else if (data.status(*next) == StepStatus::Waiting) {
        text = waitingText(*next);
    } else {
        text = tr("Continue with step %1: %2.", "@info")
                   .arg(stepNumber(*next))
                   .arg(StepText::title(*next));
        const QStringList blockers = m_models[static_cast<size_t>(*next)]->blockers();
        if (!blockers.isEmpty())
            text += QLatin1Char(' ') + blockers.join(QLatin1Char(' '));
    }
    // Later steps already under way are next too, whatever waits before them.
    QStringList underWay;
    for (StepId step : AllSteps) {
        if (next && stepNumber(step) > stepNumber(*next)
            && data.status(step) == StepStatus::InProgress)
            underWay
                << tr("step %1 (%2)", "@info").arg(stepNumber(step)).arg(StepText::title(step));
    }
    if (!underWay.isEmpty())
        text += QLatin1Char('\n')
            + tr("Already under way: %1.", "@info").arg(underWay.join(tr("; ", "@info")));
    // Later steps waiting for the provider too.
    for (StepId step : AllSteps) {
        if (next && stepNumber(step) > stepNumber(*next)
            && data.status(step) == StepStatus::Waiting)
            text += QStringLiteral("\n\n") + waitingText(step);
    }
    m_next->setText(text);
    emit refreshed();
}

QString SummaryPage::waitingText(StepId step) const
{
    const WaitingAdvice &advice = m_models[static_cast<size_t>(step)]->waitingAdvice();
    QStringList paragraphs {advice.situation(),
        tr("What to do now: %1", "@info summary; %1 is the advice").arg(advice.whatToDo())};
    if (!advice.caveat().isEmpty())
        paragraphs << advice.caveat();
    return paragraphs.join(QLatin1Char('\n'));
}

void SummaryPage::showPlan()
{
    if (!hasParts())
        return;
    const ProfileData &data = m_profile.data();
    const RegionInfo *region = RegionCatalogue::known(data.field(FieldKey::RegionId));
    const QString network = data.field(FieldKey::NetworkType);
    if (region && !network.isEmpty()) {
        QString plan
            = tr("Region: %1 (%2)\nNetwork type: %3", "@info %1 region name, %2 region ID")
                  .arg(region->name(), region->id,
                      network == FieldValue::NetworkClassic ? tr("classic network", "@info plan")
                                                            : tr("VPC", "@info plan"));
        if (network == FieldValue::NetworkVpc)
            plan += vpcPlanText(data);
        m_plan->setText(plan);
    } else {
        m_plan->setText(tr("No region and network chosen yet (step 5).", "@info"));
    }
    m_saveButtons->setVisible(region && network == FieldValue::NetworkVpc);
    emit refreshed();
}

void SummaryPage::showStorage()
{
    if (!hasParts())
        return;
    m_storage->setText(tr("Your progress is saved automatically in %1.", "@info")
                           .arg(QDir::toNativeSeparators(m_storeLocation)));
}

void SummaryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange && hasParts())
        fitTable();
    QWizardPage::changeEvent(event);
}
