#include "PendingNotice.h"

#include "FieldKey.h"
#include "FlowRules.h"
#include "StepText.h"
#include "WaitEstimate.h"

#include "i18n/DateText.h"

PendingNoticeBuilder::PendingNoticeBuilder(const WaitEstimate &estimate) : m_estimate(estimate) { }

QString PendingNoticeBuilder::advice(const ProfileData &data, StepId step)
{
    if (step == StepId::RealName && FlowRules::isBankAccountMethod(data))
        return tr("If the deposit has not arrived, check the corporate account details you "
                  "entered in the console. A deposit that could not be credited is refunded. "
                  "If the verification cannot be finished online, write to "
                  "jr@service.alibaba.com with the company name and the business-licence "
                  "registration number.",
            "@info pending");
    if (step == StepId::Certification)
        return tr("If the review takes unusually long or the submission failed, write to "
                  "jr@service.alibaba.com.",
            "@info pending");
    return {};
}

bool PendingNoticeBuilder::readsField(const QString &key)
{
    // The advice for a waiting step 2 depends on its method (advice()).
    return key == FieldKey::RealNameMethod;
}

PendingNotice PendingNoticeBuilder::build(
    const ProfileData &data, const QDateTime &now, const QTimeZone &zone) const
{
    PendingNotice notice;
    for (StepId step : AllSteps) {
        const StepState &state = data.step(step);
        if (state.status != StepStatus::Waiting)
            continue;
        const QString name
            = tr("Step %1 (%2)", "@info pending").arg(stepNumber(step)).arg(StepText::title(step));
        const QString since = state.since.isValid() ? DateText::date(state.since, zone) : QString();
        QString line;
        const int overdue = m_estimate.overdueWorkingDays(state, now, zone);
        if (overdue > 0) {
            notice.overdue = true;
            line = (overdue == 1
                    ? tr("%1 is overdue by 1 working day (expected by %2).", "@info pending")
                          .arg(name, DateText::date(state.expectedBy, zone))
                    : tr("%1 is overdue by %2 working days (expected by %3).", "@info pending")
                          .arg(name)
                          .arg(overdue)
                          .arg(DateText::date(state.expectedBy, zone)));
            const QString what = advice(data, step);
            if (!what.isEmpty())
                line += QLatin1Char(' ') + what;
        } else if (state.expectedBy.isValid()) {
            line = tr("%1 has been waiting since %2, expected by %3.", "@info pending")
                       .arg(name, since, DateText::date(state.expectedBy, zone));
        } else {
            line = tr("%1 has been waiting for review since %2.", "@info pending").arg(name, since);
        }
        const QList<int> unknown = m_estimate.yearsWithoutHolidays(state, zone);
        if (!unknown.isEmpty())
            line += QLatin1Char(' ')
                + tr("The estimate ignores public holidays in %1.", "@info pending")
                      .arg(QString::number(unknown.constFirst()));
        notice.lines << line;
    }
    return notice;
}
