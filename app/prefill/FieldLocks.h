// Which of a profile's fields an administrator locked with a prefill file.
// The list is kept in the profile itself (under StorageKey, as a JSON array of
// field keys) so that it survives restarts and travels with the profile; the
// wizard's field binding asks isLocked() and shows such fields read-only. It
// never decides what is locked: only a prefill file does.
#pragma once

#include "onboarding/FieldKey.h"

#include <QString>
#include <QStringList>

class Profile;

class FieldLocks
{
public:
    static inline const QString StorageKey = FieldKey::PrefillLocked;

    static QString encode(QStringList keys);
    // Anything that is not a JSON array of strings locks nothing.
    static QStringList decode(const QString &stored);
    static bool isLocked(const Profile &profile, const QString &key);
};
