// One line of a profile's timeline in words: "Step 2 (Real-name
// verification): In progress → Submitted, waiting for review". Field edits
// name the field only; their values are not in the log.
#pragma once

#include "storage/ProgressStore.h"

#include <QCoreApplication>

class EventText
{
    Q_DECLARE_TR_FUNCTIONS(EventText)
public:
    static QString describe(const ProfileEvent &event);
};
