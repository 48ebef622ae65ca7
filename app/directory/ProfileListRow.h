// One line of the profile list: what the list shows of a profile, read in one
// query (ProfileListQuery). Plain data, safe to hand from the worker thread
// to the model.
#pragma once

#include "ProfileStanding.h"
#include "onboarding/Step.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

struct ProfileListRow
{
    qint64 id = 0;
    QString company;
    QString label; // FieldKey::ProfileLabel; empty: the company name is the label
    bool archived = false;
    int version = 0; // archive and delete from the list are refused once it is stale
    QString creditCode;
    QDateTime updatedAt; // UTC
    std::array<StepStatus, AllSteps.size()> statuses {};
    QDateTime pendingSince; // UTC; the earliest submission still waiting for review
    QDateTime expectedBy; // UTC; the earliest expected date among the waiting steps
    std::optional<StepId> currentStep; // FlowRules::nextStep; nullopt when all are done
    Standing standing = Standing::NotStarted;
    // What of the above could not be read (UnreadableValue entries); such a
    // status is read as not started and must be shown as damaged instead.
    QStringList unreadable;
};

Q_DECLARE_METATYPE(ProfileListRow)
