#include "ChecklistDocument.h"

#include "calendar/WorkingDayCalendar.h"
#include "i18n/DateText.h"
#include "onboarding/FieldKey.h"
#include "onboarding/FieldText.h"
#include "onboarding/FlowRules.h"
#include "onboarding/PendingNotice.h"
#include "onboarding/PlannedVSwitch.h"
#include "onboarding/RegionCatalogue.h"
#include "onboarding/StepText.h"
#include "onboarding/UnreadableValue.h"
#include "onboarding/WaitEstimate.h"
#include "validation/VpcPlan.h"

#include <QFont>
#include <QLocale>
#include <QTextDocument>

namespace {

// Latin text, digits included, in DejaVu Sans; Chinese in Noto Sans CJK
// (Debian: fonts-dejavu-core, fonts-noto-cjk). One font for everything would
// look more even, but Qt's PDF writer loses the digits of Noto Sans CJK when
// the text is copied or searched.
const QStringList PrintFamilies
    = {QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")};
constexpr qreal BodyPointSize = 9;

const QString ProviderContact = QStringLiteral("jr@service.alibaba.com");

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString when(const QDateTime &time, const QTimeZone &zone)
{
    if (!time.isValid())
        return QStringLiteral("—");
    return DateText::dateTime(time, zone);
}

QString heading(const QString &text)
{
    return QStringLiteral("<h2 style=\"font-size:11.5pt; margin-top:12px; margin-bottom:3px;\">%1"
                          "</h2>")
        .arg(escaped(text));
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p style=\"margin-top:2px; margin-bottom:4px;\">%1</p>").arg(text);
}

QString bulletList(const QStringList &items)
{
    if (items.isEmpty())
        return {};
    QString html = QStringLiteral("<ul style=\"margin-top:2px; margin-bottom:4px;\">");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(escaped(item));
    return html + QStringLiteral("</ul>");
}

// `widths`: each column's share of the line, in percent.
QString tableStart(const QStringList &headers, const QList<int> &widths)
{
    QString html = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                  "cellpadding=\"3\" style=\"border-collapse:collapse; "
                                  "border-color:#9a9a9a;\"><tr>");
    for (qsizetype i = 0; i < headers.size(); ++i)
        html += QStringLiteral("<th align=\"left\" bgcolor=\"#e8e8e8\" width=\"%1%\">%2</th>")
                    .arg(widths.value(i))
                    .arg(escaped(headers[i]));
    return html + QStringLiteral("</tr>");
}

QString row(const QStringList &cells)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &cell : cells)
        html += QStringLiteral("<td valign=\"top\">%1</td>").arg(cell);
    return html + QStringLiteral("</tr>");
}

// What a person should have at hand before working on `step`, in the
// program's words (facts from the guide).
QStringList preparation(StepId step)
{
    switch (step) {
    case StepId::Register:
        return {
            ChecklistDocument::tr("A login name for a new account used only for Finance Cloud "
                                  "(a shared company account, not a person's).",
                "@item checklist"),
            ChecklistDocument::tr(
                "A mobile number that can receive the verification code.", "@item checklist"),
            ChecklistDocument::tr(
                "A company e-mail address (on the company's own domain).", "@item checklist"),
        };
    case StepId::RealName:
        return {
            ChecklistDocument::tr("The business licence: company name and unified social credit "
                                  "code exactly as printed.",
                "@item checklist"),
            ChecklistDocument::tr("The method: the legal representative's face scan (their "
                                  "Alipay), enterprise Alipay, or the corporate bank account.",
                "@item checklist"),
            ChecklistDocument::tr("For the bank account method: the account number and the bank. "
                                  "A small deposit arrives within 2–3 working days; its exact "
                                  "amount (two decimals) completes the verification.",
                "@item checklist"),
        };
    case StepId::Certification:
        return {
            ChecklistDocument::tr("Before applying: an account that still holds public-cloud "
                                  "resources can no longer open the console once it is certified.",
                "@item checklist"),
            ChecklistDocument::tr("The company data for the application form.", "@item checklist"),
        };
    case StepId::FinanceServices:
        return {
            ChecklistDocument::tr("How the contract is signed: online in the console, or on paper "
                                  "(write to %1).",
                "@item checklist")
                .arg(ProviderContact),
            ChecklistDocument::tr("The invoice title and the taxpayer number.", "@item checklist"),
            ChecklistDocument::tr("Money on a public-cloud account: a finance ticket opened from "
                                  "that account moves it.",
                "@item checklist"),
        };
    case StepId::Region:
        return {
            ChecklistDocument::tr("The region, and VPC as the network (the guide's classic "
                                  "network is no longer offered for new environments).",
                "@item checklist"),
            ChecklistDocument::tr("The VPC's address block (the guide, 2020: it cannot be changed "
                                  "later; today it can be resized within its first range or "
                                  "extended with secondary blocks) and one vSwitch per zone, two "
                                  "zones recommended.",
                "@item checklist"),
        };
    }
    return {};
}

