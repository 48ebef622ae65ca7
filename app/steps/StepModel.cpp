#include "StepModel.h"

#include "CertificationStep.h"
#include "FinanceServicesStep.h"
#include "RealNameStep.h"
#include "RegionStep.h"

#include "core/Clock.h"
#include "onboarding/Profile.h"
#include "onboarding/RegionCatalogue.h"
#include "onboarding/StepInputs.h"
#include "onboarding/StepText.h"

#include <QTimer>

#include <chrono>

StepModel *StepModel::create(StepId step, Profile &profile, QObject *parent)
{
    switch (step) {
    case StepId::RealName:
        return new RealNameStep(profile, parent);
    case StepId::Certification:
        return new CertificationStep(profile, parent);
    case StepId::FinanceServices:
        return new FinanceServicesStep(profile, parent);
    case StepId::Region:
        return new RegionStep(profile, RegionCatalogue::today(), RegionCatalogue::guide(), parent);
    case StepId::Register:
        break;
    }
    return new StepModel(step, profile, parent);
}

StepModel::StepModel(StepId step, Profile &profile, QObject *parent)
    : QObject(parent)
    , m_step(step)
    , m_profile(profile)
    , m_clockTimer(new QTimer(this))
{
    // A waiting step turns due and overdue as days pass, with the window
    // open: checked every minute (a timer to the next midnight would miss
    // a suspended machine's wake-up).
    m_clockTimer->setInterval(std::chrono::minutes(1));
    connect(m_clockTimer, &QTimer::timeout, this, &StepModel::recheckTime);
    // Every kind of change: recompute() is pure arithmetic on the profile
    // and signals only what differs.
    connect(&profile, &Profile::fieldChanged, this, [this] { recompute(); });
    connect(&profile, &Profile::stepStateChanged, this, [this] { recompute(); });
    connect(&profile, &Profile::reset, this, [this] { recompute(); });
    StepModel::recompute();
}

bool StepModel::isStatusUnreadable() const
{
    return m_profile.isStatusUnreadable(m_step);
}

Verdict StepModel::requestStatus(StepStatus status)
{
    return m_profile.requestStatus(m_step, status);
}

namespace {

// "Submitted, waiting for review" and "Done": Step 1 (…) must be done first.
QString unavailableText(const QList<StatusChoice> &choices)
{
    // Reasons in the order they first appear, each with the statuses it bars.
    QStringList reasons;
    QList<QStringList> barred;
    for (const StatusChoice &choice : choices) {
        for (const QString &reason : choice.verdict.reasons) {
            qsizetype at = reasons.indexOf(reason);
            if (at < 0) {
                reasons << reason;
                barred.append(QStringList());
                at = reasons.size() - 1;
            }
            barred[at] << StepText::status(choice.status);
        }
    }
    // Reasons that bar the same statuses share one sentence.
    QList<QStringList> groups; // barred statuses
    QList<QStringList> groupReasons;
    for (qsizetype i = 0; i < reasons.size(); ++i) {
        const qsizetype at = groups.indexOf(barred[i]);
        if (at < 0) {
            groups.append(barred[i]);
            groupReasons.append(QStringList {reasons[i]});
        } else {
            groupReasons[at] << reasons[i];
        }
    }
    QStringList sentences;
    for (qsizetype i = 0; i < groups.size(); ++i)
        sentences << StepModel::tr("Not available: %1. %2", "@info status choices")
                         .arg(groups[i].join(StepModel::tr(", ", "@info list separator")),
                             groupReasons[i].join(QLatin1Char(' ')));
    return sentences.join(QLatin1Char('\n'));
}

} // namespace

void StepModel::recompute()
{
    const ProfileData &data = m_profile.data();
    if (anyChanged(
            {assign(m_status, data.status(m_step)), assign(m_unreadable, isStatusUnreadable())}))
        emit statusChanged();
    QList<StatusChoice> choices = FlowRules::statusChoices(data, m_step);
    const QString unavailable = unavailableText(choices);
    if (anyChanged({assign(m_choices, choices), assign(m_unavailable, unavailable)}))
        emit statusChoicesChanged();
    const QDate today = m_profile.clock().today();
    if (assign(m_ready, StepInputs::mayLeave(m_step, data, today)))
        emit readyToLeaveChanged();
    if (assign(m_holdBack, StepInputs::holdBack(m_step, data, today)))
        emit holdBackChanged();
    if (assign(m_blockers, FlowRules::blockers(data, m_step)))
        emit blockersChanged();
    if (assign(m_needsAttention, FlowRules::needsAttention(data, m_step)))
        emit needsAttentionChanged();
    const Clock &clock = m_profile.clock();
    if (assign(m_waiting, WaitingAdvice::of(data, m_step, clock.now(), clock.timeZone())))
        emit waitingAdviceChanged();
    if (m_waiting.isWaiting() != m_clockTimer->isActive()) {
        if (m_waiting.isWaiting())
            m_clockTimer->start();
        else
            m_clockTimer->stop();
    }
}
