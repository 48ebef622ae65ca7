// Checks a mainland resident ID number (居民身份证号码): 18 characters, a real
// birth date, and an ISO 7064 MOD 11-2 check character. The caller passes
// today's date, so this class must never read the clock itself.
#pragma once

#include "FieldVerdict.h"

#include <QCoreApplication>
#include <QDate>

class ResidentId
{
    Q_DECLARE_TR_FUNCTIONS(ResidentId)
public:
    static constexpr qsizetype Length = 18;
    static constexpr int EarliestBirthYear = 1900;

    // Trims, folds full-width characters and accepts a lower-case x, stored
    // as X. A birth date after `today` is an error (no check when `today` is
    // invalid).
    static FieldVerdict check(const QString &input, QDate today);

    // The check character for the first 17 characters of `number`; a null
    // QChar when there are fewer or one is not an ASCII digit.
    static QChar checkCharacter(QStringView number);
};
