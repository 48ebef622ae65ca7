#include "WaitingAdvice.h"

#include "FieldKey.h"
#include "FlowRules.h"
#include "StepText.h"
#include "WaitEstimate.h"
#include "calendar/WorkingDayCalendar.h"
#include "i18n/DateText.h"

QString WaitingAdvice::contactAddress()
{
    return QStringLiteral("jr@service.alibaba.com");
}

bool WaitingAdvice::readsField(const QString &key)
{
    // The method decides the advice of step 2, and the company's name and
    // licence number are what the staff at the contact address ask for;
    // step 4's advice follows what it waits for.
    return key == FieldKey::RealNameMethod || key == FieldKey::CompanyName
        || key == FieldKey::LicenceNumber || key == FieldKey::ContractKind
        || key == FieldKey::FundTransfer;
}

WaitingAdvice WaitingAdvice::of(
    const ProfileData &data, StepId step, const QDateTime &now, const QTimeZone &zone)
{
    return of(data, step, now, zone, WorkingDayCalendar::mainland());
}

WaitingAdvice WaitingAdvice::of(const ProfileData &data, StepId step, const QDateTime &now,
    const QTimeZone &zone, const WorkingDayCalendar &calendar)
{
    WaitingAdvice advice;
    advice.m_step = step;
    const StepState &state = data.step(step);
    if (state.status != StepStatus::Waiting)
        return advice;
    advice.m_since = state.since;
    advice.m_expectedBy = state.expectedBy;

    const WaitEstimate estimate(calendar);
    const QDate today = now.toTimeZone(zone).date();
    const QDate due
        = state.expectedBy.isValid() ? state.expectedBy.toTimeZone(zone).date() : QDate();
    advice.m_overdueDays = estimate.overdueWorkingDays(state, now, zone);
    if (advice.m_overdueDays > 0)
        advice.m_urgency = Urgency::Overdue;
    else if (due.isValid() && today >= due)
        advice.m_urgency = Urgency::Due;
    else
        advice.m_urgency = Urgency::Pending;
    if (advice.m_urgency == Urgency::Due && today > due)
        advice.m_overdueFrom = calendar.addWorkingDays(due, 1);

    const QString name = tr("Step %1 (%2)", "@info waiting; %2 is the step's title")
                             .arg(stepNumber(step))
                             .arg(StepText::title(step));
    const QString sinceText = DateText::date(state.since, zone);
    const QString dueText = DateText::date(state.expectedBy, zone);
    QStringList sentences;
    switch (advice.m_urgency) {
    case Urgency::Overdue:
        // Two sentences rather than %n: English reads right without a
        // translation loaded (the status command, tests).
        sentences << (advice.m_overdueDays == 1
                ? tr("%1 is overdue by 1 working day.", "@info waiting; %1 is the step").arg(name)
                : tr("%1 is overdue by %2 working days.",
                    "@info waiting; %1 is the step, %2 a number above 1")
                      .arg(name)
                      .arg(advice.m_overdueDays));
        sentences << (sinceText.isEmpty()
                ? tr("It was expected to be through by %1.", "@info waiting; %1 is a date")
                      .arg(dueText)
                : tr(
                    "It has been waiting for review since %1 and was expected to be through by %2.",
                    "@info waiting; %1 and %2 are dates")
                      .arg(sinceText, dueText));
        break;
    case Urgency::Due:
        sentences << (sinceText.isEmpty()
                ? tr("%1 is waiting for review.", "@info waiting; %1 is the step").arg(name)
                : tr("%1 has been waiting for review since %2.",
                    "@info waiting; %1 is the step, %2 a date")
                      .arg(name, sinceText));
        sentences << (advice.m_overdueFrom.isValid()
                ? tr(
                    "It was expected to be through by %1; from %2, the next working day, it counts "
                    "as overdue.",
                    "@info waiting; %1 and %2 are dates")
                      .arg(dueText, DateText::date(advice.m_overdueFrom))
                : tr("It is expected to be through today, %1.", "@info waiting; %1 is a date")
                      .arg(dueText));
        break;
    case Urgency::Pending:
        sentences << (sinceText.isEmpty()
                ? tr("%1 is waiting for review.", "@info waiting; %1 is the step").arg(name)
                : tr("%1 has been waiting for review since %2.",
                    "@info waiting; %1 is the step, %2 a date")
                      .arg(name, sinceText));
        sentences << (due.isValid()
                ? tr("It is expected to be through by %1.", "@info waiting; %1 is a date")
                      .arg(dueText)
                : tr("The guide gives no duration for it, so no date is expected.",
                    "@info waiting"));
        break;
    case Urgency::None:
        break;
    }
    advice.m_situation = joinSentences(sentences);
    advice.m_whatToDo = whatToDoFor(data, step, advice.m_urgency);
    const QList<int> unknown = estimate.yearsWithoutHolidays(state, zone);
    if (!unknown.isEmpty())
        advice.m_caveat = tr("The expected date counts weekends only for %1: the program knows "
                             "no public holidays for that year.",
            "@info waiting; %1 is a year")
                              .arg(QString::number(unknown.constFirst()));
    return advice;
}

