// One line of a profile's timeline in words: "Step 2 (Real-name
// verification): In progress → Submitted, waiting for review". Field edits
// name the field only; their values are not in the log. The one place that
// turns an event into words: the timeline, the conflict notice and any
// other text for people use it; machine formats keep the raw keys.
#pragma once

#include "storage/ProgressStore.h"

#include <QCoreApplication>

#include <optional>

class EventText
{
    Q_DECLARE_TR_FUNCTIONS(EventText)
public:
    // Never a raw key: an event this version cannot name is said to be one.
    static QString describe(const ProfileEvent &event);
    // The words for an event this version knows (every EventKind, every
    // field of FieldKey::Stored, every step and status); none for any other.
    static std::optional<QString> known(const ProfileEvent &event);
    // Who made it: the database role the server recorded, with the client's
    // own name (the OS user) after it as "on machine"; only the client's name
    // where no server recorded a role (SQLite, older events).
    static QString who(const ProfileEvent &event);
};
