// Checks a unified social credit code (统一社会信用代码, GB 32100-2015): 18
// characters with a check character. A failed check is only a warning, because
// some codes really issued fail it; this class must never block such a code.
#pragma once

#include "FieldVerdict.h"

#include <QCoreApplication>

class SocialCreditCode
{
    Q_DECLARE_TR_FUNCTIONS(SocialCreditCode)
public:
    static constexpr qsizetype Length = 18;

    // Trims, folds full-width characters and upper-cases before checking.
    static FieldVerdict check(const QString &input);

    // The check character for the first 17 characters of `code`; a null QChar
    // when there are fewer or one is outside the code's character set.
    static QChar checkCharacter(QStringView code);

    static bool isCodeCharacter(QChar c);
};