QString WaitingAdvice::contactForVerification(const ProfileData &data)
{
    const QString company = data.field(FieldKey::CompanyName).trimmed();
    const QString licence = data.field(FieldKey::LicenceNumber).trimmed();
    const QString companyPart = company.isEmpty()
        ? tr("the company name", "@info waiting")
        : tr("the company name (%1)", "@info waiting; %1 is the name").arg(company);
    // The console's own term for the number, whatever the language.
    const QString licencePart = licence.isEmpty()
        ? tr("the business-licence registration number (营业执照注册号)", "@info waiting")
        : tr("the business-licence registration number (营业执照注册号: %1)",
            "@info waiting; %1 is the number")
              .arg(licence);
    return tr("If the verification cannot be completed online, write to Finance Cloud staff at "
              "%1 with %2 and %3; they can confirm who you are and complete it for you.",
        "@info waiting; %1 is the e-mail address, %2 and %3 what to give them")
        .arg(contactAddress(), companyPart, licencePart);
}

QString WaitingAdvice::whatToDoFor(const ProfileData &data, StepId step, Urgency urgency)
{
    switch (step) {
    case StepId::RealName:
        if (!FlowRules::isBankAccountMethod(data))
            return joinSentences({tr("This method normally completes at once: check in the "
                                     "console under 实名认证 whether the verification is "
                                     "through, and if so mark this step done.",
                                      "@info waiting"),
                contactForVerification(data)});
        if (urgency == Urgency::Pending)
            return tr("Banks take 2–3 working days to deliver the small amount to the corporate "
                      "account. Once it has arrived, enter it in the console to the fen "
                      "(%1 attempts in all) and record in step 2 what the console said.",
                "@info waiting; %1 is a number above 1")
                .arg(FlowRules::MaxDepositAttempts);
        return joinSentences(
            {tr("If the deposit has not arrived, ask the bank about it and check the corporate "
                "account details you entered in the console (实名认证 → 企业/政府实名认证). A "
                "deposit that could not be credited is refunded.",
                 "@info waiting"),
                contactForVerification(data)});
    case StepId::Certification:
        return tr("The application's state shows on the 金融客户认证 page (解决方案 > "
                  "行业解决方案 > 新金融, then 立即认证新金融); record the outcome in step 3 "
                  "when it is decided. If the submission failed or the review takes unusually "
                  "long, write to %1.",
            "@info waiting; %1 is the e-mail address")
            .arg(contactAddress());
    case StepId::FinanceServices:
        if (data.field(FieldKey::ContractKind) == FieldValue::ContractOffline)
            return tr("A paper contract is arranged by Finance Cloud staff: ask them at %1 how "
                      "far it is.",
                "@info waiting; %1 is the e-mail address")
                .arg(contactAddress());
        if (data.field(FieldKey::FundTransfer) == FieldValue::TransferTicketOpened)
            return tr("The move of money is handled in the ticket (工单) of type 财务类 opened "
                      "from the original account: its state shows in that account's ticket "
                      "list.",
                "@info waiting");
        return tr("Contracts, top-up (账户资产) and invoices are in the billing console; when "
                  "what this step waits for is through, mark it done.",
            "@info waiting");
    case StepId::Register:
    case StepId::Region:
        break;
    }
    return tr("The guide names no review for this step: when it is through in the console, "
              "mark it done.",
        "@info waiting");
}

QString WaitingAdvice::joinSentences(const QStringList &sentences)
{
    QString text;
    for (const QString &sentence : sentences) {
        if (sentence.isEmpty())
            continue;
        const bool fullWidthEnd
            = !text.isEmpty() && QStringView(u"。；！？）").contains(text.back());
        if (!text.isEmpty() && !fullWidthEnd)
            text += QLatin1Char(' ');
        text += sentence;
    }
    return text;
}

QStringList WaitingAdvice::paragraphs() const
{
    QStringList list;
    for (const QString &text : {m_situation, m_whatToDo, m_caveat}) {
        if (!text.isEmpty())
            list << text;
    }
    return list;
}
