// Which profile a headless command means by `--profile NAME`: a profile id,
// an exact company name, or (no name) the profile used last, else the one
// changed last. It only reads the store.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>

class ProgressStore;

class ProfileLookup
{
    Q_DECLARE_TR_FUNCTIONS(ProfileLookup)
public:
    // Error::code when no profile matches (as opposed to a store error).
    static inline const QString NotFoundCode = QStringLiteral("profile.not_found");

    static Result<qint64> find(const ProgressStore &store, const QString &wanted);
};