QString stepsTable(const ProfileData &data, const QDateTime &now, const QTimeZone &zone,
    const WaitEstimate &estimate)
{
    QString html = tableStart({ChecklistDocument::tr("Step", "@title:column checklist"),
                                  ChecklistDocument::tr("Status", "@title:column checklist"),
                                  ChecklistDocument::tr("Since", "@title:column checklist"),
                                  ChecklistDocument::tr("Expected by", "@title:column checklist")},
        {30, 24, 19, 27});
    const QString unreadable
        = escaped(ChecklistDocument::tr("unreadable (damaged data)", "@info checklist"));
    const auto damaged = [&data](StepId step, const QString &column) {
        return UnreadableValue::concerns(data.unreadable, step, column);
    };
    for (StepId step : AllSteps) {
        const StepState &state = data.step(step);
        QString status = damaged(step, UnreadableValue::Status)
            ? unreadable
            : escaped(StepText::status(state.status));
        if (FlowRules::needsAttention(data, step))
            status
                += QStringLiteral("<br/><i>%1</i>")
                       .arg(escaped(ChecklistDocument::tr("needs attention: %1", "@info checklist")
                                        .arg(FlowRules::unmetRequirements(data, step, state.status)
                                                 .join(QLatin1Char(' ')))));
        QString expected = damaged(step, UnreadableValue::ExpectedBy) ? unreadable
            : state.status == StepStatus::Waiting && state.expectedBy.isValid()
            ? escaped(when(state.expectedBy, zone))
            : QString();
        if (state.status == StepStatus::Waiting) {
            const int overdue = estimate.overdueWorkingDays(state, now, zone);
            if (overdue > 0)
                expected += QStringLiteral("<br/><b>%1</b>")
                                .arg(escaped(ChecklistDocument::tr(
                                    "overdue by %n working day(s)", "@info checklist", overdue)));
        }
        const QString title
            = QStringLiteral("%1. %2<br/><span style=\"color:#555555;\">%3</span>")
                  .arg(stepNumber(step))
                  .arg(escaped(StepText::title(step)), escaped(StepText::consoleName(step)));
        const QString since = damaged(step, UnreadableValue::Since) ? unreadable
            : state.status == StepStatus::NotStarted && !damaged(step, UnreadableValue::Status)
            ? QString()
            : escaped(when(state.since, zone));
        html += row({title, status, since, expected});
    }
    return html + QStringLiteral("</table>");
}

QString nextSection(const ProfileData &data, const QDateTime &now, const QTimeZone &zone)
{
    QString html = heading(ChecklistDocument::tr("What to prepare next", "@title checklist"));
    const std::optional<StepId> next = FlowRules::nextStep(data);
    if (!next)
        return html
            + paragraph(escaped(ChecklistDocument::tr(
                "All five steps are done. The account is ready for Finance Cloud.",
                "@info checklist")));
    const PendingNotice pending = PendingNotice::of(data, now, zone);
    if (!pending.isEmpty())
        html += bulletList(pending.lines);
    // While a step waits for the provider, the next one can be prepared.
    std::optional<StepId> step = next;
    if (data.status(*next) == StepStatus::Waiting) {
        step.reset();
        for (StepId later : AllSteps) {
            if (later > *next && data.status(later) != StepStatus::Done) {
                step = later;
                break;
            }
        }
        if (!step)
            return html;
    }
    const QString lead = step == next
        ? ChecklistDocument::tr("Step %1: %2", "@info checklist")
        : ChecklistDocument::tr("While you wait, prepare step %1: %2", "@info checklist");
    html += paragraph(QStringLiteral("<b>%1</b>")
                          .arg(escaped(lead.arg(stepNumber(*step)).arg(StepText::title(*step)))));
    // What holds the step back is news only for the step to do now; for the
    // one after a waiting step it is that wait.
    const QStringList blockers = FlowRules::blockers(data, *step);
    QStringList items = step == next ? blockers : QStringList();
    items += preparation(*step);
    for (const QString &missing : FlowRules::unmetRequirements(data, *step, StepStatus::Done)) {
        if (!items.contains(missing) && !blockers.contains(missing))
            items << missing;
    }
    return html + bulletList(items);
}

QString contactSection(const ProfileData &data)
{
    QString html = heading(ChecklistDocument::tr("Contact", "@title checklist"));
    html += paragraph(escaped(ChecklistDocument::tr(
        "Finance Cloud staff: %1 — for a failed certification, a paper contract, help with "
        "moving servers, and a verification that cannot be finished online.",
        "@info checklist")
                                  .arg(ProviderContact)));
    QStringList account;
    for (const QString &key : {FieldKey::LoginName, FieldKey::Mobile, FieldKey::Email}) {
        const QString value = data.field(key).trimmed();
        if (!value.isEmpty())
            account << FieldText::label(key) + QStringLiteral(": ") + value;
    }
    if (!account.isEmpty())
        html += paragraph(escaped(
                    ChecklistDocument::tr("The account's contact on record:", "@info checklist")))
            + bulletList(account);
    return html;
}

