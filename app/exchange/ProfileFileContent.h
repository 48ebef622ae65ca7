// What one profile file holds, as plain data: the profile (fields, steps,
// current page, dates) and its event log, oldest event first. The file's
// reader fills it only after every check passed; the store id and version of
// `profile` are 0 until it is stored. No I/O, no secrets.
#pragma once

#include "onboarding/ProfileData.h"
#include "storage/ProgressStore.h"
#include "validation/CompanyDataFile.h"

#include <QList>

struct ProfileFileContent
{
    QDateTime exportedAt;
    ProfileData profile;
    QList<ProfileEvent> events; // oldest first
    // Findings that do not stop the import (warnings and notes of the field
    // checks), in the order of the fields.
    QList<CheckedField> findings;
};
