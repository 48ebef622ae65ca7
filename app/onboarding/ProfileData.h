// One enterprise's onboarding record as plain data: what the store reads and
// writes and what the flow rules judge. No signals, no I/O.
#pragma once

#include "Step.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <array>

struct ProfileData
{
    qint64 id = 0;
    int version = 0; // bumped by every save; for optimistic concurrency
    int currentPage = 0; // the wizard page the user was last on
    QDateTime createdAt;
    QDateTime updatedAt;
    // Archived: hidden from the default lists; deleted: hidden from every
    // list, kept as a tombstone that can be undone. Invalid: neither.
    QDateTime archivedAt;
    QDateTime deletedAt;
    QHash<QString, QString> fields;
    std::array<StepState, AllSteps.size()> steps {};
    // Stored values the store could not read (an unknown step or status, a
    // date that does not parse), one line each as UnreadableValue makes
    // them; empty when everything was read. Shown as damaged data, so that
    // such a step is never taken for "not started".
    QStringList unreadable;

    QString field(const QString &key) const { return fields.value(key); }
    // What lists call the profile: its label (FieldKey::ProfileLabel) when
    // it has one, else the company name.
    QString label() const;
    bool isTrue(const QString &key) const;
    const StepState &step(StepId id) const { return steps[static_cast<size_t>(id)]; }
    StepState &step(StepId id) { return steps[static_cast<size_t>(id)]; }
    StepStatus status(StepId id) const { return step(id).status; }
};