QString planSection(const ProfileData &data)
{
    QString html = heading(ChecklistDocument::tr("Region and network plan", "@title checklist"));
    const RegionInfo *region = RegionCatalogue::known(data.field(FieldKey::RegionId));
    const QString network = data.field(FieldKey::NetworkType);
    if (!region || network.isEmpty())
        return html
            + paragraph(escaped(ChecklistDocument::tr(
                "No region and network chosen yet (step 5).", "@info checklist")));
    const QString networkName = network == FieldValue::NetworkClassic
        ? ChecklistDocument::tr("classic network", "@info checklist")
        : ChecklistDocument::tr("VPC", "@info checklist");
    QStringList lines = {
        ChecklistDocument::tr("Region: %1 (%2), %n zone(s) in the guide",
            "@info checklist: %1 region name, %2 region ID", region->zoneCount)
            .arg(region->name(), region->id),
        FieldText::label(FieldKey::NetworkType) + QStringLiteral(": ") + networkName,
    };
    if (network != FieldValue::NetworkVpc)
        return html + bulletList(lines);
    const QString vpcCidr = data.field(FieldKey::VpcCidr);
    lines << FieldText::label(FieldKey::VpcCidr) + QStringLiteral(": ")
            + (vpcCidr.isEmpty() ? ChecklistDocument::tr("not set", "@info checklist") : vpcCidr);
    html += bulletList(lines);

    const QList<PlannedVSwitch> vSwitches
        = PlannedVSwitch::listFromJson(data.field(FieldKey::VSwitches));
    if (vSwitches.isEmpty())
        return html;
    const VpcPlanVerdict verdict = VpcPlan::check(vpcCidr, PlannedVSwitch::cidrs(vSwitches));
    html += tableStart({ChecklistDocument::tr("vSwitch", "@title:column checklist"),
                           ChecklistDocument::tr("Zone", "@title:column checklist"),
                           ChecklistDocument::tr("CIDR block", "@title:column checklist"),
                           ChecklistDocument::tr("Usable addresses", "@title:column checklist")},
        {12, 34, 27, 27});
    for (qsizetype i = 0; i < vSwitches.size(); ++i) {
        const Result<Ipv4Cidr> parsed = Ipv4Cidr::parse(vSwitches[i].cidr);
        const QString addresses = parsed && !verdict.vSwitches.value(i).blocks()
            ? QLocale().toString(VpcPlan::usableAddresses(parsed.value()))
            : ChecklistDocument::tr("to be corrected in step 5", "@info checklist");
        html += row({QString::number(i + 1), escaped(vSwitches[i].zone), escaped(vSwitches[i].cidr),
            escaped(addresses)});
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString ChecklistDocument::title(const ProfileData &data)
{
    return tr("Finance Cloud onboarding checklist: %1", "@title checklist")
        .arg(data.field(FieldKey::CompanyName));
}

QString ChecklistDocument::html(
    const ProfileData &data, const QDateTime &now, const QTimeZone &zone)
{
    const WaitEstimate estimate(WorkingDayCalendar::mainland());
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<p style=\"font-size:9pt; color:#555555; margin-bottom:0px;\">%1</p>")
                .arg(escaped(tr("Finance Cloud onboarding checklist", "@title checklist")));
    html += QStringLiteral("<h1 style=\"font-size:17pt; margin-top:2px; margin-bottom:4px;\">%1"
                           "</h1>")
                .arg(escaped(data.field(FieldKey::CompanyName)));
    QStringList facts;
    const QString creditCode = data.field(FieldKey::CreditCode);
    if (!creditCode.isEmpty())
        facts << FieldText::label(FieldKey::CreditCode) + QStringLiteral(": ") + creditCode;
    facts << tr("As of %1", "@info checklist").arg(when(now, zone));
    html += paragraph(escaped(facts.join(QStringLiteral(" · "))));

    if (!data.unreadable.isEmpty()) {
        QStringList lines {
            QStringLiteral("<b>%1</b>")
                .arg(escaped(tr("Damaged data: the database holds values this program cannot read.",
                    "@info checklist")))};
        for (const QString &entry : data.unreadable)
            lines << escaped(entry);
        html += paragraph(lines.join(QStringLiteral("<br/>")));
    }
    html += heading(tr("Steps", "@title checklist"));
    html += stepsTable(data, now, zone, estimate);
    html += nextSection(data, now, zone);
    html += planSection(data);
    html += contactSection(data);
    html += QStringLiteral("<p style=\"font-size:8pt; color:#555555; margin-top:16px;\">%1</p>")
                .arg(escaped(tr("Printed by fincloud-onboard %1. Passwords and AccessKeys are "
                                "never stored, so they are not on this page either.",
                    "@info checklist")
                                 .arg(QStringLiteral(FINCLOUD_VERSION))));
    return html + QStringLiteral("</body></html>");
}

std::unique_ptr<QTextDocument> ChecklistDocument::build(
    const ProfileData &data, const QDateTime &now, const QTimeZone &zone)
{
    auto document = std::make_unique<QTextDocument>();
    QFont font;
    font.setFamilies(PrintFamilies); // missing ones fall back to the default
    font.setPointSizeF(BodyPointSize);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setMetaInformation(QTextDocument::DocumentTitle, title(data));
    document->setHtml(html(data, now, zone));
    return document;
}
